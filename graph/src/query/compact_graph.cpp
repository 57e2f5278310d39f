#include "compact_graph.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace chainex::detail {
namespace {

constexpr std::uint32_t unnumbered = std::numeric_limits<std::uint32_t>::max();

// Leaves that fold into their neighbour (see the header).
std::vector<bool> foldable_leaves(const simple_graph& g, bool fold) {
  const std::size_t n = g.node_count();
  std::vector<bool> leaf(n, false);
  if (!fold || g.directed()) return leaf;
  const auto& rows = g.out();
  for (node_index v = 0; v < n; ++v) {
    const auto row = rows.of(v);
    leaf[v] = row.size() == 1 && row[0] != v && rows.of(row[0]).size() > 1;
  }
  return leaf;
}

}  // namespace

compact_graph::compact_graph(const simple_graph& g, options o, const interrupt& stop) : directed_(g.directed()) {
  if (g.out().neighbors.size() >= std::numeric_limits<std::uint32_t>::max()) {
    throw std::length_error("betweenness: more than 2^32 - 1 arcs");
  }
  const std::size_t n = g.node_count();
  const std::vector<bool> leaf = foldable_leaves(g, o.fold_leaves);
  // New numbers in BFS order over the kept nodes (both directions on a directed graph), one weak
  // component after another.
  std::vector<std::uint32_t> number(n, unnumbered);
  original_.reserve(n);
  for (node_index root = 0; root < n; ++root) {
    if (leaf[root] || number[root] != unnumbered) continue;
    std::size_t head = original_.size();
    number[root] = static_cast<std::uint32_t>(original_.size());
    original_.push_back(root);
    for (; head < original_.size(); ++head) {
      stop.poll();
      for (const csr_rows* side : {&g.out(), g.directed() ? &g.in() : nullptr}) {
        if (side == nullptr) continue;
        for (node_index w : side->of(original_[head])) {
          if (leaf[w] || number[w] != unnumbered) continue;
          number[w] = static_cast<std::uint32_t>(original_.size());
          original_.push_back(w);
        }
      }
    }
  }
  const auto kept = static_cast<std::uint32_t>(original_.size());
  leaves_.assign(kept, 0);
  auto renumber = [&](const csr_rows& from, row_set& to, bool count_leaves) {
    to.offsets.assign(kept + 1, 0);
    to.neighbors.reserve(from.neighbors.size());
    for (std::uint32_t v = 0; v < kept; ++v) {
      stop.poll();
      const auto first = to.neighbors.size();
      for (node_index w : from.of(original_[v])) {
        if (!leaf[w]) {
          to.neighbors.push_back(number[w]);
        } else if (count_leaves) {
          ++leaves_[v];
        }
      }
      std::sort(to.neighbors.begin() + static_cast<std::ptrdiff_t>(first), to.neighbors.end());
      to.offsets[v + 1] = static_cast<std::uint32_t>(to.neighbors.size());
    }
  };
  renumber(g.out(), out_, true);
  if (directed_ && o.in_rows) renumber(g.in(), in_, false);
}

}  // namespace chainex::detail
