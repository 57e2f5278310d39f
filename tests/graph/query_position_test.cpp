// Chain position on a drawn industrial chain: footprint, localization depth, supply tiers, ranks.
#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>

#include "chainex/query/position.hpp"

namespace chainex {
namespace {

//  acme ─headquartered_in─▶ CN          acme ─performs─▶ role:r_and_d
//  acme ─owns─▶ acme_de ─located_in─▶ DE, acme_de ─performs─▶ role:sales, role:manufacturing
//  acme ─owns─▶ acme_eu ─owns─▶ acme_fr ─located_in─▶ FR, acme_fr ─performs─▶ role:regional_hq, role:sales
//  acme ─owns─▶ acme_br ─located_in─▶ BR, acme_br ─performs─▶ role:unknown_thing
//  ore ─supplies─▶ steel ─supplies─▶ acme ─supplies─▶ shop ;  steel ─supplies─▶ shop
struct chain {
  std::shared_ptr<const snapshot> snap;
  node_index at(std::string_view id) const { return *snap->find(id); }
};

chain make_chain() {
  snapshot_builder b;
  for (auto id : {"acme", "ore", "steel", "shop"}) b.add_node(id, "enterprise", id);
  for (auto id : {"acme_de", "acme_eu", "acme_fr", "acme_br"}) b.add_node(id, "subsidiary", id);
  for (auto id : {"CN", "DE", "FR", "BR"}) b.add_node(id, "market", id);
  for (auto id : {"role:r_and_d", "role:sales", "role:manufacturing", "role:regional_hq", "role:unknown_thing"}) {
    b.add_node(id, "role", id);
  }
  auto edge = [&](const char* s, const char* t, const char* type) {
    b.add_edge(*b.find_node(s), *b.find_node(t), type);
  };
  edge("acme", "CN", "headquartered_in");
  edge("acme", "role:r_and_d", "performs");
  edge("acme", "acme_de", "owns");
  edge("acme_de", "DE", "located_in");
  edge("acme_de", "role:sales", "performs");
  edge("acme_de", "role:manufacturing", "performs");
  edge("acme", "acme_eu", "owns");
  edge("acme_eu", "acme_fr", "owns");
  edge("acme_fr", "FR", "located_in");
  edge("acme_fr", "role:regional_hq", "performs");
  edge("acme_fr", "role:sales", "performs");
  edge("acme", "acme_br", "owns");
  edge("acme_br", "BR", "located_in");
  edge("acme_br", "role:unknown_thing", "performs");
  edge("ore", "steel", "supplies");
  edge("steel", "acme", "supplies");
  edge("acme", "shop", "supplies");
  edge("steel", "shop", "supplies");
  return {std::move(b).build()};
}

TEST(grade_of_role, follows_the_documented_table) {
  EXPECT_EQ(grade_of_role("customer_service"), localization_grade::selling);
  EXPECT_EQ(grade_of_role("holding"), localization_grade::operating);
  EXPECT_EQ(grade_of_role("design"), localization_grade::making);
  EXPECT_EQ(grade_of_role("lobbying"), localization_grade::none);
}

TEST(chain_position_of, footprint_and_depth_per_market) {
  const auto c = make_chain();
  const auto position = chain_position_of(*c.snap, c.at("acme"));
  ASSERT_EQ(position.markets.size(), 4U);
  // Deepest first: CN (r_and_d at home) and DE (manufacturing) are making, FR operating, BR ungraded.
  EXPECT_EQ(position.markets[0].market, c.at("CN"));
  EXPECT_TRUE(position.markets[0].home);
  EXPECT_EQ(position.markets[0].depth, localization_grade::making);
  EXPECT_EQ(position.markets[1].market, c.at("DE"));
  EXPECT_EQ(position.markets[1].subsidiaries, (std::vector<node_index>{c.at("acme_de")}));
  EXPECT_EQ(position.markets[1].roles, (std::vector<node_index>{c.at("role:sales"), c.at("role:manufacturing")}));
  EXPECT_EQ(position.markets[2].market, c.at("FR"));
  EXPECT_EQ(position.markets[2].depth, localization_grade::operating);
  EXPECT_EQ(position.markets[2].subsidiaries, (std::vector<node_index>{c.at("acme_fr")}));
  EXPECT_EQ(position.markets[3].market, c.at("BR"));
  EXPECT_EQ(position.markets[3].depth, localization_grade::none);
  EXPECT_FALSE(position.markets[3].home);
}

TEST(chain_position_of, supply_tiers_by_shortest_chain) {
  const auto c = make_chain();
  const auto position = chain_position_of(*c.snap, c.at("acme"));
  ASSERT_EQ(position.upstream.size(), 2U);
  EXPECT_EQ(position.upstream[0].nodes, (std::vector<node_index>{c.at("steel")}));
  EXPECT_EQ(position.upstream[1].tier, 2U);
  EXPECT_EQ(position.upstream[1].nodes, (std::vector<node_index>{c.at("ore")}));
  ASSERT_EQ(position.downstream.size(), 1U);
  EXPECT_EQ(position.downstream[0].nodes, (std::vector<node_index>{c.at("shop")}));
  const auto steel = chain_position_of(*c.snap, c.at("steel"), {.max_tiers = 1});
  EXPECT_EQ(steel.downstream.at(0).nodes, (std::vector<node_index>{c.at("acme"), c.at("shop")}));
  EXPECT_EQ(steel.upstream.size(), 1U);
  EXPECT_FALSE(steel.truncated);
  const auto capped = chain_position_of(*c.snap, c.at("steel"), {.max_tiers = 3, .max_nodes = 2});
  EXPECT_TRUE(capped.truncated);
}

//  ev ─owns─▶ ev_my ─located_in─▶ MY, ─performs─▶ role:manufacturing
//  ev ─holds_stake (0.1)─▶ jv_us ─located_in─▶ US, ─performs─▶ role:manufacturing   (a minority JV)
//     truck ─owns (0.6)─▶ jv_us,  cells ─holds_stake─▶ jv_us
//     jv_us ─owns─▶ jv_office ─located_in─▶ IT, ─performs─▶ role:regional_hq       (what the JV controls)
//  ev_my ─holds_stake (0.4)─▶ jv_sa ─located_in─▶ SA, ─performs─▶ role:sales        (held through a subsidiary)
//     fund ─holds_stake (0.4)─▶ jv_sa
//  ev ─owns (0.5)─▶ jv_es ─located_in─▶ ES, ─performs─▶ role:assembly ; truck ─owns (0.5)─▶ jv_es  (joint control)
//  ev ─sells_in─▶ CA                                                                   (no local entity)
chain make_joint_ventures() {
  snapshot_builder b;
  for (auto id : {"ev", "truck", "cells", "fund"}) b.add_node(id, "enterprise", id);
  for (auto id : {"ev_my", "jv_us", "jv_office", "jv_sa", "jv_es"}) b.add_node(id, "subsidiary", id);
  for (auto id : {"MY", "US", "IT", "SA", "ES", "CA"}) b.add_node(id, "market", id);
  for (auto id : {"role:manufacturing", "role:regional_hq", "role:sales", "role:assembly"}) b.add_node(id, "role", id);
  const std::size_t share = b.edge_column("share", value_type::floating);
  auto edge = [&](const char* s, const char* t, const char* type, std::string_view stake = {}) {
    const edge_index e = b.add_edge(*b.find_node(s), *b.find_node(t), type);
    if (!stake.empty()) b.set_edge_value(e, share, stake);
  };
  edge("ev", "ev_my", "owns");
  edge("ev_my", "MY", "located_in");
  edge("ev_my", "role:manufacturing", "performs");
  edge("ev", "jv_us", "holds_stake", "0.1");
  edge("truck", "jv_us", "owns", "0.6");
  edge("cells", "jv_us", "holds_stake");
  edge("jv_us", "US", "located_in");
  edge("jv_us", "role:manufacturing", "performs");
  edge("jv_us", "jv_office", "owns");
  edge("jv_office", "IT", "located_in");
  edge("jv_office", "role:regional_hq", "performs");
  edge("ev_my", "jv_sa", "holds_stake", "0.4");
  edge("fund", "jv_sa", "holds_stake", "0.4");
  edge("jv_sa", "SA", "located_in");
  edge("jv_sa", "role:sales", "performs");
  edge("ev", "jv_es", "owns", "0.5");
  edge("truck", "jv_es", "owns", "0.5");
  edge("jv_es", "ES", "located_in");
  edge("jv_es", "role:assembly", "performs");
  edge("ev", "CA", "sells_in");
  return {std::move(b).build()};
}

const market_presence& in_market(const chain& c, const chain_position& position, std::string_view market) {
  const auto found = std::ranges::find(position.markets, c.at(market), &market_presence::market);
  if (found == position.markets.end()) throw std::out_of_range(std::string(market));
  return *found;
}

TEST(chain_position_of, depth_counts_only_what_the_enterprise_controls) {
  const auto c = make_joint_ventures();
  const auto position = chain_position_of(*c.snap, c.at("ev"));
  ASSERT_EQ(position.markets.size(), 6U);
  const market_presence& us = in_market(c, position, "US");
  EXPECT_EQ(us.depth, localization_grade::none);
  EXPECT_TRUE(us.subsidiaries.empty());
  EXPECT_TRUE(us.roles.empty());
  ASSERT_EQ(us.through.size(), 1U);
  EXPECT_EQ(us.through[0], (held_presence{localization_grade::making, c.at("jv_us"), 0.1,
                                          std::vector<node_index>{c.at("truck"), c.at("cells")}}));
  const market_presence& my = in_market(c, position, "MY");
  EXPECT_EQ(my.depth, localization_grade::making);
  EXPECT_TRUE(my.through.empty());
  const market_presence& es = in_market(c, position, "ES");  // a 50% share is control
  EXPECT_EQ(es.depth, localization_grade::making);
  EXPECT_EQ(es.subsidiaries, (std::vector<node_index>{c.at("jv_es")}));
  EXPECT_TRUE(es.through.empty());
}

TEST(chain_position_of, what_a_held_entity_controls_shows_through_it) {
  const auto c = make_joint_ventures();
  const auto position = chain_position_of(*c.snap, c.at("ev"));
  const market_presence& it = in_market(c, position, "IT");
  EXPECT_EQ(it.depth, localization_grade::none);
  ASSERT_EQ(it.through.size(), 1U);
  EXPECT_EQ(it.through[0].grade, localization_grade::operating);
  EXPECT_EQ(it.through[0].via, c.at("jv_us"));
  // A stake held by a controlled subsidiary counts; the subsidiary is not its own partner.
  const market_presence& sa = in_market(c, position, "SA");
  ASSERT_EQ(sa.through.size(), 1U);
  EXPECT_EQ(sa.through[0],
            (held_presence{localization_grade::selling, c.at("jv_sa"), 0.4, std::vector<node_index>{c.at("fund")}}));
}

TEST(chain_position_of, a_market_sold_in_directly_is_selling) {
  const auto c = make_joint_ventures();
  const auto position = chain_position_of(*c.snap, c.at("ev"));
  const market_presence& ca = in_market(c, position, "CA");
  EXPECT_TRUE(ca.sells);
  EXPECT_EQ(ca.depth, localization_grade::selling);
  EXPECT_TRUE(ca.subsidiaries.empty());
  // Controlled depth first (MY and ES making, CA selling), then markets reached only through others by grade.
  std::vector<node_index> order;
  for (const market_presence& m : position.markets) order.push_back(m.market);
  EXPECT_EQ(std::vector<node_index>(order.begin() + 2, order.end()),
            (std::vector<node_index>{c.at("CA"), c.at("US"), c.at("IT"), c.at("SA")}));
}

TEST(chain_position_of, the_partner_in_control_holds_the_depth) {
  const auto c = make_joint_ventures();
  const auto position = chain_position_of(*c.snap, c.at("truck"));
  const market_presence& us = in_market(c, position, "US");
  EXPECT_EQ(us.depth, localization_grade::making);
  EXPECT_EQ(in_market(c, position, "IT").depth, localization_grade::operating);
  EXPECT_EQ(in_market(c, position, "ES").depth, localization_grade::making);
}

TEST(rank_among, counts_only_the_kind_and_shares_ties) {
  const auto c = make_chain();
  std::vector<double> values(c.snap->node_count(), 0.0);
  values[c.at("acme")] = 0.5;
  values[c.at("steel")] = 0.5;
  values[c.at("shop")] = 0.7;
  values[c.at("CN")] = 0.9;  // a market: not among enterprises
  const auto rank = rank_among(*c.snap, values, c.at("acme"), c.snap->find_kind("enterprise"));
  EXPECT_EQ(rank, (node_rank{2, 4, 0.5}));
  EXPECT_EQ(rank_among(*c.snap, values, c.at("acme"), std::nullopt).rank, 3U);
}

}  // namespace
}  // namespace chainex
