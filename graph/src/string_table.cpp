#include "string_table.hpp"

#include <functional>
#include <stdexcept>

namespace chainex {
namespace {
std::size_t hash_of(std::string_view text) noexcept { return std::hash<std::string_view>{}(text); }
}  // namespace

std::size_t string_table::slot_of(std::string_view text, std::size_t hash) const noexcept {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
    const std::uint32_t id = slots_[slot];
    if (id == empty_slot || at(id) == text) return slot;
  }
}

std::optional<std::uint32_t> string_table::find(std::string_view text) const noexcept {
  if (slots_.empty()) return std::nullopt;
  const std::uint32_t id = slots_[slot_of(text, hash_of(text))];
  if (id == empty_slot) return std::nullopt;
  return id;
}

std::pair<std::uint32_t, bool> string_table::intern(std::string_view text) {
  if ((size() + 1) * 2 > slots_.size()) grow();
  const std::size_t slot = slot_of(text, hash_of(text));
  if (slots_[slot] != empty_slot) return {slots_[slot], false};
  if (size() >= empty_slot - 1) throw std::length_error("string table holds 2^32 strings");
  const auto id = static_cast<std::uint32_t>(size());
  chars_.append(text);
  offsets_.push_back(chars_.size());
  slots_[slot] = id;
  return {id, true};
}

void string_table::grow() { rehash(slots_.empty() ? 64 : slots_.size() * 2); }

void string_table::rehash(std::size_t capacity) {
  slots_.assign(capacity, empty_slot);
  const std::size_t mask = capacity - 1;
  for (std::uint32_t id = 0; id < size(); ++id) {
    std::size_t slot = hash_of(at(id)) & mask;
    while (slots_[slot] != empty_slot) slot = (slot + 1) & mask;
    slots_[slot] = id;
  }
}

void string_table::reserve(std::size_t strings, std::size_t bytes) {
  chars_.reserve(bytes);
  offsets_.reserve(strings + 1);
  std::size_t capacity = 64;
  while (capacity < strings * 2) capacity *= 2;
  if (capacity > slots_.size()) rehash(capacity);
}

void string_table::shrink_to_fit() {
  chars_.shrink_to_fit();
  offsets_.shrink_to_fit();
}

}  // namespace chainex
