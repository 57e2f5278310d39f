#include "chainex/query/depth_history.hpp"

#include <algorithm>
#include <stdexcept>

#include "chainex/query/neighborhood.hpp"
#include "chainex/snapshot_as_of.hpp"

namespace chainex {
namespace {

// The nodes within `reach` out-steps of `node` (every edge, whatever its dates), and the shareholders
// (the sources of the in-edges) of those with few of them: a joint venture's partners.
std::vector<node_index> downstream_of(const snapshot& snap, node_index node, const depth_history_options& options) {
  const ego_result near =
      ego_network(snap, make_traversal(snap, direction::out), node, options.reach, options.max_nodes);
  std::vector<node_index> nodes;
  for (const ego_node& n : near.nodes) {
    nodes.push_back(n.node);
    if (snap.in_degree(n.node) > options.max_shareholders) continue;
    for (const node_index source : snap.in_sources(n.node)) nodes.push_back(source);
  }
  std::sort(nodes.begin(), nodes.end());
  nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
  return nodes;
}

}  // namespace

std::vector<yearly_depth> depth_by_year(const snapshot& snap, node_index node, int first, int last,
                                        const depth_history_options& options) {
  if (node >= snap.node_count()) throw std::out_of_range("depth_by_year: node index out of range");
  const auto around = induced_subgraph(snap, downstream_of(snap, node, options));
  const std::string id(snap.id(node));
  std::vector<yearly_depth> history;
  for (int year = first; year <= last; ++year) {
    const auto then = copy_as_of(*around, last_day_of_year(year));
    const snapshot& graph = then ? *then : *around;
    const auto here = graph.find(id);
    if (!here) continue;  // not there yet, or gone
    for (const market_presence& m : chain_position_of(graph, *here, {.max_tiers = 1}).markets)
      history.push_back({std::string(graph.id(m.market)), year, m.depth});
  }
  std::sort(history.begin(), history.end(), [](const yearly_depth& a, const yearly_depth& b) {
    return std::tie(a.market, a.year) < std::tie(b.market, b.year);
  });
  return history;
}

}  // namespace chainex
