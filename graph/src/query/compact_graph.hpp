// compact_graph.hpp — the compact copy of a simple_graph that betweenness searches walk many times.
//
// Built once per call: 32-bit offsets and neighbours, rows sorted, nodes renumbered in BFS order (the
// neighbours of a node sit close together, so the per-node state a search touches shares cache lines).
// Options: `fold_leaves` (undirected graphs only) drops every leaf — a node whose one neighbour is
// another node of degree > 1 — and counts it in leaves() of that neighbour: exact betweenness handles
// leaves in closed form (betweenness.cpp). `in_rows` keeps the reversed rows of a directed graph for
// searches that walk backwards (in_row() is row() on an undirected graph). Building polls `stop` per node.
//   compact_graph c(g, {.fold_leaves = true});  for (auto w : c.row(v)) ...;  result[c.original(v)] = x;
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "simple_graph.hpp"

namespace chainex::detail {

class compact_graph {
 public:
  struct options {
    bool fold_leaves = false;
    bool in_rows = false;
  };
  // Throws std::length_error beyond 2^32 − 1 arcs.
  compact_graph(const simple_graph& g, options o, const interrupt& stop = {});
  [[nodiscard]] std::uint32_t node_count() const noexcept { return static_cast<std::uint32_t>(original_.size()); }
  [[nodiscard]] bool directed() const noexcept { return directed_; }
  [[nodiscard]] std::size_t arc_count() const noexcept { return out_.neighbors.size(); }
  [[nodiscard]] std::span<const std::uint32_t> row(std::uint32_t v) const noexcept { return out_.of(v); }
  [[nodiscard]] std::span<const std::uint32_t> in_row(std::uint32_t v) const noexcept {
    return directed_ ? in_.of(v) : out_.of(v);
  }
  // Leaves folded into v (0 without fold_leaves).
  [[nodiscard]] std::uint32_t leaves(std::uint32_t v) const noexcept { return leaves_[v]; }
  [[nodiscard]] node_index original(std::uint32_t v) const noexcept { return original_[v]; }

 private:
  struct row_set {
    std::vector<std::uint32_t> offsets;
    std::vector<std::uint32_t> neighbors;
    [[nodiscard]] std::span<const std::uint32_t> of(std::uint32_t v) const noexcept {
      return {neighbors.data() + offsets[v], offsets[v + 1] - offsets[v]};
    }
  };
  bool directed_;
  row_set out_;
  row_set in_;
  std::vector<std::uint32_t> leaves_;
  std::vector<node_index> original_;
};

}  // namespace chainex::detail
