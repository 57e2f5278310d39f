// The two single-pair searches behind find_paths: bidirectional BFS and Dijkstra (see query/paths.hpp).
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <queue>
#include <stdexcept>
#include <string>
#include <utility>

#include "path_search.hpp"
#include "walk.hpp"

namespace chainex::detail {
namespace {

constexpr edge_index no_edge = std::numeric_limits<edge_index>::max();

// How a search reached a node: the node before it, the edge between, and the distance.
template <class Distance>
struct reached {
  node_index from = 0;
  edge_index via = no_edge;
  Distance distance{};
};

bool excluded(const exclusions& out, edge_index e, node_index w) {
  return (out.edges != nullptr && out.edges->has(e)) || (out.nodes != nullptr && out.nodes->has(w));
}

bool spend(search_budget& budget) {
  if (++budget.visited >= budget.limit) budget.capped = true;
  return !budget.capped;
}

// Walks the `from` links back to the root, appending nodes and edges in root-ward order.
template <class Marks>
void trace_back(const Marks& marks, node_index node, std::vector<node_index>& nodes, std::vector<edge_index>& edges) {
  while (marks[node].via != no_edge) {
    edges.push_back(marks[node].via);
    node = marks[node].from;
    nodes.push_back(node);
  }
}

using bfs_marks = stamped_array<reached<std::uint32_t>>;

struct bfs_side {
  bfs_marks& seen;
  direction mode;
  std::vector<node_index> frontier;
  std::size_t work = 0;  // edges the next level will scan: the frontier's degrees
  std::uint32_t depth = 0;
};

std::size_t degree(const snapshot& snap, direction mode, node_index v) {
  const bool mixed = snap.has_undirected_edges();
  return (mode != direction::in || mixed ? snap.out_degree(v) : 0) + (mode != direction::out || mixed ? snap.in_degree(v) : 0);
}

}  // namespace

std::optional<path> bidirectional_bfs(const snapshot& snap, const traversal& t, node_index from, node_index to,
                                      const exclusions& out, search_budget& budget) {
  if (from == to) return path{{from}, {}, 0};
  thread_local bfs_marks forward_marks;
  thread_local bfs_marks backward_marks;
  forward_marks.reset(snap.node_count());
  backward_marks.reset(snap.node_count());
  forward_marks.set(from, {from, no_edge, 0});
  backward_marks.set(to, {to, no_edge, 0});
  budget.visited += 2;
  bfs_side forward{forward_marks, t.mode, {from}, degree(snap, t.mode, from)};
  bfs_side backward{backward_marks, reversed(t.mode), {to}, degree(snap, reversed(t.mode), to)};
  std::vector<node_index> next;
  std::optional<node_index> meet;
  // Grow the side whose next level costs less: a hub in a frontier makes that side expensive.
  while (!meet && !forward.frontier.empty() && !backward.frontier.empty()) {
    bfs_side& grow = forward.work <= backward.work ? forward : backward;
    const bfs_marks& other = &grow == &forward ? backward.seen : forward.seen;
    next.clear();
    grow.work = 0;
    for (node_index u : grow.frontier) {
      for_each_step(snap, t, grow.mode, u, [&](edge_index e, node_index w) {
        if (meet || budget.capped || grow.seen.has(w) || excluded(out, e, w) || !may_enter(snap, t, w, from, to)) return;
        grow.seen.set(w, {u, e, grow.depth + 1});
        next.push_back(w);
        grow.work += degree(snap, grow.mode, w);
        if (other.has(w)) meet = w;
        spend(budget);
      });
      if (meet || budget.capped) break;
    }
    if (budget.capped && !meet) return std::nullopt;
    grow.frontier.swap(next);
    ++grow.depth;
  }
  if (!meet) return std::nullopt;
  path result;
  result.nodes.push_back(*meet);
  trace_back(forward_marks, *meet, result.nodes, result.edges);
  std::reverse(result.nodes.begin(), result.nodes.end());
  std::reverse(result.edges.begin(), result.edges.end());
  trace_back(backward_marks, *meet, result.nodes, result.edges);
  result.cost = static_cast<double>(result.edges.size());
  return result;
}

std::optional<path> dijkstra(const snapshot& snap, const traversal& t, node_index from, node_index to,
                             const exclusions& out, search_budget& budget) {
  using entry = std::pair<double, node_index>;
  thread_local stamped_array<reached<double>> labels;
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
        throw std::invalid_argument("shortest weighted path needs non-negative weights: edge " + std::to_string(e) +
                                    " (" + std::string(snap.id(snap.source(e))) + " -> " +
                                    std::string(snap.id(snap.target(e))) + ") has weight " + std::to_string(weight));
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
