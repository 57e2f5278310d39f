// Betweenness beyond the networkx table of query_centrality_test: exact on one thread and on several
// agree, and the sampled estimate stays within its stated epsilon of networkx's exact values, and of
// the exact values (checked against networkx and Boost elsewhere) on a graph of hubs built to drive the
// sampler through every way it has of finding where its two searches meet.
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <string>

#include "chainex/query/betweenness.hpp"
#include "chainex/query_error.hpp"
#include "graph/network_fixture.hpp"

namespace chainex {
namespace {

TEST(betweenness_centrality, same_on_one_thread_and_on_four) {
  const auto snap = testing::load_network("random_directed");
  const auto one = betweenness_centrality(*snap, direction::out, 1);
  const auto four = betweenness_centrality(*snap, direction::out, 4);
  ASSERT_EQ(one.size(), four.size());
  for (std::size_t v = 0; v < one.size(); ++v) EXPECT_NEAR(one[v], four[v], 1e-12);
}

struct approx_case {
  std::string network;
  direction mode;
  double epsilon;
};

class approximate_betweenness_bound : public ::testing::TestWithParam<approx_case> {};

TEST_P(approximate_betweenness_bound, every_value_within_epsilon_of_networkx) {
  const auto& [network, mode, epsilon] = GetParam();
  const auto snap = testing::load_network(network);
  const auto expected = testing::load_expected(network);
  const auto& exact = expected.columns.at("betweenness_" + std::string(to_string(mode)));
  const auto estimate = approximate_betweenness(*snap, mode, epsilon, 0.1, 42);
  EXPECT_GT(estimate.samples, 0U);
  double worst = 0;
  for (std::size_t i = 0; i < exact.size(); ++i) {
    worst = std::max(worst, std::abs(estimate.values[*snap->find(expected.ids[i])] - exact[i]));
  }
  EXPECT_LE(worst, epsilon) << estimate.samples << " samples, VD bound " << estimate.vertex_diameter_bound;
}

INSTANTIATE_TEST_SUITE_P(networks, approximate_betweenness_bound,
                         ::testing::Values(approx_case{"lesmis", direction::both, 0.02},
                                           approx_case{"karate", direction::both, 0.02},
                                           approx_case{"random_directed", direction::out, 0.01},
                                           approx_case{"random_undirected", direction::both, 0.01}));

// 80 hubs with 150 leaves each; 300 core nodes each tied to 2 random hubs; 300 core-core edges. Hubs
// have about 160 neighbours, more than √(arcs), so the sampler treats them as hubs and probes around
// them (most paths run leaf, hub, core …, hub, leaf); n is large enough next to the arcs that only the
// ~64 largest hubs get neighbour bit sets and the others are intersected by merging rows. Directed:
// hub edges go both ways, core-core edges one random way.
std::shared_ptr<const snapshot> hub_network(bool directed, std::uint64_t seed) {
  constexpr int hubs = 80;
  constexpr int leaves_per_hub = 150;
  constexpr int core = 300;
  std::mt19937_64 random(seed);
  snapshot_builder builder;
  const int first_core = hubs + hubs * leaves_per_hub;
  for (int v = 0; v < first_core + core; ++v) (void)builder.add_node("n" + std::to_string(v), "node", "");
  auto link = [&](int u, int v, bool both_ways) {
    if (directed && !both_ways && random() % 2 == 0) std::swap(u, v);
    builder.add_edge(static_cast<node_index>(u), static_cast<node_index>(v), "link", 1.0, directed);
    if (directed && both_ways)
      builder.add_edge(static_cast<node_index>(v), static_cast<node_index>(u), "link", 1.0, true);
  };
  std::uniform_int_distribution<int> any_hub(0, hubs - 1);
  std::uniform_int_distribution<int> any_core(first_core, first_core + core - 1);
  for (int h = 0; h < hubs; ++h) {
    for (int i = 0; i < leaves_per_hub; ++i) link(h, hubs + h * leaves_per_hub + i, true);
  }
  for (int c = first_core; c < first_core + core; ++c) {
    for (int i = 0; i < 2; ++i) link(any_hub(random), c, true);
  }
  for (int i = 0; i < core; ++i) link(any_core(random), any_core(random), false);
  return std::move(builder).build();
}

class approximate_betweenness_on_hubs : public ::testing::TestWithParam<direction> {};

TEST_P(approximate_betweenness_on_hubs, every_value_within_epsilon_of_exact) {
  const direction mode = GetParam();
  const auto snap = hub_network(mode != direction::both, 5);
  const auto exact = betweenness_centrality(*snap, mode);
  constexpr double epsilon = 0.01;
  const auto estimate = approximate_betweenness(*snap, mode, epsilon, 0.1, 11);
  // Each estimate is a share of τ samples: its error over its standard deviation is about N(0, 1), so
  // the mean square of these z-scores is about 1 unless the sampler draws paths unevenly.
  const double n = static_cast<double>(exact.size());
  const double tau = static_cast<double>(estimate.samples);
  double worst = 0;
  double squares = 0;
  std::size_t counted = 0;
  for (std::size_t v = 0; v < exact.size(); ++v) {
    worst = std::max(worst, std::abs(estimate.values[v] - exact[v]));
    const double p = exact[v] * (n - 2) / n;  // chance that one sample has v inside its path
    if (p * tau < 5) continue;
    const double z = (estimate.values[v] - exact[v]) * (n - 2) / n / std::sqrt(p * (1 - p) / tau);
    squares += z * z;
    ++counted;
  }
  EXPECT_LE(worst, epsilon) << estimate.samples << " samples";
  ASSERT_GE(counted, 50U);
  EXPECT_LT(squares / static_cast<double>(counted), 1.3) << counted << " nodes, " << estimate.samples << " samples";
}

INSTANTIATE_TEST_SUITE_P(modes, approximate_betweenness_on_hubs, ::testing::Values(direction::both, direction::out));

TEST(approximate_betweenness, reproducible_whatever_the_thread_count) {
  const auto snap = testing::load_network("random_directed_small");
  const auto one = approximate_betweenness(*snap, direction::out, 0.05, 0.1, 7, 1);
  const auto two = approximate_betweenness(*snap, direction::out, 0.05, 0.1, 7, 2);
  EXPECT_EQ(one.samples, two.samples);
  for (std::size_t v = 0; v < one.values.size(); ++v) EXPECT_NEAR(one.values[v], two.values[v], 1e-12);
}

TEST(approximate_betweenness, refuses_epsilon_out_of_range) {
  const auto snap = testing::load_network("karate");
  EXPECT_THROW((void)approximate_betweenness(*snap, direction::both, 0.0, 0.1), query_error);
  EXPECT_THROW((void)approximate_betweenness(*snap, direction::both, 0.1, 1.5), query_error);
}

}  // namespace
}  // namespace chainex
