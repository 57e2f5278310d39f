// control.hpp — who controls what, for the chain position (query/position.hpp).
//
// `owns` is control: a share of at least 0.5, or control the source states. It is followed through
// subsidiaries that own others. `holds_stake` is a stake short of control (a minority share, or a joint
// venture whose split the sources do not give): what the held entity does is not the holder's own.
// Both run from an enterprise, person or subsidiary into a subsidiary; `share` (0–1) where known.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "chainex/snapshot.hpp"

namespace chainex::detail {

// Calls f(edge, target) for each of v's out-edges of one type (nothing when the snapshot has no such type).
template <class F>
void for_each_out(const snapshot& snap, node_index v, std::optional<type_code> type, F&& f) {
  if (!type) return;
  const edge_range range = snap.out_edges(v);
  const auto targets = snap.out_targets(v);
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const auto edge = range.first + static_cast<edge_index>(i);
    if (snap.type(edge) == *type) f(edge, targets[i]);
  }
}

// The subsidiaries `holder` controls: reached along `owns`, through the subsidiaries it controls (BFS order).
[[nodiscard]] std::vector<node_index> controlled_subsidiaries(const snapshot& snap, node_index holder);

// A stake short of control: `holder` (the enterprise or one of the subsidiaries it controls) holds part of
// `held`, which it does not control; `share` where the edge gives one.
struct stake {
  node_index holder = 0;
  node_index held = 0;
  std::optional<double> share;
};

// The stakes held by `holders` (an enterprise and the subsidiaries it controls) in subsidiaries outside
// them, one per held entity (the first edge found), in the order of `holders`.
[[nodiscard]] std::vector<stake> stakes_held(const snapshot& snap, std::span<const node_index> holders);

// The other shareholders of `entity`: sources of `owns` and `holds_stake` edges into it that are not among
// `holders`, ascending.
[[nodiscard]] std::vector<node_index> other_shareholders(const snapshot& snap, node_index entity,
                                                         std::span<const node_index> holders);

}  // namespace chainex::detail
