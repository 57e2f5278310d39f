// The chain position's answer keeps control apart (issue 13, part 5): a market reached only through a
// minority joint venture has depth 0 and a `through` entry naming the venture, the stake and the partners;
// a market sold in with no local entity is `sells` at depth 1. The graph is drawn here:
//
//   cells ─holds_stake (0.1)─▶ jv ─located_in─▶ US, jv ─performs─▶ role:manufacturing
//   truck ─owns (0.6)──────────▶ jv
//   cells ─sells_in─▶ CA
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "chainex/core/answers.hpp"
#include "chainex/core/encode.hpp"
#include "chainex/core/registry.hpp"

namespace chainex::core {
namespace {

using nlohmann::json;

std::shared_ptr<const snapshot> make_graph() {
  snapshot_builder b;
  const node_index cells = *b.add_node("cells", "enterprise", "Cells");
  const node_index truck = *b.add_node("truck", "enterprise", "Truck");
  const node_index jv = *b.add_node("jv", "subsidiary", "Battery JV");
  const node_index us = *b.add_node("US", "market", "United States");
  const node_index ca = *b.add_node("CA", "market", "Canada");
  const node_index making = *b.add_node("role:manufacturing", "role", "Manufacturing");
  const std::size_t share = b.edge_column("share", value_type::floating);
  b.set_edge_value(b.add_edge(cells, jv, "holds_stake"), share, "0.1");
  b.set_edge_value(b.add_edge(truck, jv, "owns"), share, "0.6");
  b.add_edge(jv, us, "located_in");
  b.add_edge(jv, making, "performs");
  b.add_edge(cells, ca, "sells_in");
  return std::move(b).build();
}

json position_of(const snapshot& graph, std::string_view id) {
  analysis_cache cache;
  const query_context context{.graph = graph, .analyses = cache};
  const param_reader params(query_named("position"), {{"id", std::string(id)}, {"metrics", "degree"}}, front_door::api);
  return json::parse(answer("position", context, params).body);
}

const json& market(const json& answer, std::string_view id) {
  for (const json& m : answer["markets"])
    if (m["market"]["id"] == id) return m;
  throw std::out_of_range(std::string(id));
}

TEST(position_control, a_minority_venture_shows_through_it_not_as_depth) {
  const auto graph = make_graph();
  const json answer = position_of(*graph, "cells");
  const json& us = market(answer, "US");
  EXPECT_EQ(us["depth"], 0);
  EXPECT_EQ(us["grade"], "none");
  EXPECT_TRUE(us["subsidiaries"].empty());
  ASSERT_EQ(us["through"].size(), 1u);
  EXPECT_EQ(us["through"][0], json::parse(R"({"grade": "making", "depth": 3, "via": "jv", "share": 0.1,
                                             "partners": ["truck"]})"));
  EXPECT_EQ(answer["nodes"]["jv"]["name"], "Battery JV");
  EXPECT_EQ(answer["nodes"]["truck"]["name"], "Truck");
}

TEST(position_control, the_partner_in_control_has_the_depth) {
  const auto graph = make_graph();
  const json answer = position_of(*graph, "truck");
  const json& us = market(answer, "US");
  EXPECT_EQ(us["depth"], 3);
  EXPECT_EQ(us["subsidiaries"], json::array({"jv"}));
  EXPECT_TRUE(us["through"].empty());
}

TEST(position_control, a_market_sold_in_with_no_entity_is_selling) {
  const auto graph = make_graph();
  const json answer = position_of(*graph, "cells");
  const json& ca = market(answer, "CA");
  EXPECT_EQ(ca["sells"], true);
  EXPECT_EQ(ca["depth"], 1);
  EXPECT_EQ(ca["grade"], "selling");
  EXPECT_EQ(market(answer, "US")["sells"], false);
}

}  // namespace
}  // namespace chainex::core
