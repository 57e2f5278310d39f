// hub_bitmaps.hpp — bit sets of the neighbourhoods of a snapshot's largest hubs, for path searches.
//
// The bidirectional search (bidirectional_bfs.cpp) does not scan a hub's row when the hub enters a
// ball: the hub's neighbours join the ball as its bit set, "is y a neighbour of h" is one bit test and a
// common neighbour of two hubs is found by AND over n/64 words, once per pair. A hub is a node whose row (in the walk's
// mode) holds at least max(n/256, 8) nodes; the largest first, at most 128, while all bit sets together
// take no more than 8 bytes an edge. Built once per snapshot and mode, on first use, and shared read-only
// by all searches (the latest few kept). A walk as of a day has bit sets of its own, of the edges and
// neighbours present that day:
//   auto hubs = hub_bitmaps::of(snap, direction::both);  if (const auto* h = hubs->find(v)) has(*h, y)
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "chainex/query/traversal.hpp"
#include "chainex/snapshot.hpp"

namespace chainex::detail {

class hub_bitmaps {
 public:
  struct hub {
    node_index node;
    std::uint32_t rank;         // its place among the hubs
    const std::uint64_t* bits;  // its neighbours
  };

  hub_bitmaps(const snapshot& snap, direction mode, std::optional<day_number> as_of = std::nullopt);
  // The bit sets of `snap` for walks in `mode` (as of a day), built by the first call and then shared.
  [[nodiscard]] static std::shared_ptr<const hub_bitmaps> of(const snapshot& snap, direction mode,
                                                             std::optional<day_number> as_of = std::nullopt);

  // No hub has fewer steps than this (step_count in walk.hpp): a cheaper test before find().
  [[nodiscard]] std::size_t threshold() const noexcept { return threshold_; }
  // v as a hub, or nullptr when it is none.
  [[nodiscard]] const hub* find(node_index v) const noexcept;
  [[nodiscard]] static bool has(const hub& h, node_index v) noexcept {
    return ((h.bits[v >> 6U] >> (v & 63U)) & 1U) != 0;
  }
  // The smallest common neighbour of `mine` and `theirs`, a hub of of(snap, reversed(mode)) (the same
  // bit sets when mode is both), if any. Each pair is computed once and remembered.
  [[nodiscard]] std::optional<node_index> common(const hub& mine, const hub& theirs) const noexcept;

 private:
  static constexpr std::size_t most_hubs = 128;
  static constexpr std::uint32_t unknown = 0;
  static constexpr std::uint32_t none = 1;  // other values: 2 + the common neighbour

  std::size_t words_;
  std::size_t threshold_;
  std::vector<hub> hubs_;  // by node
  std::vector<std::uint64_t> bits_;
  mutable std::unique_ptr<std::atomic<std::uint32_t>[]> pairs_;  // [mine.rank * most_hubs + theirs.rank]
};

}  // namespace chainex::detail
