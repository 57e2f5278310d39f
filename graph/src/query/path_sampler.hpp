// path_sampler.hpp — draws a uniformly random pair of nodes and one of its shortest paths uniformly.
//
// The sampler of sampled betweenness (betweenness.hpp). A balanced bidirectional BFS: from s along
// out-arcs and from t along in-arcs, it always expands the side whose frontier has fewer arcs, and stops
// at the first pair of frontiers joined by arcs (a, b) from s's side to t's. Each such arc carries
// σ_s(a)·σ_t(b) shortest paths; one is drawn with that weight, then the path is walked back to both
// ends, each predecessor p of a node x drawn with probability σ(p)/σ(x).
// Hubs: before an expansion, a probe looks for the joining arcs without reading hub rows (a node is a
// hub when its row is longer than `hub_degree`): it scans the rows of the non-hub frontier nodes of both
// sides and tests hub-hub pairs by binary search in the sorted rows; it runs when that costs less than
// the expansion. A predecessor is likewise looked for in the node's row, or, for a hub, among the nodes
// of the previous level by binary search in their rows. On graphs where most paths pass a few hubs this
// spares reading the hubs' rows at all in most draws.
// Per-node state is one 32-bit tag (level and side, relative to a base that moves on after each draw)
// and σ, so nothing is cleared between draws. One sampler per thread:
//   path_sampler sampler(g);  for (std::uint32_t v : sampler.draw(random)) ++hits[v];
#pragma once

#include <cstdint>
#include <random>
#include <span>
#include <utility>
#include <vector>

#include "compact_graph.hpp"

namespace chainex::detail {

class path_sampler {
 public:
  explicit path_sampler(const compact_graph& g);
  // The inner nodes (neither end) of the drawn path; empty when t is not reachable from s or the path
  // is one arc. Valid until the next draw.
  std::span<const std::uint32_t> draw(std::mt19937_64& random);

 private:
  struct ball {
    std::uint32_t root = 0;
    std::vector<std::uint32_t> nodes;        // in BFS order
    std::vector<std::uint32_t> level_start;  // index in nodes of each level's first node
    std::uint64_t frontier_arcs = 0;         // arcs the next expansion scans
    std::uint64_t light_arcs = 0;            // those of them in rows of non-hubs
    std::vector<std::uint32_t> hubs;         // hubs of the frontier
    [[nodiscard]] std::span<const std::uint32_t> frontier() const noexcept {
      return {nodes.data() + level_start.back(), nodes.size() - level_start.back()};
    }
    [[nodiscard]] std::uint32_t frontier_tag(std::uint32_t base, int side) const noexcept {
      return base + 2 * static_cast<std::uint32_t>(level_start.size() - 1) + static_cast<std::uint32_t>(side);
    }
  };

  void start(int side, std::uint32_t root);
  void reach(ball& b, int side, std::uint32_t v);
  void expand(int side);
  [[nodiscard]] bool probe_pays(int side) const noexcept;
  void probe();
  [[nodiscard]] bool is_hub(int side, std::uint32_t v) const noexcept;
  [[nodiscard]] std::span<const std::uint32_t> forward_row(int side, std::uint32_t v) const noexcept {
    return side == 0 ? g_->row(v) : g_->in_row(v);
  }
  [[nodiscard]] std::uint32_t level(std::uint32_t v) const noexcept { return (tag_[v] - base_) >> 1; }
  std::uint32_t predecessor(int side, std::uint32_t v, std::mt19937_64& random) const;
  void walk_back(int side, std::uint32_t v, std::mt19937_64& random);

  const compact_graph* g_;
  std::vector<std::uint32_t> tag_;  // base_ + 2·level + side for nodes reached by this draw
  std::vector<double> paths_;       // σ from the side's root
  std::uint32_t base_ = 1;
  ball balls_[2];
  std::vector<std::pair<std::uint32_t, std::uint32_t>> meets_;  // arcs from s's ball into t's
  std::vector<std::uint32_t> inner_;
};

}  // namespace chainex::detail
