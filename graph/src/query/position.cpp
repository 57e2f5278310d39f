// Chain position: footprint, localization depth, supply tiers and ranks (see query/position.hpp).
#include "chainex/query/position.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <stdexcept>
#include <utility>

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

// Targets of v's out-edges of one type (nothing when the snapshot has no such type).
template <class F>
void for_each_out(const snapshot& snap, node_index v, std::optional<type_code> type, F&& f) {
  if (!type) return;
  const edge_range range = snap.out_edges(v);
  const auto targets = snap.out_targets(v);
  for (std::size_t i = 0; i < targets.size(); ++i) {
    if (snap.type(range.first + static_cast<edge_index>(i)) == *type) f(targets[i]);
  }
}

// Subsidiaries reached from the enterprise along `owns`, through subsidiaries that own others.
std::vector<node_index> owned_subsidiaries(const snapshot& snap, node_index enterprise) {
  const auto owns = snap.find_type("owns");
  const auto subsidiary = snap.find_kind("subsidiary");
  std::vector<node_index> found;
  thread_local detail::stamped_set seen;
  seen.reset(snap.node_count());
  seen.set(enterprise, {});
  std::vector<node_index> queue{enterprise};
  for (std::size_t head = 0; head < queue.size(); ++head) {
    for_each_out(snap, queue[head], owns, [&](node_index w) {
      if (seen.has(w) || !subsidiary || snap.kind(w) != *subsidiary) return;
      seen.set(w, {});
      found.push_back(w);
      queue.push_back(w);
    });
  }
  return found;
}

void add_unique(std::vector<node_index>& list, node_index v) {
  if (std::find(list.begin(), list.end(), v) == list.end()) list.push_back(v);
}

std::vector<market_presence> footprint(const snapshot& snap, node_index enterprise) {
  const auto located_in = snap.find_type("located_in");
  const auto performs = snap.find_type("performs");
  std::map<node_index, market_presence> markets;
  for_each_out(snap, enterprise, snap.find_type("headquartered_in"), [&](node_index market) {
    market_presence& here = markets[market];
    here.market = market;
    here.home = true;
    for_each_out(snap, enterprise, performs, [&](node_index role) { add_unique(here.roles, role); });
  });
  for (node_index sub : owned_subsidiaries(snap, enterprise)) {
    for_each_out(snap, sub, located_in, [&](node_index market) {
      market_presence& here = markets[market];
      here.market = market;
      add_unique(here.subsidiaries, sub);
      for_each_out(snap, sub, performs, [&](node_index role) { add_unique(here.roles, role); });
    });
  }
  std::vector<market_presence> result;
  for (auto& [market, here] : markets) {
    std::sort(here.subsidiaries.begin(), here.subsidiaries.end());
    std::sort(here.roles.begin(), here.roles.end());
    for (node_index role : here.roles) {
      std::string_view token = snap.id(role);
      for (std::string_view prefix : role_prefixes) {
        if (token.starts_with(prefix)) token.remove_prefix(prefix.size());
      }
      here.depth = std::max(here.depth, grade_of_role(token));
    }
    result.push_back(std::move(here));
  }
  std::stable_sort(result.begin(), result.end(), [](const auto& a, const auto& b) { return a.depth > b.depth; });
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
