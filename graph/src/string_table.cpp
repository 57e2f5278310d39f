#include "string_table.hpp"

#include <array>
#include <cstring>
#include <stdexcept>

#include "huge_pages.hpp"

namespace chainex {
namespace {

std::uint64_t load64(const char* bytes) noexcept {
  std::uint64_t word;
  std::memcpy(&word, bytes, 8);
  return word;
}
std::uint64_t load32(const char* bytes) noexcept {
  std::uint32_t word;
  std::memcpy(&word, bytes, 4);
  return word;
}

// A key of at most 12 bytes as a word and a half. Together with the length they name the key exactly:
// the parts of a longer key overlap, a shorter one's bytes are gathered from its ends.
struct packed_key {
  std::uint64_t head = 0;
  std::uint32_t tail = 0;
};
packed_key pack(std::string_view text) noexcept {
  const char* bytes = text.data();
  const std::size_t length = text.size();
  if (length >= 8) return {load64(bytes), static_cast<std::uint32_t>(load32(bytes + length - 4))};
  if (length >= 4) return {load32(bytes) | load32(bytes + length - 4) << 32, 0};
  if (length == 0) return {};
  const auto byte = [](char c) { return static_cast<std::uint64_t>(static_cast<unsigned char>(c)); };
  return {byte(bytes[0]) | byte(bytes[length / 2]) << 8 | byte(bytes[length - 1]) << 16, 0};
}

// One step of the hash: the word joins the state, and a multiplication into 128 bits, whose halves are
// folded together, spreads every bit of both into the low bits that pick a slot.
std::uint64_t mix_in(std::uint64_t state, std::uint64_t word) noexcept {
  __extension__ using wide = unsigned __int128;
  const wide product = static_cast<wide>(state ^ word ^ 0x9e3779b97f4a7c15ull) * 0xc2b2ae3d27d4eb4full;
  return static_cast<std::uint64_t>(product) ^ static_cast<std::uint64_t>(product >> 64);
}

std::uint64_t hash_of(std::string_view text) noexcept {
  std::uint64_t state = 0x165667b19e3779f9ull ^ text.size();
  if (text.size() <= 12) {
    const packed_key key = pack(text);
    return mix_in(mix_in(state, key.head), key.tail);
  }
  for (std::size_t at = 0; at + 8 < text.size(); at += 8) state = mix_in(state, load64(text.data() + at));
  return mix_in(state, load64(text.data() + text.size() - 8));
}
}  // namespace

string_table::slot string_table::filled_slot(std::string_view text, std::size_t hash, std::uint64_t offset,
                                             std::uint32_t id) noexcept {
  if (text.size() <= inline_length) {
    const packed_key key = pack(text);
    return {key.head, key.tail, id << 4 | static_cast<std::uint32_t>(text.size())};
  }
  return {offset | (hash >> offset_bits) << offset_bits, static_cast<std::uint32_t>(text.size()), id << 4 | long_key};
}

std::size_t string_table::slot_of(std::string_view text, std::size_t hash) const noexcept {
  const std::size_t mask = capacity_ - 1;
  if (text.size() <= inline_length) {
    const packed_key key = pack(text);
    const auto length = static_cast<std::uint32_t>(text.size());
    for (std::size_t index = hash & mask;; index = (index + 1) & mask) {
      const slot& candidate = slots_[index];
      if (candidate.entry == empty_entry ||
          ((candidate.entry & 15u) == length && candidate.head == key.head && candidate.tail == key.tail))
        return index;
    }
  }
  constexpr std::uint64_t offset_mask = (std::uint64_t{1} << offset_bits) - 1;
  for (std::size_t index = hash & mask;; index = (index + 1) & mask) {
    const slot& candidate = slots_[index];
    if (candidate.entry == empty_entry) return index;
    if ((candidate.entry & 15u) == long_key && candidate.tail == text.size() &&
        candidate.head >> offset_bits == hash >> offset_bits &&
        std::memcmp(chars_.data() + (candidate.head & offset_mask), text.data(), text.size()) == 0)
      return index;
  }
}

std::size_t string_table::hash(std::string_view text) noexcept { return hash_of(text); }

std::optional<std::uint32_t> string_table::find(std::string_view text, std::size_t hash) const noexcept {
  if (capacity_ == 0) return std::nullopt;
  const std::uint32_t entry = slots_[slot_of(text, hash)].entry;
  if (entry == empty_entry) return std::nullopt;
  return entry >> 4;
}

void string_table::prefetch(std::size_t hash) const noexcept {
  if (capacity_ != 0) __builtin_prefetch(&slots_[hash & (capacity_ - 1)]);
}

void string_table::prefetch_text(std::string_view text, std::size_t hash) const noexcept {
  if (capacity_ == 0 || text.size() <= inline_length) return;
  const slot& candidate = slots_[hash & (capacity_ - 1)];
  if (candidate.entry != empty_entry && (candidate.entry & 15u) == long_key)
    __builtin_prefetch(chars_.data() + (candidate.head & ((std::uint64_t{1} << offset_bits) - 1)));
}

std::pair<std::uint32_t, bool> string_table::intern(std::string_view text, std::size_t hash) {
  if ((size() + 1) * 2 > capacity_) grow();
  slot& found = slots_[slot_of(text, hash)];
  if (found.entry != empty_entry) return {found.entry >> 4, false};
  if (size() >= max_strings) throw std::length_error("more than 2^28 - 1 distinct strings in one table");
  if (text.size() > 0xffffffffu) throw std::length_error("string longer than 4 GiB");
  if (chars_.size() + text.size() >= std::uint64_t{1} << offset_bits)
    throw std::length_error("more than 1 TiB of strings in one table");
  const auto id = static_cast<std::uint32_t>(size());
  found = filled_slot(text, hash, chars_.size(), id);
  chars_.append(text);
  offsets_.push_back(chars_.size());
  return {id, true};
}

void string_table::grow() { rehash(capacity_ == 0 ? 64 : capacity_ * 2); }

void string_table::rehash(std::size_t capacity) {
  slots_ = {};
  resize_huge(slots_, capacity);
  capacity_ = capacity;
  const std::size_t mask = capacity - 1;
  for (std::uint32_t id = 0; id < size(); ++id) {
    const std::string_view text = at(id);
    const std::size_t hash = hash_of(text);
    std::size_t index = hash & mask;
    while (slots_[index].entry != empty_entry) index = (index + 1) & mask;
    slots_[index] = filled_slot(text, hash, offsets_[id], id);
  }
}

void string_table::reserve(std::size_t strings, std::size_t bytes) {
  reserve_huge(chars_, bytes);
  reserve_huge(offsets_, strings + 1);
  std::size_t capacity = 64;
  while (capacity < strings * 2) capacity *= 2;
  if (capacity > capacity_) rehash(capacity);
}

}  // namespace chainex
