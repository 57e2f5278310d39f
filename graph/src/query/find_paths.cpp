// find_paths: one search for k = 1, Yen's k shortest loopless paths otherwise (see query/paths.hpp).
#include <algorithm>
#include <stdexcept>
#include <string>
#include <tuple>

#include "path_search.hpp"
#include "walk.hpp"

namespace chainex {
namespace {

using detail::exclusions;
using detail::search_budget;
using detail::stamped_set;

std::optional<path> search(const snapshot& snap, const traversal& t, const path_query& query, node_index from,
                           const exclusions& out, search_budget& budget) {
  if (query.rank == path_rank::informative) return detail::informative_search(snap, t, from, query.to, out, budget);
  return query.weighted ? detail::dijkstra(snap, t, from, query.to, out, budget)
                        : detail::bidirectional_bfs(snap, t, from, query.to, out, budget);
}

// A whole path's cost under the query's ranking.
double cost_of(const snapshot& snap, const path_query& query, const path& p) {
  double cost = 0;
  if (query.rank == path_rank::informative) {
    for (std::size_t i = 1; i + 1 < p.nodes.size(); ++i) cost += informative_cost(snap, p.nodes[i]);
    return cost;
  }
  for (edge_index e : p.edges) cost += query.weighted ? snap.weight(e) : 1.0;
  return cost;
}

bool shares_root(const path& p, const path& root_owner, std::size_t length) {
  return p.nodes.size() > length + 1 &&
         std::equal(root_owner.nodes.begin(), root_owner.nodes.begin() + static_cast<std::ptrdiff_t>(length) + 1,
                    p.nodes.begin());
}

bool better(const path& a, const path& b) {
  const std::size_t a_hops = a.hops();
  const std::size_t b_hops = b.hops();
  return std::tie(a.cost, a_hops, a.nodes) < std::tie(b.cost, b_hops, b.nodes);
}

bool same_route(const path& a, const path& b) { return a.nodes == b.nodes; }

// Leaves out every edge (parallel ones included) that steps from `spur` to `next` in the walk.
void leave_out_step(const snapshot& snap, const traversal& t, node_index spur, node_index next, stamped_set& edges) {
  detail::for_each_step(snap, t, t.mode, spur, [&](edge_index e, node_index w) {
    if (w == next) edges.set(e, {});
  });
}

// The root of `last` up to its node `spur`, followed by a detour from there: Yen's candidate.
path join(const snapshot& snap, const path_query& query, const path& last, std::size_t spur, const path& detour) {
  path joined;
  joined.nodes.assign(last.nodes.begin(), last.nodes.begin() + static_cast<std::ptrdiff_t>(spur));
  joined.nodes.insert(joined.nodes.end(), detour.nodes.begin(), detour.nodes.end());
  joined.edges.assign(last.edges.begin(), last.edges.begin() + static_cast<std::ptrdiff_t>(spur));
  joined.edges.insert(joined.edges.end(), detour.edges.begin(), detour.edges.end());
  joined.cost = cost_of(snap, query, joined);
  return joined;
}

}  // namespace

path_result find_paths(const snapshot& snap, const traversal& t, const path_query& query, const interrupt& stop) {
  if (query.from >= snap.node_count() || query.to >= snap.node_count()) {
    throw std::out_of_range("find_paths: node index out of range");
  }
  search_budget budget{.stop = stop, .limit = t.max_visited};
  path_result result;
  if (auto first = search(snap, t, query, query.from, {}, budget)) {
    first->cost = cost_of(snap, query, *first);  // the same sum as every later path's, to the last bit
    result.paths.push_back(std::move(*first));
  }
  if (budget.stopped) stop.check();  // throws: stopped before any path was found
  std::vector<path> candidates;
  thread_local stamped_set root_nodes;
  thread_local stamped_set used_edges;
  while (!result.paths.empty() && result.paths.size() < query.k && !budget.capped) {
    const path last = result.paths.back();
    for (std::size_t spur = 0; spur + 1 < last.nodes.size() && !budget.capped; ++spur) {
      if (stop.stopped()) {
        detail::stop_now(budget);
        break;
      }
      root_nodes.reset(snap.node_count());
      used_edges.reset(snap.edge_count());
      for (std::size_t i = 0; i < spur; ++i) root_nodes.set(last.nodes[i], {});
      for (const path& p : result.paths) {
        if (shares_root(p, last, spur)) leave_out_step(snap, t, last.nodes[spur], p.nodes[spur + 1], used_edges);
      }
      auto detour = search(snap, t, query, last.nodes[spur], {&root_nodes, &used_edges}, budget);
      if (!detour) continue;
      path candidate = join(snap, query, last, spur, *detour);
      auto same = [&](const path& p) { return same_route(p, candidate); };
      if (std::none_of(candidates.begin(), candidates.end(), same)) {
        candidates.push_back(std::move(candidate));
      }
    }
    if (candidates.empty() || budget.stopped) break;  // stopped: the best candidate may not be among them
    auto best = std::min_element(candidates.begin(), candidates.end(), better);
    result.paths.push_back(std::move(*best));
    candidates.erase(best);
  }
  result.capped = budget.capped && !budget.stopped;
  result.complete = !budget.stopped;
  result.visited = budget.visited;
  return result;
}

}  // namespace chainex
