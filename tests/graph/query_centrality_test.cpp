// Centrality against networkx 2.8 on the karate club, Les Misérables, the Florentine families and
// seeded random graphs (tests/fixtures/networks/make_fixtures.py): every metric, every direction mode the
// graph has, to 1e-9 relative.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "chainex/query/centrality.hpp"
#include "graph/network_fixture.hpp"

namespace chainex {
namespace {

using testing::load_expected;
using testing::load_network;

struct case_param {
  std::string network;
  metric kind;
};

std::string case_name(const ::testing::TestParamInfo<case_param>& info) {
  return info.param.network + "_" + std::string(to_string(info.param.kind));
}

class centrality_vs_networkx : public ::testing::TestWithParam<case_param> {};

TEST_P(centrality_vs_networkx, matches_to_1e_9_relative) {
  const auto snap = load_network(GetParam().network);
  const auto expected = load_expected(GetParam().network);
  int compared = 0;
  for (direction mode : {direction::out, direction::in, direction::both}) {
    const std::string column = std::string(to_string(GetParam().kind)) + "_" + std::string(to_string(mode));
    if (!expected.has(column)) continue;
    centrality_options options{.kind = GetParam().kind, .mode = mode, .max_iterations = 1000};
    const auto values = compute_centrality(*snap, options);
    const auto& want = expected.columns.at(column);
    ASSERT_EQ(values.size(), want.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
      const node_index v = *snap->find(expected.ids[i]);
      EXPECT_NEAR(values[v], want[i], 1e-9 * std::max(std::abs(want[i]), 1e-6)) << column << " of " << expected.ids[i];
    }
    ++compared;
  }
  EXPECT_GT(compared, 0);
}

std::vector<case_param> all_cases() {
  std::vector<case_param> cases;
  for (const auto& network : testing::network_names) {
    for (metric m : all_metrics) cases.push_back({network, m});
  }
  return cases;
}

INSTANTIATE_TEST_SUITE_P(networks, centrality_vs_networkx, ::testing::ValuesIn(all_cases()), case_name);

//   a ⇉ b (twice), b → a, a → c, c — c (undirected loop), d → d
// out: a {b, c}, b {a}, c {c}, d {d}; in: a {b}, b {a}, c {a, c}, d {d}; both (networkx's to_undirected):
// a {b, c}, b {a}, c {a} and its loop counted twice, d its loop counted twice.
TEST(degree_centrality, merges_parallel_and_mutual_edges_and_counts_an_undirected_loop_twice) {
  snapshot_builder builder;
  for (const char* id : {"a", "b", "c", "d"}) builder.add_node(id, "enterprise", id);
  builder.add_edge(0, 1, "supplies");
  builder.add_edge(0, 1, "owns");
  builder.add_edge(1, 0, "supplies");
  builder.add_edge(0, 2, "supplies");
  builder.add_edge(2, 2, "supplies", 1.0, false);
  builder.add_edge(3, 3, "supplies");
  const auto snap = std::move(builder).build();
  auto thirds = [](std::vector<double> counts) {
    for (double& c : counts) c /= 3;
    return counts;
  };
  EXPECT_EQ(degree_centrality(*snap, direction::out), thirds({2, 1, 1, 1}));
  EXPECT_EQ(degree_centrality(*snap, direction::in), thirds({1, 1, 2, 1}));
  EXPECT_EQ(degree_centrality(*snap, direction::both), thirds({2, 1, 3, 2}));
}

TEST(top_k, orders_by_value_then_index_and_filters_kind) {
  snapshot_builder builder;
  builder.add_node("a", "enterprise", "A");
  builder.add_node("b", "market", "B");
  builder.add_node("c", "enterprise", "C");
  builder.add_node("d", "enterprise", "D");
  const auto snap = std::move(builder).build();
  const std::vector<double> values = {0.5, 0.9, 0.7, 0.5};
  EXPECT_EQ(top_k(*snap, values, 2), (std::vector<ranked_node>{{1, 0.9}, {2, 0.7}}));
  EXPECT_EQ(top_k(*snap, values, 0, snap->find_kind("enterprise")),
            (std::vector<ranked_node>{{2, 0.7}, {0, 0.5}, {3, 0.5}}));
}

// The one-pass heap against the definition (sort everything, keep the first k), on values full of ties.
TEST(top_k, a_few_of_many_equal_the_prefix_of_the_whole_sorted_list) {
  snapshot_builder builder;
  std::vector<double> values;
  for (int i = 0; i < 500; ++i) {
    builder.add_node("n" + std::to_string(i), i % 3 == 0 ? "market" : "enterprise", "");
    values.push_back(static_cast<double>((i * 7919) % 13) / 13.0);  // 13 distinct values, many ties
  }
  const auto snap = std::move(builder).build();
  for (const std::optional<kind_code> kind : {std::optional<kind_code>{}, snap->find_kind("market")}) {
    std::vector<ranked_node> all;
    for (node_index v = 0; v < values.size(); ++v)
      if (!kind || snap->kind(v) == *kind) all.push_back({v, values[v]});
    std::sort(all.begin(), all.end(), [](const ranked_node& a, const ranked_node& b) {
      return a.value != b.value ? a.value > b.value : a.node < b.node;
    });
    for (const std::size_t k : {1U, 3U, 40U, 166U, 167U, 1000U}) {
      const std::vector<ranked_node> expected(all.begin(),
                                              all.begin() + static_cast<std::ptrdiff_t>(std::min(k, all.size())));
      EXPECT_EQ(top_k(*snap, values, k, kind), expected) << "k=" << k;
    }
  }
}

}  // namespace
}  // namespace chainex
