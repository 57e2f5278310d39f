// walk.hpp — the steps a traversal may take from one node of a snapshot (see query/traversal.hpp).
//
// for_each_step(snap, t, mode, v, f) calls f(edge, other) for every edge of an allowed type that leads
// away from v in `mode` (and, for a walk as of a day, is present then, as is `other`); undirected edges
// lead away both ways. An f that returns bool stops the steps by returning false. Whether `other` may be entered (its
// kind) is the caller's decision, since the ends of a query are exempt from the kind filter.
#pragma once

#include <type_traits>

#include "chainex/query/traversal.hpp"
#include "chainex/snapshot.hpp"

namespace chainex::detail {

template <class F>
void for_each_step(const snapshot& snap, const traversal& t, direction mode, node_index v, F&& f) {
  // Whether to go on after the step to w by e.
  const auto step = [&f](edge_index e, node_index w) {
    if constexpr (std::is_same_v<std::invoke_result_t<F&, edge_index, node_index>, bool>) {
      return f(e, w);
    } else {
      f(e, w);
      return true;
    }
  };
  const bool forward = mode != direction::in;
  const bool backward = mode != direction::out;
  const bool mixed = snap.has_undirected_edges();
  const bool typed = !t.allowed_types.empty();
  const bool dated = t.dated();
  if (forward || mixed) {
    const edge_range range = snap.out_edges(v);
    const auto targets = snap.out_targets(v);
    for (std::size_t i = 0; i < targets.size(); ++i) {
      const edge_index e = range.first + static_cast<edge_index>(i);
      if (!forward && snap.directed(e)) continue;
      if (typed && !t.type_allowed(snap.type(e))) continue;
      if (dated && !t.present(e, targets[i])) continue;
      if (!step(e, targets[i])) return;
    }
  }
  if (backward || mixed) {
    const auto edges = snap.in_edges(v);
    const auto sources = snap.in_sources(v);
    for (std::size_t i = 0; i < sources.size(); ++i) {
      const edge_index e = edges[i];
      if (!backward && snap.directed(e)) continue;
      if (typed && !t.type_allowed(snap.type(e))) continue;
      if (dated && !t.present(e, sources[i])) continue;
      if (!step(e, sources[i])) return;
    }
  }
}

// How many steps for_each_step offers from v in `mode` before the type filter: the length of the rows it reads.
inline std::size_t step_count(const snapshot& snap, direction mode, node_index v) {
  const bool mixed = snap.has_undirected_edges();
  return (mode != direction::in || mixed ? snap.out_degree(v) : 0) +
         (mode != direction::out || mixed ? snap.in_degree(v) : 0);
}

// Whether a walk may enter `node`; `start` and `end` (the query's ends) always may.
inline bool may_enter(const snapshot& snap, const traversal& t, node_index node, node_index start, node_index end) {
  return t.allowed_kinds.empty() || node == start || node == end || t.kind_allowed(snap.kind(node));
}

}  // namespace chainex::detail
