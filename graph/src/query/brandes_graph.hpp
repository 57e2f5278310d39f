// brandes_graph.hpp — the compact graph exact betweenness walks once per source.
//
// Built once per call from a simple_graph: 32-bit offsets and neighbours, nodes renumbered in BFS order
// (neighbours of a node sit close together, so the per-node state a search touches shares cache lines),
// and, on an undirected graph, every leaf (a node whose one neighbour is another node of degree > 1)
// folded into that neighbour: the leaf is dropped from the rows and counted in `leaves` of its
// neighbour. A leaf is never inside a shortest path, and its searches equal its neighbour's (see
// betweenness.cpp), so dropping it saves a source and a node per search without changing any value.
//   brandes_graph b(g);  for (auto w : b.row(v)) ...;  result[b.original(v)] = score[v];
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "simple_graph.hpp"

namespace chainex::detail {

class brandes_graph {
 public:
  // Throws std::length_error beyond 2^32 − 1 arcs.
  explicit brandes_graph(const simple_graph& g);
  [[nodiscard]] std::uint32_t node_count() const noexcept { return static_cast<std::uint32_t>(original_.size()); }
  [[nodiscard]] std::span<const std::uint32_t> row(std::uint32_t v) const noexcept {
    return {neighbors_.data() + offsets_[v], offsets_[v + 1] - offsets_[v]};
  }
  // Leaves folded into v (0 on a directed graph).
  [[nodiscard]] std::uint32_t leaves(std::uint32_t v) const noexcept { return leaves_[v]; }
  [[nodiscard]] node_index original(std::uint32_t v) const noexcept { return original_[v]; }

 private:
  std::vector<std::uint32_t> offsets_;
  std::vector<std::uint32_t> neighbors_;
  std::vector<std::uint32_t> leaves_;
  std::vector<node_index> original_;
};

}  // namespace chainex::detail
