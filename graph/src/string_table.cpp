#include "string_table.hpp"

#include <sys/mman.h>

#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <stdexcept>

namespace chainex {
namespace {
constexpr std::size_t huge_page = 2u << 20;
std::size_t hash_of(std::string_view text) noexcept { return std::hash<std::string_view>{}(text); }
std::uint32_t tag_of(std::size_t hash) noexcept { return static_cast<std::uint32_t>(hash >> 32); }

// Equality of two strings of the same length; ids are short, and a call to memcmp costs more than
// comparing them in two overlapping 8-byte words.
bool same_bytes(const char* a, const char* b, std::size_t length) noexcept {
  if (length < 8 || length > 16) return std::memcmp(a, b, length) == 0;
  std::uint64_t a_head, b_head, a_tail, b_tail;
  std::memcpy(&a_head, a, 8);
  std::memcpy(&b_head, b, 8);
  std::memcpy(&a_tail, a + length - 8, 8);
  std::memcpy(&b_tail, b + length - 8, 8);
  return a_head == b_head && a_tail == b_tail;
}
}  // namespace

std::size_t string_table::slot_of(std::string_view text, std::size_t hash) const noexcept {
  const std::size_t mask = capacity_ - 1;
  const std::uint32_t tag = tag_of(hash);
  for (std::size_t index = hash & mask;; index = (index + 1) & mask) {
    const slot& candidate = slots_[index];
    if (candidate.id == empty_slot) return index;
    if (candidate.tag == tag && candidate.length == text.size() &&
        same_bytes(chars_.data() + candidate.offset, text.data(), text.size()))
      return index;
  }
}

std::size_t string_table::hash(std::string_view text) noexcept { return hash_of(text); }

std::optional<std::uint32_t> string_table::find(std::string_view text, std::size_t hash) const noexcept {
  if (capacity_ == 0) return std::nullopt;
  const std::uint32_t id = slots_[slot_of(text, hash)].id;
  if (id == empty_slot) return std::nullopt;
  return id;
}

void string_table::prefetch(std::size_t hash) const noexcept {
  if (capacity_ != 0) __builtin_prefetch(&slots_[hash & (capacity_ - 1)]);
}

void string_table::prefetch_text(std::size_t hash) const noexcept {
  if (capacity_ == 0) return;
  const slot& candidate = slots_[hash & (capacity_ - 1)];
  if (candidate.id != empty_slot) __builtin_prefetch(chars_.data() + candidate.offset);
}

std::pair<std::uint32_t, bool> string_table::intern(std::string_view text, std::size_t hash) {
  if ((size() + 1) * 2 > capacity_) grow();
  slot& found = slots_[slot_of(text, hash)];
  if (found.id != empty_slot) return {found.id, false};
  if (size() >= empty_slot - 1) throw std::length_error("string table holds 2^32 strings");
  if (text.size() > 0xffffffffu) throw std::length_error("string longer than 4 GiB");
  const auto id = static_cast<std::uint32_t>(size());
  found = {chars_.size(), static_cast<std::uint32_t>(text.size()), tag_of(hash), id};
  chars_.append(text);
  offsets_.push_back(chars_.size());
  return {id, true};
}

void string_table::huge_page_free::operator()(slot* slots) const noexcept { std::free(slots); }

void string_table::grow() { rehash(capacity_ == 0 ? 64 : capacity_ * 2); }

void string_table::rehash(std::size_t capacity) {
  // Huge pages only for big tables: a small one would take a whole 2 MiB page for a few slots.
  const bool huge = capacity * sizeof(slot) >= 8 * huge_page;
  const std::size_t alignment = huge ? huge_page : alignof(slot);
  const std::size_t bytes = (capacity * sizeof(slot) + alignment - 1) / alignment * alignment;
  void* memory = std::aligned_alloc(alignment, bytes);
  if (memory == nullptr) throw std::bad_alloc();
  if (huge) ::madvise(memory, bytes, MADV_HUGEPAGE);
  slots_.reset(static_cast<slot*>(memory));
  std::uninitialized_fill_n(slots_.get(), capacity, slot{});
  capacity_ = capacity;
  const std::size_t mask = capacity - 1;
  for (std::uint32_t id = 0; id < size(); ++id) {
    const std::string_view text = at(id);
    const std::size_t hash = hash_of(text);
    std::size_t index = hash & mask;
    while (slots_[index].id != empty_slot) index = (index + 1) & mask;
    slots_[index] = {offsets_[id], static_cast<std::uint32_t>(text.size()), tag_of(hash), id};
  }
}

void string_table::reserve(std::size_t strings, std::size_t bytes) {
  chars_.reserve(bytes);
  offsets_.reserve(strings + 1);
  std::size_t capacity = 64;
  while (capacity < strings * 2) capacity *= 2;
  if (capacity > capacity_) rehash(capacity);
}

void string_table::shrink_to_fit() {
  chars_.shrink_to_fit();
  offsets_.shrink_to_fit();
}

}  // namespace chainex
