#include "chainex/query/neighborhood.hpp"

#include <algorithm>
#include <stdexcept>

#include "stamped_array.hpp"
#include "walk.hpp"

namespace chainex {

ego_result ego_network(const snapshot& snap, const traversal& t, node_index center, std::uint32_t depth,
                       std::size_t max_nodes, const interrupt& stop) {
  if (center >= snap.node_count()) throw std::out_of_range("ego_network: node index out of range");
  thread_local detail::stamped_set seen;
  seen.reset(snap.node_count());
  ego_result result;
  const std::size_t limit = std::min(max_nodes, t.max_visited);
  if (limit == 0) {
    result.truncated = true;
    return result;
  }
  seen.set(center, {});
  result.nodes.push_back({center, 0});
  for (std::size_t head = 0; head < result.nodes.size() && !result.truncated; ++head) {
    const ego_node here = result.nodes[head];
    if (here.depth == depth) break;
    stop.poll();
    detail::for_each_step(snap, t, t.mode, here.node, [&](edge_index, node_index w) {
      if (seen.has(w) || !detail::may_enter(snap, t, w, center, center)) return true;
      if (result.nodes.size() == limit) {
        result.truncated = true;
        return false;  // the rest of the row cannot join
      }
      seen.set(w, {});
      result.nodes.push_back({w, here.depth + 1});
      return true;
    });
  }
  const bool typed = !t.allowed_types.empty();
  for (const ego_node& n : result.nodes) {
    const edge_range range = snap.out_edges(n.node);
    const auto targets = snap.out_targets(n.node);
    for (std::size_t i = 0; i < targets.size(); ++i) {
      const edge_index e = range.first + static_cast<edge_index>(i);
      if (!seen.has(targets[i]) || (typed && !t.type_allowed(snap.type(e)))) continue;
      if (!t.dated() || t.present(e, targets[i])) result.edges.push_back(e);
    }
  }
  std::sort(result.edges.begin(), result.edges.end());
  return result;
}

std::vector<node_index> common_neighbors(const snapshot& snap, const traversal& t, node_index a, node_index b) {
  if (a >= snap.node_count() || b >= snap.node_count()) {
    throw std::out_of_range("common_neighbors: node index out of range");
  }
  auto neighbors = [&](node_index v) {
    std::vector<node_index> out;
    detail::for_each_step(snap, t, t.mode, v, [&](edge_index, node_index w) {
      if (w != a && w != b && detail::may_enter(snap, t, w, a, b)) out.push_back(w);
    });
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  };
  const auto of_a = neighbors(a);
  const auto of_b = neighbors(b);
  std::vector<node_index> both;
  std::set_intersection(of_a.begin(), of_a.end(), of_b.begin(), of_b.end(), std::back_inserter(both));
  return both;
}

}  // namespace chainex
