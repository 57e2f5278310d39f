// string_table.hpp — interned strings: each distinct string stored once, named by a dense 32-bit id.
//
// Used for node ids (where the id is the node index), names and property values. Characters live in one
// arena; an open-addressing hash of ids finds a string again without allocating per entry.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace chainex {

class string_table {
 public:
  // The id of `text`, and whether it was new.
  std::pair<std::uint32_t, bool> intern(std::string_view text);
  [[nodiscard]] std::optional<std::uint32_t> find(std::string_view text) const noexcept;
  [[nodiscard]] std::string_view at(std::uint32_t id) const noexcept {
    return {chars_.data() + offsets_[id], offsets_[id + 1] - offsets_[id]};
  }
  [[nodiscard]] std::size_t size() const noexcept { return offsets_.size() - 1; }
  void reserve(std::size_t strings, std::size_t bytes);
  // Gives back spare capacity once the table is complete.
  void shrink_to_fit();

 private:
  static constexpr std::uint32_t empty_slot = 0xffffffffu;
  void grow();
  void rehash(std::size_t capacity);  // capacity: a power of two above twice the size
  [[nodiscard]] std::size_t slot_of(std::string_view text, std::size_t hash) const noexcept;

  std::string chars_;
  std::vector<std::uint64_t> offsets_{0};
  std::vector<std::uint32_t> slots_;  // ids, or empty_slot; size is a power of two
};

}  // namespace chainex
