// Ego networks and common neighbours on a drawn graph: depth, direction, filters, the node cap.
#include <gtest/gtest.h>

#include "chainex/query/neighborhood.hpp"

namespace chainex {
namespace {

//   e ─owns─▶ s1 ─located_in─▶ m
//   e ─owns─▶ s2 ─located_in─▶ m
//   f ─supplies─▶ e
struct drawn_graph {
  std::shared_ptr<const snapshot> snap;
  node_index e, s1, s2, m, f;
};

drawn_graph make_graph() {
  snapshot_builder builder;
  drawn_graph g;
  g.e = *builder.add_node("e", "enterprise", "E");
  g.s1 = *builder.add_node("s1", "subsidiary", "S1");
  g.s2 = *builder.add_node("s2", "subsidiary", "S2");
  g.m = *builder.add_node("m", "market", "M");
  g.f = *builder.add_node("f", "enterprise", "F");
  builder.add_edge(g.e, g.s1, "owns");
  builder.add_edge(g.e, g.s2, "owns");
  builder.add_edge(g.s1, g.m, "located_in");
  builder.add_edge(g.s2, g.m, "located_in");
  builder.add_edge(g.f, g.e, "supplies");
  g.snap = std::move(builder).build();
  return g;
}

TEST(ego_network, grows_by_depth_and_returns_the_induced_edges) {
  const auto g = make_graph();
  const auto one = ego_network(*g.snap, make_traversal(*g.snap, direction::out), g.e, 1, 100);
  EXPECT_EQ(one.nodes, (std::vector<ego_node>{{g.e, 0}, {g.s1, 1}, {g.s2, 1}}));
  const edge_index first = g.snap->out_edges(g.e).first;
  EXPECT_EQ(one.edges, (std::vector<edge_index>{first, first + 1}));
  EXPECT_FALSE(one.truncated);
  const auto two = ego_network(*g.snap, make_traversal(*g.snap, direction::both), g.e, 2, 100);
  EXPECT_EQ(two.nodes.size(), 5U);
  EXPECT_EQ(two.nodes.back(), (ego_node{g.m, 2}));
  EXPECT_EQ(two.edges.size(), 5U);
}

TEST(ego_network, in_mode_walks_backwards) {
  const auto g = make_graph();
  const auto up = ego_network(*g.snap, make_traversal(*g.snap, direction::in), g.e, 3, 100);
  EXPECT_EQ(up.nodes, (std::vector<ego_node>{{g.e, 0}, {g.f, 1}}));
}

TEST(ego_network, filters_on_kinds_and_types) {
  const auto g = make_graph();
  const auto no_subsidiaries =
      ego_network(*g.snap, make_traversal(*g.snap, direction::both, {"enterprise", "market"}), g.e, 3, 100);
  EXPECT_EQ(no_subsidiaries.nodes, (std::vector<ego_node>{{g.e, 0}, {g.f, 1}}));
  const auto supplies = ego_network(*g.snap, make_traversal(*g.snap, direction::both, {}, {"supplies"}), g.e, 3, 100);
  EXPECT_EQ(supplies.nodes.size(), 2U);
  EXPECT_EQ(supplies.edges.size(), 1U);
}

TEST(ego_network, node_cap_truncates_and_says_so) {
  const auto g = make_graph();
  const auto capped = ego_network(*g.snap, make_traversal(*g.snap, direction::both), g.e, 2, 3);
  EXPECT_EQ(capped.nodes.size(), 3U);
  EXPECT_TRUE(capped.truncated);
  const auto exact = ego_network(*g.snap, make_traversal(*g.snap, direction::both), g.e, 2, 5);
  EXPECT_FALSE(exact.truncated);
}

TEST(common_neighbors, meets_in_the_middle_by_direction) {
  const auto g = make_graph();
  EXPECT_EQ(common_neighbors(*g.snap, make_traversal(*g.snap, direction::out), g.s1, g.s2),
            (std::vector<node_index>{g.m}));
  EXPECT_EQ(common_neighbors(*g.snap, make_traversal(*g.snap, direction::in), g.s1, g.s2),
            (std::vector<node_index>{g.e}));
  EXPECT_EQ(common_neighbors(*g.snap, make_traversal(*g.snap, direction::both), g.s1, g.s2),
            (std::vector<node_index>{g.e, g.m}));
  EXPECT_TRUE(common_neighbors(*g.snap, make_traversal(*g.snap, direction::both, {"market"}), g.s1, g.s2) ==
              std::vector<node_index>{g.m});
}

}  // namespace
}  // namespace chainex
