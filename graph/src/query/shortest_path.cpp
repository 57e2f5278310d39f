// Dijkstra's single-pair search behind find_paths' weighted queries (see query/paths.hpp).
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <queue>
#include <stdexcept>
#include <string>
#include <utility>

#include "negative_weight.hpp"
#include "path_search.hpp"
#include "walk.hpp"

namespace chainex::detail {
namespace {

constexpr edge_index no_edge = std::numeric_limits<edge_index>::max();

// How the search reached a node: the node before it, the edge between, and the distance.
struct label {
  node_index from = 0;
  edge_index via = no_edge;
  double distance = 0;
};
using labels_of_nodes = stamped_array<label>;

// Walks the `from` links back to the root, appending nodes and edges in root-ward order.
void trace_back(const labels_of_nodes& marks, node_index node, std::vector<node_index>& nodes,
                std::vector<edge_index>& edges) {
  while (marks[node].via != no_edge) {
    edges.push_back(marks[node].via);
    node = marks[node].from;
    nodes.push_back(node);
  }
}

}  // namespace

std::optional<path> dijkstra(const snapshot& snap, const traversal& t, node_index from, node_index to,
                             const exclusions& out, search_budget& budget) {
  using entry = std::pair<double, node_index>;
  thread_local labels_of_nodes labels;
  thread_local stamped_set settled;
  labels.reset(snap.node_count());
  settled.reset(snap.node_count());
  std::priority_queue<entry, std::vector<entry>, std::greater<>> heap;
  labels.set(from, {from, no_edge, 0.0});
  heap.push({0.0, from});
  while (!heap.empty()) {
    const double distance = heap.top().first;  // not a structured binding: clang 14 cannot capture one
    const node_index u = heap.top().second;
    heap.pop();
    if (settled.has(u)) continue;
    settled.set(u, {});
    if (u == to) break;
    if (!spend(budget)) return std::nullopt;
    for_each_step(snap, t, t.mode, u, [&](edge_index e, node_index w) {
      if (settled.has(w) || excluded(out, e, w) || !may_enter(snap, t, w, from, to)) return;
      const double weight = snap.weight(e);
      if (!(weight >= 0)) {
        throw negative_weight_error(snap, e, "a weighted path search");
      }
      const double candidate = distance + weight;
      if (!labels.has(w) || candidate < labels[w].distance) {
        labels.set(w, {u, e, candidate});
        heap.push({candidate, w});
      }
    });
  }
  if (!settled.has(to)) return std::nullopt;
  path result;
  result.nodes.push_back(to);
  trace_back(labels, to, result.nodes, result.edges);
  std::reverse(result.nodes.begin(), result.nodes.end());
  std::reverse(result.edges.begin(), result.edges.end());
  result.cost = labels[to].distance;
  return result;
}

}  // namespace chainex::detail
