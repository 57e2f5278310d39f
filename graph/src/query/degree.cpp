// Degree centrality straight from the snapshot's rows, nodes spread over threads (see query/centrality.hpp).
//
// A node's degree on the picked graph is the number of distinct nodes one step away in the direction
// mode (parallel edges and, for `both`, u→v beside v→u merge), plus one for a self-loop on `both`, where
// networkx counts an undirected loop twice. Each thread gathers a node's neighbours, sorts and counts
// them: no merged copy of the graph is built.
#include <algorithm>
#include <vector>

#include "chainex/query/centrality.hpp"
#include "parallel.hpp"
#include "walk.hpp"

namespace chainex {

std::vector<double> degree_centrality(const snapshot& snap, direction mode, unsigned threads) {
  const std::size_t n = snap.node_count();
  if (n <= 1) return std::vector<double>(n, 1.0);
  const traversal every_edge = make_traversal(snap, mode);
  const double scale = 1.0 / static_cast<double>(n - 1);
  std::vector<double> result(n);
  detail::for_each_slice(n, threads, [&](std::size_t begin, std::size_t end) {
    std::vector<node_index> neighbors;
    for (auto v = static_cast<node_index>(begin); v < end; ++v) {
      neighbors.clear();
      detail::for_each_step(snap, every_edge, mode, v, [&](edge_index, node_index w) { neighbors.push_back(w); });
      std::sort(neighbors.begin(), neighbors.end());
      const auto distinct = std::unique(neighbors.begin(), neighbors.end());
      const bool loop = mode == direction::both && std::binary_search(neighbors.begin(), distinct, v);
      result[v] = static_cast<double>(distinct - neighbors.begin() + (loop ? 1 : 0)) * scale;
    }
  });
  return result;
}

}  // namespace chainex
