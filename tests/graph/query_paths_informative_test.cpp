// Hub-avoiding paths (rank = informative) against a brute-force oracle: every simple path of small random
// graphs enumerated, costed by the sum of ln(degree) over its intermediate nodes, and sorted; find_paths'
// first k costs must be the oracle's first k. Then the business/structural relation table.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <set>
#include <string>

#include "chainex/query/paths.hpp"
#include "chainex/query/relation_classes.hpp"

namespace chainex {
namespace {

// Every simple path from `from` to `to` in the walk's direction, as node sequences (each once, whatever
// parallel edges join its nodes), with its informative cost.
void enumerate(const snapshot& snap, direction mode, node_index at, node_index to, std::vector<node_index>& stack,
               std::vector<bool>& on_stack, std::vector<double>& costs) {
  if (at == to) {
    double cost = 0;
    for (std::size_t i = 1; i + 1 < stack.size(); ++i) cost += informative_cost(snap, stack[i]);
    costs.push_back(cost);
    return;
  }
  std::set<node_index> next;
  for (edge_index e = 0; e < snap.edge_count(); ++e) {
    if (mode != direction::in && snap.source(e) == at) next.insert(snap.target(e));
    if (mode != direction::out && snap.target(e) == at) next.insert(snap.source(e));
  }
  for (node_index w : next) {
    if (on_stack[w]) continue;
    on_stack[w] = true;
    stack.push_back(w);
    enumerate(snap, mode, w, to, stack, on_stack, costs);
    stack.pop_back();
    on_stack[w] = false;
  }
}

std::vector<double> oracle(const snapshot& snap, direction mode, node_index from, node_index to) {
  std::vector<node_index> stack{from};
  std::vector<bool> on_stack(snap.node_count(), false);
  on_stack[from] = true;
  std::vector<double> costs;
  enumerate(snap, mode, from, to, stack, on_stack, costs);
  std::sort(costs.begin(), costs.end());
  return costs;
}

std::shared_ptr<const snapshot> random_graph(std::mt19937& random, std::size_t nodes, std::size_t edges, bool hub) {
  snapshot_builder builder;
  for (std::size_t i = 0; i < nodes; ++i) builder.add_node("n" + std::to_string(i), "enterprise", "N");
  std::uniform_int_distribution<node_index> pick(0, static_cast<node_index>(nodes - 1));
  for (std::size_t i = 0; i < edges; ++i) {
    // Half the graphs have a hub, node 7, at one end of every third edge: the searches must go round it.
    const node_index a = hub && i % 3 == 0 ? 7 : pick(random);
    const node_index b = pick(random);
    if (a != b) builder.add_edge(a, b, i % 3 == 0 ? "supplies" : "owns", 1);
  }
  return std::move(builder).build();
}

class informative_vs_brute_force : public ::testing::TestWithParam<direction> {};

TEST_P(informative_vs_brute_force, first_k_costs_match_every_simple_path_sorted) {
  std::mt19937 random(20261203);
  std::size_t compared = 0;
  for (int round = 0; round < 100; ++round) {
    const auto snap = random_graph(random, 8 + round % 4, 12 + round % 13, round % 2 == 1);
    const traversal t = make_traversal(*snap, GetParam());
    for (node_index from = 0; from < 3; ++from) {
      for (node_index to = 3; to < 6; ++to) {
        const std::vector<double> expected = oracle(*snap, GetParam(), from, to);
        const path_result got = find_paths(*snap, t, {.from = from, .to = to, .k = 6, .rank = path_rank::informative});
        ASSERT_EQ(got.paths.size(), std::min<std::size_t>(6, expected.size())) << "round " << round;
        for (std::size_t i = 0; i < got.paths.size(); ++i) {
          const path& p = got.paths[i];
          EXPECT_EQ(p.nodes.front(), from);
          EXPECT_EQ(p.nodes.back(), to);
          EXPECT_EQ(std::set<node_index>(p.nodes.begin(), p.nodes.end()).size(), p.nodes.size());
          EXPECT_NEAR(p.cost, expected[i], 1e-9) << "round " << round << " path " << i;
          ++compared;
        }
      }
    }
  }
  EXPECT_GE(compared, 300U);
}

INSTANTIATE_TEST_SUITE_P(modes, informative_vs_brute_force, ::testing::Values(direction::both, direction::out));

// A thread keeps the search's per-node state from one search to the next (informative_path.cpp): searches
// on two graphs of the same size in turn, each after one stopped by the work cap part way, must still give
// the oracle's best cost.
TEST(informative_paths, searches_in_turn_on_two_graphs_and_after_capped_ones_match_the_oracle) {
  std::mt19937 random(20261204);
  const auto a = random_graph(random, 10, 24, true);
  const auto b = random_graph(random, 10, 18, false);
  std::size_t capped = 0;
  std::size_t compared = 0;
  for (std::size_t cap = 3; cap < 12; ++cap) {
    for (node_index from = 0; from < 4; ++from) {
      for (node_index to = 4; to < 8; ++to) {
        for (const auto* snap : {a.get(), b.get()}) {
          const path_query query{.from = from, .to = to, .rank = path_rank::informative};
          const path_result stopped = find_paths(*snap, make_traversal(*snap, direction::both, {}, {}, cap), query);
          capped += stopped.capped ? 1 : 0;
          const std::vector<double> expected = oracle(*snap, direction::both, from, to);
          const path_result got = find_paths(*snap, make_traversal(*snap, direction::both), query);
          ASSERT_EQ(got.found(), !expected.empty());
          if (got.found()) {
            EXPECT_NEAR(got.paths[0].cost, expected[0], 1e-9) << "cap " << cap << " from " << from << " to " << to;
            ++compared;
          }
        }
      }
    }
  }
  EXPECT_GE(capped, 50U);
  EXPECT_GE(compared, 100U);
}

//   a ── hub ── b        a, b: enterprises; hub: a market every node touches
//   │           │        the informative path goes a–c–d–b (three small nodes) rather than through the hub
//   c ── d ──── ┘
TEST(informative_paths, go_round_a_hub) {
  snapshot_builder builder;
  const node_index a = *builder.add_node("a", "enterprise", "A");
  const node_index b = *builder.add_node("b", "enterprise", "B");
  const node_index hub = *builder.add_node("hub", "market", "Hub");
  const node_index c = *builder.add_node("c", "enterprise", "C");
  const node_index d = *builder.add_node("d", "enterprise", "D");
  builder.add_edge(a, hub, "located_in", 1);
  builder.add_edge(b, hub, "located_in", 1);
  for (int i = 0; i < 50; ++i) {
    const node_index leaf = *builder.add_node("leaf" + std::to_string(i), "enterprise", "L");
    builder.add_edge(leaf, hub, "located_in", 1);
  }
  builder.add_edge(a, c, "supplies", 1);
  builder.add_edge(c, d, "supplies", 1);
  builder.add_edge(d, b, "supplies", 1);
  const auto snap = std::move(builder).build();
  const traversal t = make_traversal(*snap, direction::both);
  EXPECT_EQ(find_paths(*snap, t, {.from = a, .to = b}).paths.at(0).nodes, (std::vector<node_index>{a, hub, b}));
  EXPECT_EQ(find_paths(*snap, t, {.from = a, .to = b, .rank = path_rank::informative}).paths.at(0).nodes,
            (std::vector<node_index>{a, c, d, b}));
}

TEST(relation_classes, builtin_table_and_dataset_overrides) {
  relation_classes classes;
  EXPECT_EQ(classes.of("owns"), relation_class::business);
  EXPECT_EQ(classes.of("holds_stake"), relation_class::business);
  EXPECT_EQ(classes.of("located_in"), relation_class::structural);
  EXPECT_EQ(classes.of("sells_in"), relation_class::structural);
  EXPECT_EQ(classes.of("acquired"), relation_class::business);  // undeclared: a relation of the data's own
  classes.declare("owns", relation_class::structural);
  classes.declare("sits_on_board", relation_class::structural);
  EXPECT_EQ(classes.of("owns"), relation_class::structural);
  EXPECT_EQ(classes.structural(), (std::vector<std::string>{"owns", "located_in", "headquartered_in", "sells_in",
                                                            "performs", "sits_on_board"}));
}

TEST(relation_classes, business_types_mask_a_traversal) {
  snapshot_builder builder;
  const node_index a = *builder.add_node("a", "enterprise", "A");
  const node_index m = *builder.add_node("m", "market", "M");
  const node_index b = *builder.add_node("b", "enterprise", "B");
  builder.add_edge(a, m, "headquartered_in", 1);
  builder.add_edge(b, m, "headquartered_in", 1);
  builder.add_edge(a, b, "supplies", 1);
  const auto snap = std::move(builder).build();
  traversal t = make_traversal(*snap, direction::both);
  t.allowed_types = business_types(*snap, relation_classes{});
  const path_result r = find_paths(*snap, t, {.from = a, .to = b, .k = 3});
  ASSERT_EQ(r.paths.size(), 1U);
  ASSERT_EQ(r.paths[0].hops(), 1U);
  EXPECT_EQ(snap->types()[snap->type(r.paths[0].edges[0])], "supplies");
  EXPECT_TRUE(all_business(*snap, relation_classes{}, r.paths[0].edges));
}

}  // namespace
}  // namespace chainex
