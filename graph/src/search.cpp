// The name index: lower-cased keys in one buffer, a sorted permutation for prefixes, a scan for substrings.
#include "chainex/search.hpp"

#include <algorithm>
#include <functional>

namespace chainex {
namespace {

char lower_ascii(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string_view trim_blanks(std::string_view text) noexcept {
  constexpr std::string_view blanks = " \t\r\n\f\v";
  const auto first = text.find_first_not_of(blanks);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(blanks) - first + 1);
}

// Ranking order: better match first, then higher degree, then lower node index.
bool ranks_before(const search_hit& a, const search_hit& b) noexcept {
  if (a.match != b.match) return a.match > b.match;
  if (a.degree != b.degree) return a.degree > b.degree;
  return a.node < b.node;
}

// Moves the best hits, one per node, to the front in ranking order and drops the rest. A node has at most
// three hits (one per key), so the best 3 * limit hits hold the best `limit` distinct nodes.
void keep_best(std::vector<search_hit>& hits, std::size_t limit) {
  const std::size_t head = std::min(hits.size(), limit * 3);
  std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(head), hits.end(), ranks_before);
  hits.resize(head);
  std::vector<node_index> taken;
  std::size_t kept = 0;
  for (const search_hit& hit : hits) {
    if (kept == limit) break;
    if (std::find(taken.begin(), taken.end(), hit.node) != taken.end()) continue;
    taken.push_back(hit.node);
    hits[kept++] = hit;
  }
  hits.resize(kept);
}

}  // namespace

name_index::name_index(const snapshot& graph) {
  const std::size_t nodes = graph.node_count();
  std::optional<std::size_t> zh_column;
  const auto columns = graph.node_columns();
  for (std::size_t c = 0; c < columns.size(); ++c)
    if (columns[c].name == "name_zh") zh_column = c;

  degree_.resize(nodes);
  kind_.resize(nodes);
  keys_.reserve(nodes * (zh_column ? 3 : 2));
  const auto add_key = [this](node_index node, match_field field, std::string_view value) {
    if (value.empty() || value.find('\0') != std::string_view::npos) return;
    keys_.push_back({text_.size(), static_cast<std::uint32_t>(value.size()), node, field});
    std::transform(value.begin(), value.end(), std::back_inserter(text_), lower_ascii);
    text_.push_back('\0');
  };
  for (node_index node = 0; node < nodes; ++node) {
    degree_[node] = static_cast<std::uint32_t>(graph.out_degree(node) + graph.in_degree(node));
    kind_[node] = graph.kind(node);
    add_key(node, match_field::id, graph.id(node));
    add_key(node, match_field::name, graph.name(node));
    if (zh_column) add_key(node, match_field::name_zh, graph.node_value(node, *zh_column));
  }

  sorted_.resize(keys_.size());
  for (std::uint32_t i = 0; i < sorted_.size(); ++i) sorted_[i] = i;
  std::sort(sorted_.begin(), sorted_.end(),
            [this](std::uint32_t a, std::uint32_t b) { return text_of(keys_[a]) < text_of(keys_[b]); });
}

bool name_index::accepts(node_index node, const search_options& options) const noexcept {
  return !options.kind || kind_[node] == *options.kind;
}

std::vector<search_hit> name_index::search(std::string_view query, const search_options& options) const {
  query = trim_blanks(query);
  if (query.empty() || options.limit == 0 || query.find('\0') != std::string_view::npos) return {};
  std::string needle(query.size(), '\0');
  std::transform(query.begin(), query.end(), needle.begin(), lower_ascii);

  // Exact and prefix matches: one contiguous run of the sorted keys, equal keys first.
  std::vector<search_hit> hits;
  auto it = std::lower_bound(sorted_.begin(), sorted_.end(), needle,
                             [this](std::uint32_t k, const std::string& q) { return text_of(keys_[k]) < q; });
  for (; it != sorted_.end(); ++it) {
    const key& k = keys_[*it];
    const std::string_view text = text_of(k);
    if (!text.starts_with(needle)) break;
    if (!accepts(k.node, options)) continue;
    const auto match = text.size() == needle.size() ? match_kind::exact : match_kind::prefix;
    hits.push_back({k.node, match, k.field, degree_[k.node]});
  }
  keep_best(hits, options.limit);
  if (hits.size() == options.limit) return hits;

  // Too few: substring matches rank below every hit found so far, so they only fill the rest.
  std::vector<std::uint8_t> seen(degree_.size(), 0);
  for (const search_hit& hit : hits) seen[hit.node] = 1;
  std::vector<search_hit> more;
  scan_substrings(needle, options, more, seen);
  keep_best(more, options.limit - hits.size());
  hits.insert(hits.end(), more.begin(), more.end());
  return hits;
}

void name_index::scan_substrings(std::string_view needle, const search_options& options, std::vector<search_hit>& hits,
                                 std::vector<std::uint8_t>& seen) const {
  const std::string_view text = text_;
  std::size_t from = 0;
  auto key_it = keys_.begin();
  const std::boyer_moore_horspool_searcher searcher(needle.begin(), needle.end());
  while (from < text.size()) {
    const auto found = std::search(text.begin() + static_cast<std::ptrdiff_t>(from), text.end(), searcher);
    if (found == text.end()) break;
    const auto at = static_cast<std::uint64_t>(found - text.begin());
    key_it =
        std::upper_bound(key_it, keys_.end(), at, [](std::uint64_t pos, const key& k) { return pos < k.offset; }) - 1;
    const key& k = *key_it;
    from = k.offset + k.length + 1;  // one hit per key is enough
    if (seen[k.node] || !accepts(k.node, options)) continue;
    seen[k.node] = 1;  // keys of a node are adjacent, and the first one found is as good as the others
    hits.push_back({k.node, match_kind::substring, k.field, degree_[k.node]});
  }
}

}  // namespace chainex
