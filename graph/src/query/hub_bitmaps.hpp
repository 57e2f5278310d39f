// hub_bitmaps.hpp — bit sets of the neighbourhoods of a snapshot's largest hubs, for path searches.
//
// The bidirectional search (bidirectional_bfs.cpp) does not scan a hub's row when the hub enters a
// ball: the hub's neighbours join the ball as its bit set, "is y a neighbour of h" is one bit test and a
// common neighbour of two hubs is found by AND over n/64 words. A hub is a node whose row (in the walk's
// mode) holds at least max(n/256, 8) nodes; the largest first, at most 128, while all bit sets together
// take no more than 8 bytes an edge. Built once per snapshot and mode, on first use, and shared read-only
// by all searches (the latest few kept):
//   auto hubs = hub_bitmaps::of(snap, direction::both);  if (const auto* bits = hubs->find(h)) has(bits, y)
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "chainex/query/traversal.hpp"
#include "chainex/snapshot.hpp"

namespace chainex::detail {

class hub_bitmaps {
 public:
  hub_bitmaps(const snapshot& snap, direction mode);
  // The bit sets of `snap` for walks in `mode`, built by the first call and then shared.
  [[nodiscard]] static std::shared_ptr<const hub_bitmaps> of(const snapshot& snap, direction mode);

  // No hub has fewer steps than this (step_count in walk.hpp): a cheaper test before find().
  [[nodiscard]] std::size_t threshold() const noexcept { return threshold_; }
  // The bit set of v's neighbours in the mode, or nullptr when v is not a hub.
  [[nodiscard]] const std::uint64_t* find(node_index v) const noexcept;
  [[nodiscard]] static bool has(const std::uint64_t* bits, node_index v) noexcept {
    return ((bits[v >> 6U] >> (v & 63U)) & 1U) != 0;
  }
  // The smallest node in both bit sets, if any.
  [[nodiscard]] std::optional<node_index> common(const std::uint64_t* a, const std::uint64_t* b) const noexcept;

 private:
  std::size_t words_;
  std::size_t threshold_;
  std::vector<std::pair<node_index, std::size_t>> hubs_;  // (node, first word), by node
  std::vector<std::uint64_t> bits_;
};

}  // namespace chainex::detail
