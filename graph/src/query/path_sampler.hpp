// path_sampler.hpp — draws a uniformly random pair of nodes and one of its shortest paths uniformly.
//
// The sampler of sampled betweenness (betweenness.hpp). A balanced bidirectional BFS: from s along
// out-arcs and from t along in-arcs, it expands the side whose frontier has fewer arcs until the two
// sides meet. When arcs (a, b) join s's frontier to t's, each carries σ_s(a)·σ_t(b) shortest paths;
// when paths a → x → b through a node x reached by neither side join them, each carries σ_s(a)·σ_t(b)
// too. One is drawn with that weight, then walked back to both ends, each predecessor p of a node y
// drawn with probability σ(p)/σ(y).
// Hubs (rows longer than √(arcs)) make a BFS level expensive, so before each expansion two probes look
// for a meeting without reading hub rows, when that costs less than the expansion: the frontier probe
// finds arcs between the frontiers (rows of non-hubs, and tests of hubs against the other frontier by
// bit test or binary search), then
// the middle probe finds the paths a → x → b (two steps from non-hub frontier nodes, and common
// neighbours of hub pairs by AND of neighbor_bitmaps or by merging sorted rows). Either finds every
// meeting of that length or none, so paths stay uniform. A predecessor is likewise looked for among the
// previous level's nodes rather than in a hub's row.
// Per-node state is one 32-bit tag (level and side, relative to a base that moves on after each draw)
// and σ, so nothing is cleared between draws. One sampler per thread:
//   path_sampler sampler(g, bits);  for (std::uint32_t v : sampler.draw(random)) ++hits[v];
#pragma once

#include <cstdint>
#include <random>
#include <span>
#include <utility>
#include <vector>

#include "compact_graph.hpp"
#include "neighbor_bitmaps.hpp"

namespace chainex::detail {

class path_sampler {
 public:
  path_sampler(const compact_graph& g, const neighbor_bitmaps& bits);
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
  };
  // A way two frontiers meet: an arc (a, b), or a path a → x → b found from a non-hub a, from a
  // non-hub b, or between two hubs; `weight` counts the shortest paths it carries.
  enum class meeting : std::uint8_t { arc, from_a, from_b, hub_pair };
  struct join {
    meeting kind;
    std::uint32_t first;   // a (arc, from_a, hub_pair) or x (from_b)
    std::uint32_t second;  // b (arc, from_b, hub_pair) or x (from_a)
    double weight;
  };

  [[nodiscard]] std::span<const std::uint32_t> forward_row(int side, std::uint32_t v) const noexcept {
    return side == 0 ? g_->row(v) : g_->in_row(v);
  }
  [[nodiscard]] bool is_hub(int side, std::uint32_t v) const noexcept {
    return forward_row(side, v).size() > hub_degree_;
  }
  [[nodiscard]] std::uint32_t frontier_tag(int side) const noexcept {
    return base_ + 2 * static_cast<std::uint32_t>(balls_[side].level_start.size() - 1) +
           static_cast<std::uint32_t>(side);
  }
  [[nodiscard]] std::uint32_t level(std::uint32_t v) const noexcept { return (tag_[v] - base_) >> 1; }
  [[nodiscard]] bool arc(std::uint32_t from, std::uint32_t to) const noexcept;

  void start(int side, std::uint32_t root);
  void reach(int side, std::uint32_t v);
  void expand(int side);
  enum class probe_way : std::uint8_t { none, light_rows, into_hubs, from_hubs };
  [[nodiscard]] double test_cost_from(std::uint32_t a) const noexcept;
  [[nodiscard]] double test_cost_into(std::uint32_t b) const noexcept;
  [[nodiscard]] probe_way frontier_probe_way(int side) const noexcept;
  void frontier_probe(probe_way way);
  [[nodiscard]] bool middle_probe_pays(int side) const noexcept;
  void middle_probe();
  template <class F>
  void for_each_between(std::uint32_t a, std::uint32_t b, F&& f) const;
  [[nodiscard]] std::uint64_t count_between(std::uint32_t a, std::uint32_t b) const;
  template <class F>
  void for_each_next_in_t_frontier(std::uint32_t x, F&& f) const;
  template <class F>
  void for_each_hub_before(std::uint32_t x, F&& f) const;
  void draw_path(std::mt19937_64& random);
  std::uint32_t predecessor(int side, std::uint32_t v, std::mt19937_64& random) const;
  void walk_back(int side, std::uint32_t v, std::mt19937_64& random);

  const compact_graph* g_;
  const neighbor_bitmaps* bits_;
  std::size_t hub_degree_;
  double mean_degree_;
  std::vector<std::uint32_t> tag_;  // base_ + 2·level + side for nodes reached by this draw
  std::vector<double> paths_;       // σ from the side's root
  std::uint32_t base_ = 1;
  ball balls_[2];
  std::vector<join> joins_;
  std::vector<std::uint32_t> inner_;
};

}  // namespace chainex::detail
