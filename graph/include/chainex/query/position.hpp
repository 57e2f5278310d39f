// position.hpp — where an enterprise stands in the industrial chain, the view journalists ask for.
//
// chain_position_of(snap, enterprise) gathers:
//  (a) footprint: the markets where the subsidiaries it controls stand (enterprise -owns-> subsidiary,
//      followed through subsidiaries owning subsidiaries, -located_in-> market; `owns` is control:
//      a share of at least 0.5 or control the source states), the markets it sells in with no local entity (enterprise
//      -sells_in-> market) and its home market(s) (enterprise -headquartered_in-> market);
//  (b) localization depth per market: the supply-chain roles it holds there by its own hand (controlled
//      subsidiary -performs-> role; roles the enterprise performs itself count in its home markets; a
//      sells_in market is at least selling), graded
//        1 selling    sales, retail, customer_service
//        2 operating  supply_chain, product_management, regional_hq, operations, content_studio, holding
//        3 making     manufacturing, assembly, r_and_d, design
//      where a role node's token is its id after "role:" or "role-" (the whole id without such a prefix); a market's
//      depth is the highest grade present there (0 when only ungraded roles or none are);
//      and, apart from the depth, what it takes part in without controlling: per market, one `through` entry
//      per entity it (or a subsidiary it controls) holds a stake in short of control (-holds_stake->), with
//      the grade of the roles that entity and what it controls perform there and the entity's other
//      shareholders (a joint venture's partners);
//  (c) upstream suppliers and downstream customers by tier along `supplies` edges (the supplier is the
//      edge's source): tier 1 are direct suppliers / customers, tier k those k steps away by the shortest
//      chain, up to max_tiers tiers and max_nodes nodes in all (`truncated` when cut);
//  (d) ranks: rank_among() places one node among the nodes of a kind for a centrality vector, so callers
//      rank an enterprise by each metric they have (see analysis_cache.hpp).
// Time: O(edges of the enterprise's subsidiaries and the entities it holds stakes in + the supply tiers visited).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "chainex/name_table.hpp"
#include "chainex/snapshot.hpp"

namespace chainex {

enum class localization_grade : std::uint8_t { none = 0, selling = 1, operating = 2, making = 3 };
inline constexpr std::array localization_grade_names{
    named{localization_grade::none, "none"}, named{localization_grade::selling, "selling"},
    named{localization_grade::operating, "operating"}, named{localization_grade::making, "making"}};
[[nodiscard]] constexpr std::string_view to_string(localization_grade grade) noexcept {
  return name_in(localization_grade_names, grade);
}
// The grade of a role token ("sales", "r_and_d", …); none for tokens outside the table above.
[[nodiscard]] localization_grade grade_of_role(std::string_view token) noexcept;

// Operations in a market through an entity the enterprise holds a stake in but does not control.
struct held_presence {
  localization_grade grade = localization_grade::none;  // of the roles performed there through `via`
  node_index via = 0;                                   // the entity held (a joint venture, a partly held company)
  std::optional<double> share;                          // the stake, where the edge gives it
  std::vector<node_index> partners;                     // via's other shareholders, ascending
  friend bool operator==(const held_presence&, const held_presence&) = default;
};

struct market_presence {
  node_index market = 0;
  bool home = false;                                    // a headquartered_in market
  bool sells = false;                                   // a sells_in market: sells there with no local entity named
  std::vector<node_index> subsidiaries;                 // controlled ones, ascending
  std::vector<node_index> roles;                        // performed by the enterprise's own hand, ascending
  localization_grade depth = localization_grade::none;  // of those roles: what it controls
  std::vector<held_presence> through;                   // highest grade first, then by entity index
};

struct supply_tier {
  std::uint32_t tier = 1;
  std::vector<node_index> nodes;  // ascending
};

struct chain_position {
  std::vector<market_presence> markets;  // deepest first, then by the best grade through others, then by index
  std::vector<supply_tier> upstream;     // suppliers, tier 1 first
  std::vector<supply_tier> downstream;   // customers, tier 1 first
  bool truncated = false;
};

struct position_options {
  std::uint32_t max_tiers = 3;
  std::size_t max_nodes = 10'000;
};

[[nodiscard]] chain_position chain_position_of(const snapshot& snap, node_index enterprise,
                                               const position_options& options = {});

struct node_rank {
  std::size_t rank = 0;  // 1 + the number of nodes of the kind with a strictly higher value
  std::size_t of = 0;    // nodes of the kind
  double value = 0;
  friend bool operator==(const node_rank&, const node_rank&) = default;
};

[[nodiscard]] node_rank rank_among(const snapshot& snap, std::span<const double> values, node_index node,
                                   std::optional<kind_code> kind);

}  // namespace chainex
