// The unweighted search behind find_paths: bidirectional breadth-first search (see query/paths.hpp).
//
// Two balls grow one level at a time, one around `from` along the walk and one around `to` against it,
// always the one whose next level reads fewer rows, until one reaches a node of the other. Before a level
// grows the balls are disjoint, so the distance exceeds the sum of their radii and any meeting found
// while it grows gives a shortest path.
// Hubs (hub_bitmaps.hpp) are not scanned when they enter a ball: their neighbours join it as bit sets,
// which the other ball tests, and are listed only when the ball has to grow past them. On a graph with
// hubs two ordinary nodes usually meet within a step of one, so a search reads the rows around its ends
// instead of the hubs' rows (up to half a million nodes on the L graph). Searches with filters or with
// nodes and edges left out (Yen's detours) scan hubs like any node: the bit sets know neither. A search as
// of a day uses bit sets of that day's edges.
#include <algorithm>
#include <initializer_list>
#include <limits>
#include <memory>
#include <utility>
#include <vector>

#include "hub_bitmaps.hpp"
#include "path_search.hpp"
#include "walk.hpp"

namespace chainex::detail {
namespace {

constexpr edge_index no_edge = std::numeric_limits<edge_index>::max();
constexpr node_index no_node = std::numeric_limits<node_index>::max();

// Per node: the ball that holds it (a tag, new for every search) and the edge it was reached by.
struct mark {
  std::uint32_t tag = 0;
  edge_index via = no_edge;
};

// One mark per node, kept by a thread for all its searches: a search takes two fresh tags instead of
// clearing the marks, which are written only when their size changes or the tags run out.
class marks_of_nodes {
 public:
  std::pair<std::uint32_t, std::uint32_t> fresh_tags(std::size_t nodes) {
    if (marks_.size() != nodes || last_ > std::numeric_limits<std::uint32_t>::max() - 2) {
      marks_.assign(nodes, mark{});
      last_ = 0;
    }
    last_ += 2;
    return {last_ - 1, last_};
  }
  mark& operator[](node_index v) noexcept { return marks_[v]; }
  const mark& operator[](node_index v) const noexcept { return marks_[v]; }

 private:
  std::vector<mark> marks_;
  std::uint32_t last_ = 0;
};

using hub = hub_bitmaps::hub;
using deferred_hubs = std::vector<const hub*>;

// What a thread reuses from one search to the next, so that a search allocates nothing it keeps.
struct scratch {
  marks_of_nodes marks;
  std::vector<node_index> levels[2];
  deferred_hubs deferred[2];
  std::vector<node_index> next;
  deferred_hubs next_deferred;
};

// One ball: its tag, how it walks, and its outermost level.
struct ball {
  std::uint32_t tag;
  direction mode;
  const hub_bitmaps* hubs;         // null: hubs are scanned like other nodes
  std::vector<node_index>& level;  // the listed nodes of the outermost level
  deferred_hubs& deferred;         // hubs of the level before, whose neighbours are the rest of it
  std::size_t cost = 0;            // rows the next level will read, estimated
  [[nodiscard]] bool complete() const noexcept { return level.empty() && deferred.empty(); }
};

class search {
 public:
  search(const snapshot& snap, const traversal& t, node_index from, node_index to, const exclusions& out,
         search_budget& budget)
      : snap_(snap), t_(t), from_(from), to_(to), out_(out), budget_(budget) {
    // A walk as of a day has bit sets of that day's edges; the kind and type filters and Yen's left-out
    // items have none.
    const bool plain =
        t.allowed_kinds.empty() && t.allowed_types.empty() && out.nodes == nullptr && out.edges == nullptr;
    if (plain) {
      forward_hubs_ = hub_bitmaps::of(snap, t.mode, t.as_of);
      backward_hubs_ = hub_bitmaps::of(snap, reversed(t.mode), t.as_of);
    }
    const std::size_t arcs = snap.edge_count() * (t.mode == direction::both ? 2 : 1);
    spread_ = 1 + arcs / std::max<std::size_t>(snap.node_count(), 1);
  }

  std::optional<path> run() {
    if (from_ == to_) return path{{from_}, {}, 0};
    const auto [forward_tag, backward_tag] = s_.marks.fresh_tags(snap_.node_count());
    s_.marks[from_] = {forward_tag, no_edge};
    s_.marks[to_] = {backward_tag, no_edge};
    budget_.visited += 2;
    ball forward{forward_tag, t_.mode, forward_hubs_.get(), s_.levels[0], s_.deferred[0]};
    ball backward{backward_tag, reversed(t_.mode), backward_hubs_.get(), s_.levels[1], s_.deferred[1]};
    forward_tag_ = forward_tag;
    forward.level.assign({from_});
    backward.level.assign({to_});
    forward.deferred.clear();
    backward.deferred.clear();
    estimate(forward);
    estimate(backward);
    while (!meeting_ && !budget_.capped && !forward.complete() && !backward.complete()) {
      if (forward.cost <= backward.cost) {
        grow(forward, backward);
      } else {
        grow(backward, forward);
      }
    }
    if (!meeting_) return std::nullopt;
    return write();
  }

 private:
  // u as a hub that g may leave unscanned, or nullptr.
  [[nodiscard]] const hub* as_hub(const ball& g, node_index u) const {
    if (g.hubs == nullptr || step_count(snap_, g.mode, u) < g.hubs->threshold()) return nullptr;
    return g.hubs->find(u);
  }

  // A hub of b's deferred ones that has w as a neighbour, or no_node.
  [[nodiscard]] static node_index deferred_neighbor_of(const ball& b, node_index w) {
    for (const hub* h : b.deferred) {
      if (hub_bitmaps::has(*h, w)) return h->node;
    }
    return no_node;
  }

  void estimate(ball& b) const {
    b.cost = 0;
    for (const node_index w : b.level) b.cost += as_hub(b, w) != nullptr ? 1 : step_count(snap_, b.mode, w);
    // Listing a hub's neighbours reads its row, then theirs.
    for (const hub* h : b.deferred) b.cost += step_count(snap_, b.mode, h->node) * spread_;
  }

  // Grows g by one level; stops at the first meeting with o.
  void grow(ball& g, const ball& o) {
    // The neighbours of the hubs deferred last time are the rest of the outermost level: list them now.
    for (const hub* h : g.deferred) {
      for_each_step(snap_, t_, g.mode, h->node, [&](edge_index e, node_index w) {
        if (visit(g, o, h->node, e, w)) g.level.push_back(w);
      });
    }
    s_.next.clear();
    s_.next_deferred.clear();
    for (const node_index u : g.level) {
      if (meeting_ || budget_.capped) return;
      if (const hub* h = as_hub(g, u)) {
        defer(g, o, *h);
        continue;
      }
      prefetch_marks(g.mode, u);
      for_each_step(snap_, t_, g.mode, u, [&](edge_index e, node_index w) {
        if (visit(g, o, u, e, w)) s_.next.push_back(w);
      });
    }
    g.level.swap(s_.next);
    g.deferred.swap(s_.next_deferred);
    estimate(g);
  }

  // Asks for the marks of u's neighbours before visit() reads them, so that their cache misses overlap.
  void prefetch_marks(direction mode, node_index u) const {
    const bool mixed = snap_.has_undirected_edges();
    if (mode != direction::in || mixed) {
      for (const node_index w : snap_.out_targets(u)) __builtin_prefetch(&s_.marks[w]);
    }
    if (mode != direction::out || mixed) {
      for (const node_index w : snap_.in_sources(u)) __builtin_prefetch(&s_.marks[w]);
    }
  }

  // Offers g the node w, reached by edge e from u; true when w is new to g.
  bool visit(const ball& g, const ball& o, node_index u, edge_index e, node_index w) {
    if (meeting_ || budget_.capped) return false;
    mark& m = s_.marks[w];
    if (m.tag == g.tag || excluded(out_, e, w) || !may_enter(snap_, t_, w, from_, to_)) return false;
    if (m.tag == o.tag) {
      meet(g, {u, w}, {e});
      return false;
    }
    if (const node_index via = deferred_neighbor_of(o, w); via != no_node) {
      meet(g, {u, w, via}, {e, no_edge});
      return false;
    }
    m = {g.tag, e};
    spend(budget_);
    return true;
  }

  // u, a hub of g's outermost level, stays unscanned: its neighbours join g's next level as its bit set,
  // after a look at o's outermost level (a deeper node of o next to u would have brought u into o).
  void defer(const ball& g, const ball& o, const hub& u) {
    s_.next_deferred.push_back(&u);
    spend(budget_);
    for (const node_index x : o.level) {
      if (hub_bitmaps::has(u, x)) return meet(g, {u.node, x}, {no_edge});
    }
    for (const hub* h : o.deferred) {
      if (const auto z = g.hubs->common(u, *h)) return meet(g, {u.node, *z, h->node}, {no_edge, no_edge});
    }
  }

  // Keeps the meeting: nodes from one of g to one of o and the edges between them (no_edge: looked up
  // when the path is written), turned to run from the forward ball to the backward one.
  void meet(const ball& g, std::initializer_list<node_index> nodes, std::initializer_list<edge_index> edges) {
    meeting_nodes_.assign(nodes);
    meeting_edges_.assign(edges);
    if (g.tag != forward_tag_) {
      std::reverse(meeting_nodes_.begin(), meeting_nodes_.end());
      std::reverse(meeting_edges_.begin(), meeting_edges_.end());
    }
    meeting_ = true;
  }

  // An edge the walk takes from x to y, read from the shorter of the two rows.
  [[nodiscard]] edge_index edge_between(node_index x, node_index y) const {
    edge_index found = no_edge;
    const direction back = reversed(t_.mode);
    const bool from_x = step_count(snap_, t_.mode, x) <= step_count(snap_, back, y);
    for_each_step(snap_, t_, from_x ? t_.mode : back, from_x ? x : y, [&](edge_index e, node_index w) {
      if (found == no_edge && w == (from_x ? y : x)) found = e;
    });
    return found;
  }

  // Appends the way from v back to the root of its ball, edges and nodes, root-ward.
  void trace(node_index v, path& p) const {
    while (s_.marks[v].via != no_edge) {
      const edge_index e = s_.marks[v].via;
      v = snap_.source(e) == v ? snap_.target(e) : snap_.source(e);
      p.edges.push_back(e);
      p.nodes.push_back(v);
    }
  }

  [[nodiscard]] path write() const {
    path p;
    p.nodes.push_back(meeting_nodes_.front());
    trace(meeting_nodes_.front(), p);
    std::reverse(p.nodes.begin(), p.nodes.end());
    std::reverse(p.edges.begin(), p.edges.end());
    for (std::size_t i = 0; i < meeting_edges_.size(); ++i) {
      const edge_index e = meeting_edges_[i];
      p.edges.push_back(e != no_edge ? e : edge_between(meeting_nodes_[i], meeting_nodes_[i + 1]));
      p.nodes.push_back(meeting_nodes_[i + 1]);
    }
    trace(meeting_nodes_.back(), p);
    p.cost = static_cast<double>(p.edges.size());
    return p;
  }

  static thread_local scratch s_;
  const snapshot& snap_;
  const traversal& t_;
  node_index from_;
  node_index to_;
  const exclusions& out_;
  search_budget& budget_;
  std::shared_ptr<const hub_bitmaps> forward_hubs_;
  std::shared_ptr<const hub_bitmaps> backward_hubs_;
  std::size_t spread_ = 1;  // rows read per node listed: 1 + the mean row length
  std::uint32_t forward_tag_ = 0;
  bool meeting_ = false;
  std::vector<node_index> meeting_nodes_;
  std::vector<edge_index> meeting_edges_;
};

thread_local scratch search::s_;

}  // namespace

std::optional<path> bidirectional_bfs(const snapshot& snap, const traversal& t, node_index from, node_index to,
                                      const exclusions& out, search_budget& budget) {
  return search(snap, t, from, to, out, budget).run();
}

}  // namespace chainex::detail
