// search.hpp — a name index for type-ahead search over a snapshot.
//
// Looks a text up in every node's id, English name and Chinese name (column `name_zh`), ASCII letters
// compared without case (other UTF-8 bytes as they are). Hits are ranked exact > prefix > substring,
// then by degree (in + out), then by node index. A prefix lookup is a binary search over the sorted keys; the
// substring scan over all keys runs only when exact and prefix hits cannot fill the limit, so short
// type-ahead queries stay fast on millions of nodes. Built once per snapshot, immutable, thread-safe.
//
//   name_index names(*graph);
//   for (const search_hit& hit : names.search("huawei", {.limit = 10})) use(hit.node);
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chainex/name_table.hpp"
#include "chainex/snapshot.hpp"

namespace chainex {

// How a hit matched, best first when compared with >.
enum class match_kind : std::uint8_t { substring = 1, prefix = 2, exact = 3 };
// Which key of the node matched.
enum class match_field : std::uint8_t { id, name, name_zh };
inline constexpr std::array match_kind_names{named{match_kind::exact, "exact"}, named{match_kind::prefix, "prefix"},
                                             named{match_kind::substring, "substring"}};
inline constexpr std::array match_field_names{named{match_field::id, "id"}, named{match_field::name, "name"},
                                              named{match_field::name_zh, "name_zh"}};
[[nodiscard]] constexpr std::string_view to_string(match_kind kind) noexcept { return name_in(match_kind_names, kind); }
[[nodiscard]] constexpr std::string_view to_string(match_field field) noexcept {
  return name_in(match_field_names, field);
}

struct search_hit {
  node_index node = 0;
  match_kind match = match_kind::substring;
  match_field field = match_field::name;  // the key that gave the best match
  std::size_t degree = 0;
  friend bool operator==(const search_hit&, const search_hit&) = default;
};

struct search_options {
  std::size_t limit = 10;
  std::optional<kind_code> kind;  // only nodes of this kind
};

class name_index {
 public:
  explicit name_index(const snapshot& graph);

  // The best `options.limit` hits for `query` (trimmed of ASCII blanks); none for an empty query.
  [[nodiscard]] std::vector<search_hit> search(std::string_view query, const search_options& options = {}) const;

  [[nodiscard]] std::size_t key_count() const noexcept { return keys_.size(); }

 private:
  struct key {
    std::uint64_t offset;  // into text_
    std::uint32_t length;
    node_index node;
    match_field field;
  };

  [[nodiscard]] std::string_view text_of(const key& k) const noexcept { return {text_.data() + k.offset, k.length}; }
  [[nodiscard]] bool accepts(node_index node, const search_options& options) const noexcept;
  void scan_substrings(std::string_view needle, const search_options& options, std::vector<search_hit>& hits,
                       std::vector<std::uint8_t>& seen) const;

  std::string text_;                   // every key lower-cased, each followed by '\0'
  std::vector<key> keys_;              // in text_ order
  std::vector<std::uint32_t> sorted_;  // indices into keys_, ordered by key text
  std::vector<std::uint32_t> degree_;
  std::vector<kind_code> kind_;
};

}  // namespace chainex
