// The hub-avoiding search behind find_paths' rank = informative: bidirectional Dijkstra on node costs
// (see query/paths.hpp). An edge u–w weighs (c(u) + c(w)) / 2 with c = ln(degree) and c = 0 at the two
// ends of the search, so a path weighs the sum of its intermediate nodes' costs. Both searches settle
// the node with the smaller heap top; every relaxed edge that reaches a node labelled by the other side
// offers a meeting, and the search stops once the two tops add up to the best meeting found (all weights
// are non-negative, so no later meeting can be cheaper).
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <queue>
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
  node_index next = 0;  // towards the side's root
  edge_index via = no_edge;
  double distance = 0;
};
using entry = std::pair<double, node_index>;
using min_heap = std::priority_queue<entry, std::vector<entry>, std::greater<>>;

struct side {
  stamped_array<label>& labels;
  stamped_set& settled;
  min_heap heap;
  direction mode;
  [[nodiscard]] double top() const { return heap.empty() ? std::numeric_limits<double>::infinity() : heap.top().first; }
};

}  // namespace

std::optional<path> informative_search(const snapshot& snap, const traversal& t, node_index from, node_index to,
                                       const exclusions& out, search_budget& budget) {
  if (from == to) return path{{from}, {}, 0};
  thread_local stamped_array<label> labels[2];
  thread_local stamped_set settled[2];
  for (int i = 0; i < 2; ++i) {
    labels[i].reset(snap.node_count());
    settled[i].reset(snap.node_count());
  }
  side sides[2] = {{labels[0], settled[0], {}, t.mode}, {labels[1], settled[1], {}, reversed(t.mode)}};
  auto cost = [&](node_index v) { return v == from || v == to ? 0.0 : informative_cost(snap, v); };
  sides[0].labels.set(from, {from, no_edge, 0.0});
  sides[0].heap.push({0.0, from});
  sides[1].labels.set(to, {to, no_edge, 0.0});
  sides[1].heap.push({0.0, to});
  budget.visited += 2;
  double best = std::numeric_limits<double>::infinity();
  node_index meeting = from;
  bool met = false;
  while (!sides[0].heap.empty() && !sides[1].heap.empty()) {
    if (sides[0].top() + sides[1].top() >= best) break;
    const int i = sides[0].top() <= sides[1].top() ? 0 : 1;
    side& s = sides[i];
    const side& other = sides[1 - i];
    const double distance = s.heap.top().first;
    const node_index u = s.heap.top().second;
    s.heap.pop();
    if (s.settled.has(u)) continue;
    s.settled.set(u, {});
    if (!spend(budget)) return std::nullopt;
    const double cost_u = cost(u);
    for_each_step(snap, t, s.mode, u, [&](edge_index e, node_index w) {
      if (s.settled.has(w) || excluded(out, e, w) || !may_enter(snap, t, w, from, to)) return;
      const double candidate = distance + (cost_u + cost(w)) / 2;
      if (!s.labels.has(w) || candidate < s.labels[w].distance) {
        s.labels.set(w, {u, e, candidate});
        s.heap.push({candidate, w});
      }
      if (const label* there = other.labels.find(w)) {
        const double through = s.labels[w].distance + there->distance;
        if (through < best) {
          best = through;
          meeting = w;
          met = true;
        }
      }
    });
  }
  if (!met) return std::nullopt;
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
