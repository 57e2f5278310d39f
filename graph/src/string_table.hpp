// string_table.hpp — interned strings: each distinct string stored once, named by a dense id (< 2^28).
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
  // The hash every look-up starts from; bulk loaders compute it once per string and pass it on.
  [[nodiscard]] static std::size_t hash(std::string_view text) noexcept;

  // The id of `text`, and whether it was new.
  std::pair<std::uint32_t, bool> intern(std::string_view text) { return intern(text, hash(text)); }
  std::pair<std::uint32_t, bool> intern(std::string_view text, std::size_t hash);
  [[nodiscard]] std::optional<std::uint32_t> find(std::string_view text) const noexcept {
    return find(text, hash(text));
  }
  [[nodiscard]] std::optional<std::uint32_t> find(std::string_view text, std::size_t hash) const noexcept;
  // Asks the processor to fetch the slot where a string of this hash would be, so that later look-ups of
  // a batch of strings overlap their cache misses instead of waiting for each in turn.
  void prefetch(std::size_t hash) const noexcept;
  // The second stage of a batched look-up of `text`: fetches the characters of the string in its slot,
  // if it is longer than a slot holds (a short one needs nothing more).
  void prefetch_text(std::string_view text, std::size_t hash) const noexcept;
  [[nodiscard]] std::string_view at(std::uint32_t id) const noexcept {
    return {chars_.data() + offsets_[id], offsets_[id + 1] - offsets_[id]};
  }
  [[nodiscard]] std::size_t size() const noexcept { return offsets_.size() - 1; }
  void reserve(std::size_t strings, std::size_t bytes);
  [[nodiscard]] std::size_t characters() const noexcept { return chars_.size(); }

 private:
  // A slot of 16 bytes, four to a cache line, holds a key of up to 12 bytes itself, so a probe reads one
  // slot and nothing else: node ids are short, and a look-up that went on to the characters would wait
  // for a second cache miss. A longer key keeps its place in the arena and 24 bits of its hash in `head`
  // and its length in `tail`; its characters are read only when those match.
  struct slot {
    std::uint64_t head = 0;
    std::uint32_t tail = 0;
    std::uint32_t entry = empty_entry;  // id << 4 | the key's length, or long_key
  };
  static constexpr std::size_t inline_length = 12;
  static constexpr std::uint32_t long_key = 15;
  static constexpr std::uint32_t empty_entry = 0xffffffffu;
  static constexpr std::size_t max_strings = (std::size_t{1} << 28) - 1;  // the last id marks an empty slot
  static constexpr int offset_bits = 40;                                  // arenas up to 1 TiB
  void grow();
  void rehash(std::size_t capacity);  // capacity: a power of two above twice the size
  [[nodiscard]] std::size_t slot_of(std::string_view text, std::size_t hash) const noexcept;
  [[nodiscard]] static slot filled_slot(std::string_view text, std::size_t hash, std::uint64_t offset,
                                        std::uint32_t id) noexcept;

  std::string chars_;
  std::vector<std::uint64_t> offsets_{0};
  // Marked for huge pages (huge_pages.hpp): with millions of ids the table spans tens of MB, and with
  // 4 KiB pages nearly every probe would also miss the TLB.
  std::vector<slot> slots_;
  std::size_t capacity_ = 0;  // a power of two, or 0
};

}  // namespace chainex
