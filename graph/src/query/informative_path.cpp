// The hub-avoiding search behind find_paths' rank = informative: bidirectional Dijkstra on node costs
// (see query/paths.hpp). An edge u–w weighs (c(u) + c(w)) / 2 with c = ln(degree) and c = 0 at the two
// ends of the search, so a path weighs the sum of its intermediate nodes' costs. Every relaxed edge that
// reaches a node labelled by the other side offers a meeting, and the search stops once the two smallest
// keys add up to the best meeting found.
// It is Dijkstra on the graph with each node split in two by an edge of weight c(u)/2: a settled node's
// row is scanned lazily, by an entry keyed d(u) + c(u)/2 (no edge out of u weighs less), so a hub's long
// row is read only if the search gets that far, which the stop usually forestalls. In that graph a node w
// the other side has not labelled lies at least its smallest key plus c(w)/2 from the other root (every way
// there enters w through the half of w that the other side has not reached), so no label is pushed, and no
// row scanned, when that sum reaches the best meeting. A node with a single edge (cost 0) is never entered
// unless it ends the search: it leads nowhere but back.
// Any order of the two sides is correct; the side that has done less work (steps read plus labels pushed,
// counting the entry it would take next) goes next, which keeps a side from reading a hub's row while the
// other could still settle cheap nodes. Against taking the side with the smaller heap (as before), this
// cut the median on L by a third (the bench's 1000 pairs, each variant run after the BFS of its pair).
// A better first bound does not help: seeded with the optimal cost, a search reads as many steps.
// The fewest-hops path (bidirectional BFS) comes first: without one there is nothing to search, and its cost
// is the first best meeting, so labels are pruned from the first step; it is the answer if nothing is cheaper.
// The time goes to cache misses (a search on L reads a few thousand steps, each landing on a random node),
// so a node's cost and the search's marks share one 8-byte slot (search_nodes below).
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <utility>
#include <vector>

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

// What a thread keeps per node of the snapshot it searches: the node's cost, ln(degree), computed once per
// snapshot (2M nodes: about 20 ms), with the current search's marks beside it in one 8-byte slot, so that a
// step which ends in pruning reads one cache line of a 16 MB array; the labels (distance and edge per side)
// lie apart, read only for the nodes a search nodes. A search starts by clearing the marks the last one set.
class search_nodes {
 public:
  void prepare(const snapshot& snap) {
    if (of_ != &snap || version_ != snap.version() || slots_.size() != snap.node_count()) {
      slots_.resize(snap.node_count());
      for (node_index v = 0; v < snap.node_count(); ++v) slots_[v] = {static_cast<float>(informative_cost(snap, v)), 0};
      labels_.resize(snap.node_count());
      of_ = &snap;
      version_ = snap.version();
    } else {
      for (const node_index v : touched_) slots_[v].marks = 0;
    }
    touched_.clear();
  }
  [[nodiscard]] float cost(node_index v) const noexcept { return slots_[v].cost; }
  [[nodiscard]] bool labelled(node_index v, int side) const noexcept {
    return (slots_[v].marks & labelled_bit(side)) != 0;
  }
  [[nodiscard]] bool settled(node_index v, int side) const noexcept {
    return (slots_[v].marks & settled_bit(side)) != 0;
  }
  [[nodiscard]] double distance(node_index v, int side) const noexcept { return labels_[v].distance[side]; }
  [[nodiscard]] edge_index via(node_index v, int side) const noexcept { return labels_[v].via[side]; }
  void label(node_index v, int side, double distance, edge_index via) {
    if (slots_[v].marks == 0) touched_.push_back(v);
    slots_[v].marks |= labelled_bit(side);
    labels_[v].distance[side] = distance;
    labels_[v].via[side] = via;
  }
  void settle(node_index v, int side) noexcept { slots_[v].marks |= settled_bit(side); }  // v is labelled
  void prefetch(node_index v) const noexcept {  // its slot and its labels, which a push writes
    __builtin_prefetch(&slots_[v]);
    __builtin_prefetch(&labels_[v]);
  }

 private:
  static constexpr std::uint8_t labelled_bit(int side) noexcept { return static_cast<std::uint8_t>(1U << side); }
  static constexpr std::uint8_t settled_bit(int side) noexcept { return static_cast<std::uint8_t>(4U << side); }
  struct slot {
    float cost;
    std::uint8_t marks;  // labelled and settled, a bit per side
  };
  struct labels {
    double distance[2];
    edge_index via[2];  // the edge towards the side's root
  };
  const snapshot* of_ = nullptr;
  std::uint64_t version_ = 0;
  std::vector<slot> slots_;
  std::vector<labels> labels_;
  std::vector<node_index> touched_;  // the nodes with marks
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
  [[nodiscard]] double top_key() const noexcept {
    return items.empty() ? std::numeric_limits<double>::infinity() : items.front().key;
  }
  void push(entry e) {
    items.push_back(e);
    std::push_heap(items.begin(), items.end(), std::greater<>{});
  }
  void pop() {
    std::pop_heap(items.begin(), items.end(), std::greater<>{});
    items.pop_back();
  }
};

// Asks for the beginning of u's rows when u is settled, so that they are in cache when its scan comes.
void prefetch_row_starts(const snapshot& snap, direction mode, node_index u) {
  const bool mixed = snap.has_undirected_edges();
  if (mode != direction::in || mixed) __builtin_prefetch(snap.out_targets(u).data());
  if (mode != direction::out || mixed) {
    __builtin_prefetch(snap.in_sources(u).data());
    __builtin_prefetch(snap.in_edges(u).data());
  }
}

// Asks for the slots and labels of u's neighbours before the scan reads them, so that their cache misses overlap.
void prefetch_neighbors(const snapshot& snap, direction mode, node_index u, const search_nodes& nodes) {
  const bool mixed = snap.has_undirected_edges();
  if (mode != direction::in || mixed) {
    for (const node_index w : snap.out_targets(u)) nodes.prefetch(w);
  }
  if (mode != direction::out || mixed) {
    for (const node_index w : snap.in_sources(u)) nodes.prefetch(w);
  }
}

node_index other_end(const snapshot& snap, edge_index e, node_index v) {
  return snap.source(e) == v ? snap.target(e) : snap.source(e);
}

}  // namespace

std::optional<path> informative_search(const snapshot& snap, const traversal& t, node_index from, node_index to,
                                       const exclusions& out, search_budget& budget) {
  if (from == to) return path{{from}, {}, 0};
  // The fewest-hops path first (microseconds): no path at all ends the search before Dijkstra would
  // sweep the whole component, and its cost bounds every label from the first step.
  std::optional<path> fewest_hops = bidirectional_bfs(snap, t, from, to, out, budget);
  if (!fewest_hops) return std::nullopt;
  thread_local search_nodes nodes;
  thread_local std::vector<entry> heap_items[2];
  nodes.prepare(snap);
  min_heap heaps[2] = {{heap_items[0]}, {heap_items[1]}};
  const direction modes[2] = {t.mode, reversed(t.mode)};
  // The search's own sums use float costs; find_paths recomputes a found path's cost in double.
  auto cost = [&](node_index v) { return v == from || v == to ? 0.0 : static_cast<double>(nodes.cost(v)); };
  for (int i = 0; i < 2; ++i) {
    const node_index root = i == 0 ? from : to;
    heaps[i].items.clear();
    nodes.label(root, i, 0.0, no_edge);
    heaps[i].push({0.0, root, false});
  }
  budget.visited += 2;
  double best = 0;
  for (std::size_t i = 1; i + 1 < fewest_hops->nodes.size(); ++i) best += cost(fewest_hops->nodes[i]);
  // Each side's work so far (steps read plus labels pushed) and with its next entry taken: the side with
  // less goes next.
  std::size_t work[2] = {0, 0};
  const auto work_after_next = [&](int k) {
    const entry& next = heaps[k].top();
    return work[k] + (next.scan ? step_count(snap, modes[k], next.node) : 1);
  };
  node_index meeting = from;
  bool met = false;
  while (!heaps[0].empty() && !heaps[1].empty()) {
    if (heaps[0].top_key() + heaps[1].top_key() >= best) break;
    const int i = work_after_next(0) <= work_after_next(1) ? 0 : 1;
    min_heap& heap = heaps[i];
    const double other_top = heaps[1 - i].top_key();
    const entry next = heap.top();
    heap.pop();
    const node_index u = next.node;
    if (!next.scan) {
      if (nodes.settled(u, i) || next.key > nodes.distance(u, i)) continue;
      nodes.settle(u, i);
      if (!spend(budget)) return std::nullopt;
      // Unless the other side has labelled u (then the meeting at u is counted), it is d(u) + c(u)/2 or
      // more from that side's root (see the top comment): scanning u's row could not beat the best meeting.
      if (!nodes.labelled(u, 1 - i) && next.key + cost(u) / 2 + other_top >= best) continue;
      heap.push({next.key + cost(u) / 2, u, true});
      prefetch_row_starts(snap, modes[i], u);
      continue;
    }
    const double distance = nodes.distance(u, i);
    const double cost_u = cost(u);
    work[i] += step_count(snap, modes[i], u);
    prefetch_neighbors(snap, modes[i], u, nodes);
    for_each_step(snap, t, modes[i], u, [&](edge_index e, node_index w) {
      if (nodes.settled(w, i) || excluded(out, e, w) || !may_enter(snap, t, w, from, to)) return;
      if (nodes.cost(w) == 0 && w != from && w != to) return;  // a node with one edge leads nowhere else
      const double half_w = cost(w) / 2;
      const double candidate = distance + cost_u / 2 + half_w;
      const bool there = nodes.labelled(w, 1 - i);
      if (!there && candidate + half_w + other_top >= best) return;  // no better path can pass w (top comment)
      if (!nodes.labelled(w, i) || candidate < nodes.distance(w, i)) {
        nodes.label(w, i, candidate, e);
        heap.push({candidate, w, false});
        ++work[i];
      }
      if (there && nodes.distance(w, i) + nodes.distance(w, 1 - i) < best) {
        best = nodes.distance(w, i) + nodes.distance(w, 1 - i);
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
  for (node_index v = meeting; nodes.via(v, 0) != no_edge; v = other_end(snap, nodes.via(v, 0), v)) {
    result.nodes.push_back(v);
    result.edges.push_back(nodes.via(v, 0));
  }
  result.nodes.push_back(from);
  std::reverse(result.nodes.begin(), result.nodes.end());
  std::reverse(result.edges.begin(), result.edges.end());
  for (node_index v = meeting; nodes.via(v, 1) != no_edge;) {
    const edge_index e = nodes.via(v, 1);
    v = other_end(snap, e, v);
    result.edges.push_back(e);
    result.nodes.push_back(v);
  }
  result.cost = best;
  return result;
}

}  // namespace detail
}  // namespace chainex
