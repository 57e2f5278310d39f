// traversal.hpp — how a query walks the graph: direction mode, node-kind and edge-type filters, work cap.
//
// Every path and neighbourhood query takes a `traversal`. The direction picks which edges lead away from
// a node: `out` follows edges source → target, `in` follows them backwards, `both` treats the graph as
// undirected (an edge is walked either way; u→v and v→u then join the same two nodes). An edge stored as
// undirected (snapshot::directed(e) == false) is walked both ways in every mode. Filters keep the walk
// on nodes of the listed kinds and edges of the listed types (empty = no filter); the start and end of a
// query are always allowed, the filter applies to the nodes in between and to every edge. The work cap
// bounds the nodes a query may visit; a query that reaches it stops and says so in its result. A walk as
// of a day (`as_of`, chainex/dates.hpp) takes only the edges present that day, to nodes present that day
// (its ends included: a node not there yet is not reached).
//
//   traversal t = make_traversal(snap, direction::both, {"enterprise", "subsidiary"}, {"owns"});
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chainex/dates.hpp"
#include "chainex/name_table.hpp"
#include "chainex/snapshot.hpp"

namespace chainex {

enum class direction : std::uint8_t { out, in, both };
inline constexpr std::array direction_names{named{direction::out, "out"}, named{direction::in, "in"},
                                            named{direction::both, "both"}};
[[nodiscard]] constexpr std::string_view to_string(direction mode) noexcept { return name_in(direction_names, mode); }
[[nodiscard]] constexpr std::optional<direction> parse_direction(std::string_view text) noexcept {
  return value_in(direction_names, text);
}

// The reverse of a mode (out ↔ in, both stays): the way a backward search walks.
[[nodiscard]] constexpr direction reversed(direction mode) noexcept {
  return mode == direction::out ? direction::in : mode == direction::in ? direction::out : direction::both;
}

struct traversal {
  direction mode = direction::out;
  // Indexed by kind_code / type_code; empty means every kind / type is allowed.
  std::vector<bool> allowed_kinds;
  std::vector<bool> allowed_types;
  std::size_t max_visited = 1'000'000;
  // The day of the walk, with the snapshot's lifespans; nothing: every edge and node, whatever its dates.
  std::optional<day_number> as_of;
  lifespans node_spans;
  lifespans edge_spans;

  [[nodiscard]] bool kind_allowed(kind_code kind) const noexcept {
    return allowed_kinds.empty() || (kind < allowed_kinds.size() && allowed_kinds[kind]);
  }
  [[nodiscard]] bool type_allowed(type_code type) const noexcept {
    return allowed_types.empty() || (type < allowed_types.size() && allowed_types[type]);
  }
  // Whether edge e, leading to `node`, is there on the walk's day (as_of set).
  [[nodiscard]] bool present(edge_index e, node_index node) const noexcept {
    return edge_spans.present(e, *as_of) && node_spans.present(node, *as_of);
  }
  [[nodiscard]] bool dated() const noexcept { return as_of.has_value(); }
};

// Resolves kind and type names against the snapshot. A name the snapshot does not know matches nothing
// (a filter on only unknown names lets no node or edge through); it is not an error.
[[nodiscard]] traversal make_traversal(const snapshot& snap, direction mode, const std::vector<std::string>& kinds = {},
                                       const std::vector<std::string>& types = {}, std::size_t max_visited = 1'000'000,
                                       std::optional<day_number> as_of = std::nullopt);

}  // namespace chainex
