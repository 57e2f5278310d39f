// Chain position: footprint, localization depth, supply tiers and ranks (see query/position.hpp).
#include "chainex/query/position.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <stdexcept>
#include <utility>

#include "control.hpp"
#include "stamped_array.hpp"

namespace chainex {
namespace {

constexpr std::array<std::pair<std::string_view, localization_grade>, 13> role_grades{{
    {"sales", localization_grade::selling},
    {"retail", localization_grade::selling},
    {"customer_service", localization_grade::selling},
    {"supply_chain", localization_grade::operating},
    {"product_management", localization_grade::operating},
    {"regional_hq", localization_grade::operating},
    {"operations", localization_grade::operating},
    {"content_studio", localization_grade::operating},
    {"holding", localization_grade::operating},
    {"manufacturing", localization_grade::making},
    {"assembly", localization_grade::making},
    {"r_and_d", localization_grade::making},
    {"design", localization_grade::making},
}};

constexpr std::string_view role_prefixes[] = {"role:", "role-"};

void add_unique(std::vector<node_index>& list, node_index v) {
  if (std::find(list.begin(), list.end(), v) == list.end()) list.push_back(v);
}

localization_grade grade_of_role_node(const snapshot& snap, node_index role) {
  std::string_view token = snap.id(role);
  for (std::string_view prefix : role_prefixes) {
    if (token.starts_with(prefix)) token.remove_prefix(prefix.size());
  }
  return grade_of_role(token);
}

// Calls f(market, roles) for each market `entity` is located in, with the roles it performs.
template <class F>
void for_each_placement(const snapshot& snap, node_index entity, F&& f) {
  std::vector<node_index> roles;
  detail::for_each_out(snap, entity, snap.find_type("performs"),
                       [&](edge_index, node_index role) { roles.push_back(role); });
  detail::for_each_out(snap, entity, snap.find_type("located_in"),
                       [&](edge_index, node_index market) { f(market, roles); });
}

// The through entries of one held entity: the grade of the roles it and what it controls perform, per market.
void add_held(const snapshot& snap, const detail::stake& held, std::span<const node_index> holders,
              std::map<node_index, market_presence>& markets) {
  std::vector<node_index> reach = detail::controlled_subsidiaries(snap, held.held);
  reach.insert(reach.begin(), held.held);
  const std::vector<node_index> partners = detail::other_shareholders(snap, held.held, holders);
  for (const node_index entity : reach) {
    if (std::ranges::find(holders, entity) != holders.end()) continue;
    for_each_placement(snap, entity, [&](node_index market, const std::vector<node_index>& roles) {
      market_presence& here = markets[market];
      here.market = market;
      auto entry = std::ranges::find(here.through, held.held, &held_presence::via);
      if (entry == here.through.end()) {
        here.through.push_back({localization_grade::none, held.held, held.share, partners});
        entry = std::prev(here.through.end());
      }
      for (const node_index role : roles) entry->grade = std::max(entry->grade, grade_of_role_node(snap, role));
    });
  }
}

std::vector<market_presence> footprint(const snapshot& snap, node_index enterprise) {
  const auto performs = snap.find_type("performs");
  std::map<node_index, market_presence> markets;
  const auto here_at = [&](node_index market) -> market_presence& {
    market_presence& here = markets[market];
    here.market = market;
    return here;
  };
  detail::for_each_out(snap, enterprise, snap.find_type("headquartered_in"), [&](edge_index, node_index market) {
    market_presence& here = here_at(market);
    here.home = true;
    detail::for_each_out(snap, enterprise, performs,
                         [&](edge_index, node_index role) { add_unique(here.roles, role); });
  });
  detail::for_each_out(snap, enterprise, snap.find_type("sells_in"),
                       [&](edge_index, node_index market) { here_at(market).sells = true; });
  std::vector<node_index> holders = detail::controlled_subsidiaries(snap, enterprise);
  for (const node_index sub : holders) {
    for_each_placement(snap, sub, [&](node_index market, const std::vector<node_index>& roles) {
      market_presence& here = here_at(market);
      add_unique(here.subsidiaries, sub);
      for (const node_index role : roles) add_unique(here.roles, role);
    });
  }
  holders.push_back(enterprise);
  for (const detail::stake& held : detail::stakes_held(snap, holders)) add_held(snap, held, holders, markets);
  std::vector<market_presence> result;
  for (auto& [market, here] : markets) {
    std::sort(here.subsidiaries.begin(), here.subsidiaries.end());
    std::sort(here.roles.begin(), here.roles.end());
    if (here.sells) here.depth = localization_grade::selling;
    for (node_index role : here.roles) here.depth = std::max(here.depth, grade_of_role_node(snap, role));
    std::ranges::sort(here.through, [](const held_presence& a, const held_presence& b) {
      return a.grade != b.grade ? a.grade > b.grade : a.via < b.via;
    });
    result.push_back(std::move(here));
  }
  const auto best_through = [](const market_presence& m) {
    return m.through.empty() ? localization_grade::none : m.through.front().grade;
  };
  std::stable_sort(result.begin(), result.end(), [&](const auto& a, const auto& b) {
    return a.depth != b.depth ? a.depth > b.depth : best_through(a) > best_through(b);
  });
  return result;
}

// Tiers along `supplies`: upstream walks edges backwards (to suppliers), downstream forwards.
std::vector<supply_tier> supply_tiers(const snapshot& snap, node_index enterprise, bool upstream,
                                      const position_options& options, std::size_t& budget, bool& truncated) {
  std::vector<supply_tier> tiers;
  const auto supplies = snap.find_type("supplies");
  if (!supplies) return tiers;
  thread_local detail::stamped_set seen;
  seen.reset(snap.node_count());
  seen.set(enterprise, {});
  std::vector<node_index> frontier{enterprise};
  for (std::uint32_t tier = 1; tier <= options.max_tiers && !frontier.empty() && !truncated; ++tier) {
    supply_tier next{tier, {}};
    auto visit = [&](edge_index e, node_index w) {
      if (snap.type(e) != *supplies || seen.has(w)) return;
      if (budget == 0) {
        truncated = true;
        return;
      }
      --budget;
      seen.set(w, {});
      next.nodes.push_back(w);
    };
    for (node_index v : frontier) {
      if (upstream) {
        const auto edges = snap.in_edges(v);
        const auto sources = snap.in_sources(v);
        for (std::size_t i = 0; i < sources.size(); ++i) visit(edges[i], sources[i]);
      } else {
        const edge_range range = snap.out_edges(v);
        const auto targets = snap.out_targets(v);
        for (std::size_t i = 0; i < targets.size(); ++i) visit(range.first + static_cast<edge_index>(i), targets[i]);
      }
    }
    if (next.nodes.empty()) break;
    frontier = next.nodes;
    std::sort(next.nodes.begin(), next.nodes.end());
    tiers.push_back(std::move(next));
  }
  return tiers;
}

}  // namespace

localization_grade grade_of_role(std::string_view token) noexcept {
  for (const auto& [name, grade] : role_grades) {
    if (name == token) return grade;
  }
  return localization_grade::none;
}

chain_position chain_position_of(const snapshot& snap, node_index enterprise, const position_options& options) {
  if (enterprise >= snap.node_count()) throw std::out_of_range("chain_position_of: node index out of range");
  chain_position result;
  result.markets = footprint(snap, enterprise);
  std::size_t budget = options.max_nodes;
  result.upstream = supply_tiers(snap, enterprise, true, options, budget, result.truncated);
  result.downstream = supply_tiers(snap, enterprise, false, options, budget, result.truncated);
  return result;
}

node_rank rank_among(const snapshot& snap, std::span<const double> values, node_index node,
                     std::optional<kind_code> kind) {
  if (node >= values.size()) throw std::out_of_range("rank_among: node index out of range");
  node_rank result{1, 0, values[node]};
  for (node_index v = 0; v < values.size(); ++v) {
    if (kind && snap.kind(v) != *kind) continue;
    ++result.of;
    if (values[v] > values[node]) ++result.rank;
  }
  return result;
}

}  // namespace chainex
