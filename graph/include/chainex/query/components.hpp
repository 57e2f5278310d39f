// components.hpp — weakly and strongly connected components.
//
// Weak: nodes joined by edges regardless of direction (networkx weakly_connected_components, or
// connected_components on an undirected graph). Strong: nodes that reach each other along the edges'
// direction (networkx strongly_connected_components; Tarjan, "Depth-first search and linear graph
// algorithms", SIAM J. Computing 1(2), 1972, run without recursion); undirected edges count both ways.
// Edge types and kinds are not filtered: components describe the whole snapshot.
// Output: a component number per node, components numbered in the order of their smallest node index
// (so results are stable), and each component's size. The interrupt is polled at every node (no progress).
// Time: O(|V| + |E|).
//
//   components weak = connected_components(snap, component_mode::weak);  weak.sizes[weak.of[v]]
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "chainex/name_table.hpp"
#include "chainex/query/interrupt.hpp"
#include "chainex/snapshot.hpp"

namespace chainex {

enum class component_mode : std::uint8_t { weak, strong };
inline constexpr std::array component_mode_names{named{component_mode::weak, "weak"},
                                                 named{component_mode::strong, "strong"}};
[[nodiscard]] constexpr std::string_view to_string(component_mode mode) noexcept {
  return name_in(component_mode_names, mode);
}
[[nodiscard]] constexpr std::optional<component_mode> parse_component_mode(std::string_view text) noexcept {
  return value_in(component_mode_names, text);
}

struct components {
  std::vector<std::uint32_t> of;   // per node: its component
  std::vector<std::size_t> sizes;  // per component
  [[nodiscard]] std::size_t count() const noexcept { return sizes.size(); }
  // Component numbers by size, largest first (ties: lower number first).
  [[nodiscard]] std::vector<std::uint32_t> by_size() const;
};

[[nodiscard]] components connected_components(const snapshot& snap, component_mode mode, const interrupt& stop = {});

}  // namespace chainex
