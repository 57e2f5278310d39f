#include "brandes_graph.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace chainex::detail {
namespace {

constexpr std::uint32_t unnumbered = std::numeric_limits<std::uint32_t>::max();

// Leaves that fold into their neighbour (see the header); none on a directed graph.
std::vector<bool> foldable_leaves(const simple_graph& g) {
  const std::size_t n = g.node_count();
  std::vector<bool> leaf(n, false);
  if (g.directed()) return leaf;
  const auto& rows = g.out();
  for (node_index v = 0; v < n; ++v) {
    const auto row = rows.of(v);
    leaf[v] = row.size() == 1 && row[0] != v && rows.of(row[0]).size() > 1;
  }
  return leaf;
}

}  // namespace

brandes_graph::brandes_graph(const simple_graph& g) {
  const auto& rows = g.out();
  if (rows.neighbors.size() >= std::numeric_limits<std::uint32_t>::max()) {
    throw std::length_error("betweenness: more than 2^32 - 1 arcs");
  }
  const std::size_t n = g.node_count();
  const std::vector<bool> leaf = foldable_leaves(g);
  // New numbers in BFS order over the kept nodes, one component after another.
  std::vector<std::uint32_t> number(n, unnumbered);
  original_.reserve(n);
  for (node_index root = 0; root < n; ++root) {
    if (leaf[root] || number[root] != unnumbered) continue;
    std::size_t head = original_.size();
    number[root] = static_cast<std::uint32_t>(original_.size());
    original_.push_back(root);
    for (; head < original_.size(); ++head) {
      for (node_index w : rows.of(original_[head])) {
        if (leaf[w] || number[w] != unnumbered) continue;
        number[w] = static_cast<std::uint32_t>(original_.size());
        original_.push_back(w);
      }
    }
  }
  const auto kept = static_cast<std::uint32_t>(original_.size());
  offsets_.assign(kept + 1, 0);
  leaves_.assign(kept, 0);
  neighbors_.reserve(rows.neighbors.size());
  for (std::uint32_t v = 0; v < kept; ++v) {
    const auto first = neighbors_.size();
    for (node_index w : rows.of(original_[v])) {
      if (leaf[w]) {
        ++leaves_[v];
      } else {
        neighbors_.push_back(number[w]);
      }
    }
    std::sort(neighbors_.begin() + static_cast<std::ptrdiff_t>(first), neighbors_.end());
    offsets_[v + 1] = static_cast<std::uint32_t>(neighbors_.size());
  }
}

}  // namespace chainex::detail
