// Betweenness beyond the networkx table of query_centrality_test: exact on one thread and on several
// agree, and the sampled estimate stays within its stated epsilon of networkx's exact values.
#include <gtest/gtest.h>

#include <cmath>

#include "chainex/query/betweenness.hpp"
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

TEST(approximate_betweenness, reproducible_whatever_the_thread_count) {
  const auto snap = testing::load_network("random_directed_small");
  const auto one = approximate_betweenness(*snap, direction::out, 0.05, 0.1, 7, 1);
  const auto two = approximate_betweenness(*snap, direction::out, 0.05, 0.1, 7, 2);
  EXPECT_EQ(one.samples, two.samples);
  for (std::size_t v = 0; v < one.values.size(); ++v) EXPECT_NEAR(one.values[v], two.values[v], 1e-12);
}

TEST(approximate_betweenness, refuses_epsilon_out_of_range) {
  const auto snap = testing::load_network("karate");
  EXPECT_THROW((void)approximate_betweenness(*snap, direction::both, 0.0, 0.1), std::invalid_argument);
  EXPECT_THROW((void)approximate_betweenness(*snap, direction::both, 0.1, 1.5), std::invalid_argument);
}

}  // namespace
}  // namespace chainex
