// Chain position on a drawn industrial chain: footprint, localization depth, supply tiers, ranks.
#include <gtest/gtest.h>

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
