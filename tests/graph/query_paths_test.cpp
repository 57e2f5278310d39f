// Paths: optimal and valid against networkx's shortest_simple_paths on the fixture networks, then
// direction modes, filters, the work cap, "no path" and negative weights on small drawn graphs.
#include <gtest/gtest.h>

#include <set>
#include <stdexcept>

#include "chainex/query/paths.hpp"
#include "chainex/query_error.hpp"
#include "graph/network_fixture.hpp"

namespace chainex {
namespace {

using testing::load_network;
using testing::read_rows;

// A path is valid when its edges join its nodes in the walk's direction, it repeats no node, and its
// cost is what its edges add up to.
void expect_valid(const snapshot& snap, const traversal& t, const path& p, bool weighted, node_index from,
                  node_index to) {
  ASSERT_FALSE(p.nodes.empty());
  EXPECT_EQ(p.nodes.front(), from);
  EXPECT_EQ(p.nodes.back(), to);
  ASSERT_EQ(p.edges.size() + 1, p.nodes.size());
  EXPECT_EQ(std::set<node_index>(p.nodes.begin(), p.nodes.end()).size(), p.nodes.size());
  double cost = 0;
  for (std::size_t i = 0; i < p.edges.size(); ++i) {
    const edge_index e = p.edges[i];
    const bool forward = snap.source(e) == p.nodes[i] && snap.target(e) == p.nodes[i + 1];
    const bool backward = snap.target(e) == p.nodes[i] && snap.source(e) == p.nodes[i + 1];
    const bool two_way = t.mode == direction::both || !snap.directed(e);
    EXPECT_TRUE((forward && (two_way || t.mode == direction::out)) ||
                (backward && (two_way || t.mode == direction::in)))
        << "edge " << e << " does not lead from " << p.nodes[i] << " to " << p.nodes[i + 1];
    cost += weighted ? snap.weight(e) : 1.0;
  }
  EXPECT_DOUBLE_EQ(p.cost, cost);
}

class paths_vs_networkx : public ::testing::TestWithParam<std::string> {};

TEST_P(paths_vs_networkx, k_shortest_costs_match_and_paths_are_valid) {
  const auto snap = load_network(GetParam());
  const auto rows = read_rows(testing::network_file(GetParam() + ".paths.csv"));
  // Rows come in groups of five (k = 1..5) per pair, mode and weighting.
  for (std::size_t r = 1; r + 4 < rows.size(); r += 5) {
    const node_index from = *snap->find(rows[r][0]);
    const node_index to = *snap->find(rows[r][1]);
    const traversal t = make_traversal(*snap, *parse_direction(rows[r][2]));
    const bool weighted = rows[r][3] == "1";
    const auto result = find_paths(*snap, t, {.from = from, .to = to, .weighted = weighted, .k = 5});
    EXPECT_FALSE(result.capped);
    for (std::size_t k = 0; k < 5; ++k) {
      const double want = std::stod(rows[r + k][5]);
      const std::string where = rows[r][0] + " -> " + rows[r][1] + " " + rows[r][2] + (weighted ? " weighted" : "") +
                                " k=" + std::to_string(k + 1);
      if (want < 0) {
        EXPECT_LE(result.paths.size(), k) << where;
        break;
      }
      ASSERT_GT(result.paths.size(), k) << where;
      EXPECT_DOUBLE_EQ(result.paths[k].cost, want) << where;
      expect_valid(*snap, t, result.paths[k], weighted, from, to);
    }
  }
}

INSTANTIATE_TEST_SUITE_P(networks, paths_vs_networkx, ::testing::ValuesIn(testing::network_names));

// a → b → c → d, a → x → d with x a "market", b → c typed "supplies", others "owns"; e stands alone.
//        b ──▶ c
//      ▲        ╲
//    a            ▶ d       e
//      ╲        ▲
//        x ────
struct drawn_graph {
  std::shared_ptr<const snapshot> snap;
  node_index a, b, c, d, x, e;
};

drawn_graph make_drawn_graph(double ax_weight = 1.0) {
  snapshot_builder builder;
  drawn_graph g;
  g.a = *builder.add_node("a", "enterprise", "A");
  g.b = *builder.add_node("b", "enterprise", "B");
  g.c = *builder.add_node("c", "enterprise", "C");
  g.d = *builder.add_node("d", "enterprise", "D");
  g.x = *builder.add_node("x", "market", "X");
  g.e = *builder.add_node("e", "enterprise", "E");
  builder.add_edge(g.a, g.b, "owns", 1);
  builder.add_edge(g.b, g.c, "supplies", 1);
  builder.add_edge(g.c, g.d, "owns", 1);
  builder.add_edge(g.a, g.x, "owns", ax_weight);
  builder.add_edge(g.x, g.d, "owns", 1);
  g.snap = std::move(builder).build();
  return g;
}

TEST(find_paths, follows_the_direction_mode) {
  const auto g = make_drawn_graph();
  const auto& snap = *g.snap;
  EXPECT_EQ(find_paths(snap, make_traversal(snap, direction::out), {.from = g.a, .to = g.d}).paths.at(0).nodes,
            (std::vector<node_index>{g.a, g.x, g.d}));
  EXPECT_FALSE(find_paths(snap, make_traversal(snap, direction::out), {.from = g.d, .to = g.a}).found());
  EXPECT_EQ(find_paths(snap, make_traversal(snap, direction::in), {.from = g.d, .to = g.a}).paths.at(0).hops(), 2U);
  EXPECT_EQ(find_paths(snap, make_traversal(snap, direction::both), {.from = g.b, .to = g.x}).paths.at(0).nodes,
            (std::vector<node_index>{g.b, g.a, g.x}));
}

TEST(find_paths, no_path_is_a_result_not_an_error) {
  const auto g = make_drawn_graph();
  for (bool weighted : {false, true}) {
    const auto result = find_paths(*g.snap, make_traversal(*g.snap, direction::both),
                                   {.from = g.a, .to = g.e, .weighted = weighted, .k = 3});
    EXPECT_FALSE(result.found());
    EXPECT_FALSE(result.capped);
  }
}

TEST(find_paths, kind_filter_keeps_inner_nodes_but_not_the_ends) {
  const auto g = make_drawn_graph();
  const auto& snap = *g.snap;
  const auto no_markets = make_traversal(snap, direction::out, {"enterprise"});
  EXPECT_EQ(find_paths(snap, no_markets, {.from = g.a, .to = g.d}).paths.at(0).nodes,
            (std::vector<node_index>{g.a, g.b, g.c, g.d}));
  EXPECT_TRUE(find_paths(snap, no_markets, {.from = g.a, .to = g.x}).found());
}

TEST(find_paths, type_filter_limits_edges) {
  const auto g = make_drawn_graph();
  const auto& snap = *g.snap;
  const auto owns_only = make_traversal(snap, direction::out, {}, {"owns"});
  EXPECT_FALSE(find_paths(snap, owns_only, {.from = g.a, .to = g.c}).found());
  EXPECT_TRUE(find_paths(snap, owns_only, {.from = g.a, .to = g.d}).found());
  const auto unknown = make_traversal(snap, direction::out, {}, {"no_such_type"});
  EXPECT_FALSE(find_paths(snap, unknown, {.from = g.a, .to = g.b}).found());
}

TEST(find_paths, weighted_prefers_the_lighter_longer_route_and_k_lists_both) {
  const auto g = make_drawn_graph(5.0);
  const auto& snap = *g.snap;
  const auto result =
      find_paths(snap, make_traversal(snap, direction::out), {.from = g.a, .to = g.d, .weighted = true, .k = 4});
  ASSERT_EQ(result.paths.size(), 2U);
  EXPECT_EQ(result.paths[0].nodes, (std::vector<node_index>{g.a, g.b, g.c, g.d}));
  EXPECT_DOUBLE_EQ(result.paths[0].cost, 3.0);
  EXPECT_DOUBLE_EQ(result.paths[1].cost, 6.0);
}

TEST(find_paths, work_cap_stops_the_search_and_says_so) {
  const auto g = make_drawn_graph();
  const auto& snap = *g.snap;
  for (bool weighted : {false, true}) {
    const auto capped = find_paths(snap, make_traversal(snap, direction::out, {}, {}, 2),
                                   {.from = g.a, .to = g.d, .weighted = weighted});
    EXPECT_TRUE(capped.capped);
    EXPECT_FALSE(capped.found());
  }
}

TEST(find_paths, negative_weight_is_refused_with_the_edge_named) {
  const auto g = make_drawn_graph(-2.0);
  const auto& snap = *g.snap;
  try {
    (void)find_paths(snap, make_traversal(snap, direction::out), {.from = g.a, .to = g.d, .weighted = true});
    FAIL() << "expected a query_error";
  } catch (const query_error& error) {
    EXPECT_EQ(error.code(), failure_code::unanswerable);
    EXPECT_NE(std::string(error.what()).find("(a -> x, "), std::string::npos) << error.what();
    EXPECT_NE(std::string(error.what()).find(") has weight -2"), std::string::npos) << error.what();
  }
}

TEST(find_paths, undirected_edges_are_walked_both_ways_in_out_mode) {
  snapshot_builder builder;
  const node_index p = *builder.add_node("p", "person", "P");
  const node_index q = *builder.add_node("q", "person", "Q");
  builder.add_edge(p, q, "partners_with", 1, false);
  const auto snap = std::move(builder).build();
  EXPECT_TRUE(find_paths(*snap, make_traversal(*snap, direction::out), {.from = q, .to = p}).found());
  EXPECT_TRUE(find_paths(*snap, make_traversal(*snap, direction::in), {.from = p, .to = q, .weighted = true}).found());
}

TEST(find_paths, same_node_is_a_path_of_no_hops) {
  const auto g = make_drawn_graph();
  const auto result = find_paths(*g.snap, make_traversal(*g.snap, direction::out), {.from = g.e, .to = g.e});
  ASSERT_TRUE(result.found());
  EXPECT_EQ(result.paths[0].hops(), 0U);
}

}  // namespace
}  // namespace chainex
