// The hub-avoiding search behind find_paths' rank = informative: bidirectional Dijkstra on node costs
// (see query/paths.hpp). An edge u–w weighs (c(u) + c(w)) / 2 with c = ln(degree) and c = 0 at the two
// ends of the search, so a path weighs the sum of its intermediate nodes' costs. The side with the smaller
// heap takes its next entry (any order is correct; this one grows the thinner ball, as the BFS does); every
// relaxed edge that reaches a node labelled by the other side offers a meeting, and the search stops once
// the two smallest keys add up to the best meeting found.
// Two things keep it near the plain BFS's neighbourhoods: a settled node's row is scanned lazily, by an
// entry keyed d(u) + c(u)/2 (no edge out of u weighs less), so a hub's long row is read only if the search
// gets that far, which the stop usually forestalls (this is Dijkstra on the graph with each node split in
// two by an edge of weight c(u)/2); and a label is not pushed when it plus the other side's smallest key
// reaches the best meeting (the other side has not reached it, so no path through it can be better). A
// node with a single edge (cost 0) is never entered unless it ends the search: it leads nowhere but back.
// The fewest-hops path (bidirectional BFS) comes first: without one there is nothing to search, and its cost
// is the first best meeting, so labels are pruned from the first step; it is the answer if nothing is cheaper.
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <utility>

#include "path_search.hpp"
#include "walk.hpp"

namespace chainex {

double informative_cost(const snapshot& snap, node_index v) noexcept {
  const std::size_t degree = snap.out_degree(v) + snap.in_degree(v);
  return degree > 1 ? std::log(static_cast<double>(degree)) : 0.0;
}

namespace detail {
namespace {

constexpr edge_index no_edge = std::numeric_limits<edge_index>::max();

struct label {
  double distance = 0;
  node_index next = 0;  // towards the side's root
  edge_index via = no_edge;
  bool settled = false;  // kept here rather than in a set of its own: one cache line per node looked at
};
// A heap entry: settle `node` at `key`, or (scan) read its row, every step of which weighs at least key - d.
struct entry {
  double key;
  node_index node;
  bool scan;
  friend bool operator>(const entry& a, const entry& b) { return a.key > b.key || (a.key == b.key && a.scan < b.scan); }
};
// A binary min-heap on a vector a thread keeps, so that a search allocates nothing once warm.
struct min_heap {
  std::vector<entry>& items;
  [[nodiscard]] bool empty() const noexcept { return items.empty(); }
  [[nodiscard]] const entry& top() const noexcept { return items.front(); }
  void push(entry e) {
    items.push_back(e);
    std::push_heap(items.begin(), items.end(), std::greater<>{});
  }
  void pop() {
    std::pop_heap(items.begin(), items.end(), std::greater<>{});
    items.pop_back();
  }
};

struct side {
  stamped_array<label>& labels;
  min_heap heap;
  direction mode;
  [[nodiscard]] double top() const { return heap.empty() ? std::numeric_limits<double>::infinity() : heap.top().key; }
};

// ln(degree) of every node, computed once per snapshot and thread (a 2M-node graph: about 20 ms).
const std::vector<float>& node_costs(const snapshot& snap) {
  thread_local const snapshot* of = nullptr;
  thread_local std::uint64_t version = 0;
  thread_local std::vector<float> costs;
  if (of != &snap || version != snap.version() || costs.size() != snap.node_count()) {
    costs.resize(snap.node_count());
    for (node_index v = 0; v < snap.node_count(); ++v) costs[v] = static_cast<float>(informative_cost(snap, v));
    of = &snap;
    version = snap.version();
  }
  return costs;
}

}  // namespace

std::optional<path> informative_search(const snapshot& snap, const traversal& t, node_index from, node_index to,
                                       const exclusions& out, search_budget& budget) {
  if (from == to) return path{{from}, {}, 0};
  // The fewest-hops path first (microseconds): no path at all ends the search before Dijkstra would
  // sweep the whole component, and its cost bounds every label from the first step.
  std::optional<path> fewest_hops = bidirectional_bfs(snap, t, from, to, out, budget);
  if (!fewest_hops) return std::nullopt;
  thread_local stamped_array<label> labels[2];
  thread_local std::vector<entry> heaps[2];
  for (int i = 0; i < 2; ++i) {
    labels[i].reset(snap.node_count());
    heaps[i].clear();
  }
  side sides[2] = {{labels[0], {heaps[0]}, t.mode}, {labels[1], {heaps[1]}, reversed(t.mode)}};
  const std::vector<float>& costs = node_costs(snap);
  // The search's own sums use these float costs; find_paths recomputes a found path's cost in double.
  auto cost = [&](node_index v) { return v == from || v == to ? 0.0 : static_cast<double>(costs[v]); };
  sides[0].labels.set(from, {0.0, from, no_edge});
  sides[0].heap.push({0.0, from, false});
  sides[1].labels.set(to, {0.0, to, no_edge});
  sides[1].heap.push({0.0, to, false});
  budget.visited += 2;
  double best = 0;
  for (std::size_t i = 1; i + 1 < fewest_hops->nodes.size(); ++i) best += cost(fewest_hops->nodes[i]);
  node_index meeting = from;
  bool met = false;
  while (!sides[0].heap.empty() && !sides[1].heap.empty()) {
    if (sides[0].top() + sides[1].top() >= best) break;
    const int i = sides[0].heap.items.size() <= sides[1].heap.items.size() ? 0 : 1;
    side& s = sides[i];
    const side& other = sides[1 - i];
    const entry next = s.heap.top();
    s.heap.pop();
    const node_index u = next.node;
    if (!next.scan) {
      if (s.labels[u].settled || next.key > s.labels[u].distance) continue;
      s.labels[u].settled = true;
      if (!spend(budget)) return std::nullopt;
      // A path through u weighs at least d(u) plus the other side's smallest key, unless the other side has
      // already labelled u (then the meeting at u is already counted).
      if (!other.labels.has(u) && next.key + other.top() >= best) continue;
      s.heap.push({next.key + cost(u) / 2, u, true});
      continue;
    }
    const double distance = s.labels[u].distance;
    const double cost_u = cost(u);
    const double other_top = other.top();
    for_each_step(snap, t, s.mode, u, [&](edge_index e, node_index w) {
      const label* here = s.labels.find(w);
      if ((here != nullptr && here->settled) || excluded(out, e, w) || !may_enter(snap, t, w, from, to)) return;
      if (costs[w] == 0 && w != from && w != to) return;  // a node with one edge leads nowhere else
      const double candidate = distance + (cost_u + cost(w)) / 2;
      const label* there = other.labels.find(w);
      if (there == nullptr && candidate + other_top >= best) return;  // no better path can pass w
      if (here == nullptr || candidate < here->distance) {
        s.labels.set(w, {candidate, u, e});
        s.heap.push({candidate, w, false});
      }
      if (there != nullptr && s.labels[w].distance + there->distance < best) {
        best = s.labels[w].distance + there->distance;
        meeting = w;
        met = true;
      }
    });
  }
  if (!met) {  // nothing cheaper than the fewest-hops path
    fewest_hops->cost = best;
    return fewest_hops;
  }
  path result;
  // from … meeting along the forward labels, then meeting … to along the backward ones.
  for (node_index v = meeting; labels[0][v].via != no_edge; v = labels[0][v].next) {
    result.nodes.push_back(v);
    result.edges.push_back(labels[0][v].via);
  }
  result.nodes.push_back(from);
  std::reverse(result.nodes.begin(), result.nodes.end());
  std::reverse(result.edges.begin(), result.edges.end());
  for (node_index v = meeting; labels[1][v].via != no_edge; v = labels[1][v].next) {
    result.edges.push_back(labels[1][v].via);
    result.nodes.push_back(labels[1][v].next);
  }
  result.cost = best;
  return result;
}

}  // namespace detail
}  // namespace chainex
