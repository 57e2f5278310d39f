// plan.hpp — the shape of a synthetic graph, drawn before a byte of CSV is written.
//
// make_plan decides how many nodes of each kind there are, which enterprise owns each subsidiary, which
// market it sits in and which roles it performs, which enterprise each person leads, and the sorted,
// duplicate-free list of enterprise pairs that trade. Names, weights and the choice between `supplies`
// and `partners_with` are left to the writers, which derive them from the seed as they go.
//
//   plan shape = make_plan({.nodes = 10'000, .edges = 50'000, .seed = 1});
//   shape.owner[i];  // the enterprise that owns subsidiary i
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "chainex/generator/generator.hpp"

namespace chainex::generator {

struct plan {
  std::uint64_t seed = 0;
  std::array<std::uint32_t, node_kind_count> nodes{};  // by node_kind

  // Edges of each structural type go to the first subsidiaries (persons), one each, up to these counts:
  // a graph asked for with few edges leaves the last subsidiaries unowned rather than the count inexact.
  std::uint32_t owns = 0;
  std::uint32_t located_in = 0;
  std::uint32_t leads = 0;

  std::vector<std::uint32_t> owner;      // per subsidiary: its enterprise (also names it)
  std::vector<std::uint8_t> market;      // per subsidiary: its market
  std::vector<std::uint16_t> roles;      // per subsidiary: bit r set when it performs role r
  std::vector<std::uint32_t> leader_of;  // per person: the enterprise they lead
  std::vector<std::uint64_t> trade;      // enterprise pairs (source << 32 | target), sorted, unique

  [[nodiscard]] std::uint32_t count(node_kind kind) const { return nodes[static_cast<std::size_t>(kind)]; }
};

// How many nodes of each kind a graph of `total` nodes has. Throws std::invalid_argument below 6 nodes
// (one market, one role, two enterprises, one subsidiary, one person) or above 2^31.
[[nodiscard]] std::array<std::uint32_t, node_kind_count> nodes_by_kind(std::uint64_t total);

// Throws std::invalid_argument as nodes_by_kind does, or when more than max_edges edges are asked for.
[[nodiscard]] plan make_plan(const options& wanted);

}  // namespace chainex::generator
