// The analysis cache computes each result once per snapshot, even under concurrent first requests.
#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "chainex/query/analysis_cache.hpp"
#include "graph/network_fixture.hpp"

namespace chainex {
namespace {

TEST(analysis_cache, concurrent_first_requests_compute_once) {
  const auto snap = testing::load_network("random_directed");
  analysis_cache cache;
  const centrality_options options{.kind = metric::betweenness, .mode = direction::out, .threads = 1};
  std::vector<analysis_cache::scores> seen(8);
  {
    std::vector<std::jthread> readers;
    for (auto& slot : seen) readers.emplace_back([&] { slot = cache.centrality(*snap, options); });
  }
  EXPECT_EQ(cache.computations(), 1U);
  for (const auto& s : seen) EXPECT_EQ(s.get(), seen[0].get());
  EXPECT_EQ(*seen[0], compute_centrality(*snap, options));
}

TEST(analysis_cache, keys_by_parameters_and_version) {
  const auto snap = testing::load_network("karate");
  analysis_cache cache;
  const auto pagerank = cache.centrality(*snap, {.kind = metric::pagerank});
  const auto again = cache.centrality(*snap, {.kind = metric::pagerank});
  EXPECT_EQ(pagerank.get(), again.get());
  const auto damped = cache.centrality(*snap, {.kind = metric::pagerank, .damping = 0.5});
  EXPECT_NE(pagerank.get(), damped.get());
  const auto weak = cache.components_of(*snap, component_mode::weak);
  EXPECT_EQ(weak.get(), cache.components_of(*snap, component_mode::weak).get());
  EXPECT_EQ(cache.computations(), 3U);

  const auto newer = testing::load_network("karate");
  ASSERT_GT(newer->version(), snap->version());
  const auto fresh = cache.centrality(*newer, {.kind = metric::pagerank});
  EXPECT_NE(fresh.get(), pagerank.get());
  EXPECT_EQ(*fresh, *pagerank);
  EXPECT_EQ(cache.computations(), 4U);
}

// A failure is not stored: the second request computes again (a cache that kept the first failure and
// rethrew it would count one computation). After it, the cache computes and keeps results as before.
TEST(analysis_cache, a_failed_computation_is_tried_again) {
  const auto snap = testing::load_network("karate");
  analysis_cache cache;
  const centrality_options impossible{.kind = metric::pagerank, .max_iterations = 1};
  EXPECT_THROW((void)cache.centrality(*snap, impossible), std::runtime_error);
  EXPECT_EQ(cache.computations(), 1U);
  EXPECT_THROW((void)cache.centrality(*snap, impossible), std::runtime_error);
  EXPECT_EQ(cache.computations(), 2U);

  const centrality_options feasible{.kind = metric::pagerank};
  const auto scores = cache.centrality(*snap, feasible);
  EXPECT_EQ(cache.computations(), 3U);
  EXPECT_EQ(*scores, compute_centrality(*snap, feasible));
  EXPECT_EQ(cache.centrality(*snap, feasible).get(), scores.get());
  EXPECT_EQ(cache.computations(), 3U);
}

}  // namespace
}  // namespace chainex
