// Every long computation of query/ stops when its interrupt says so (query/interrupt.hpp): a stop asked
// before the call gives `cancelled`, a deadline already past gives `deadline_exceeded`, a finished run
// reports progress 1, and Yen's algorithm stopped after its first path returns it marked incomplete.
// No test depends on timing: every stop is in place before the call, and where a deadline falls during
// the run only the error is checked, never the time taken.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <random>
#include <stop_token>
#include <string>

#include "../../graph/src/query/compact_graph.hpp"
#include "../../graph/src/query/simple_graph.hpp"
#include "chainex/query/analysis_cache.hpp"
#include "chainex/query/betweenness.hpp"
#include "chainex/query/centrality.hpp"
#include "chainex/query/components.hpp"
#include "chainex/query/neighborhood.hpp"
#include "chainex/query/paths.hpp"
#include "chainex/query_error.hpp"

namespace chainex {
namespace {

using clock_type = interrupt::clock;

// `nodes` nodes and `edges` seeded random directed edges.
std::shared_ptr<const snapshot> random_graph(std::size_t nodes, std::size_t edges) {
  snapshot_builder builder;
  for (std::size_t i = 0; i < nodes; ++i) builder.add_node(std::to_string(i), "enterprise", "");
  std::mt19937 random(7);
  std::uniform_int_distribution<node_index> pick(0, static_cast<node_index>(nodes - 1));
  for (std::size_t i = 0; i < edges; ++i) builder.add_edge(pick(random), pick(random), "supplies");
  return std::move(builder).build();
}

// 0 – 1 – 2 – … – (nodes − 1): a search from one end to the other visits every node.
std::shared_ptr<const snapshot> line_graph(std::size_t nodes) {
  snapshot_builder builder;
  for (std::size_t i = 0; i < nodes; ++i) builder.add_node(std::to_string(i), "enterprise", "");
  for (node_index i = 0; i + 1 < nodes; ++i) builder.add_edge(i, i + 1, "supplies");
  return std::move(builder).build();
}

interrupt cancelled_already(std::stop_source& source) {
  source.request_stop();
  return interrupt(source.get_token());
}

interrupt past_deadline() { return interrupt(std::stop_token{}, clock_type::now() - std::chrono::seconds(1)); }

template <class F>
failure_code failure_of(F&& f) {
  try {
    f();
  } catch (const query_error& error) {
    return error.code();
  }
  ADD_FAILURE() << "no query_error thrown";
  return failure_code::unanswerable;
}

struct metric_case {
  std::string name;
  centrality_options options;
};

class interrupted_metric : public ::testing::TestWithParam<metric_case> {};

TEST_P(interrupted_metric, stop_before_the_call_cancels) {
  const auto snap = random_graph(300, 900);
  std::stop_source source;
  const interrupt stop = cancelled_already(source);
  EXPECT_EQ(failure_of([&] { (void)compute_centrality(*snap, GetParam().options, stop); }), failure_code::cancelled);
}

TEST_P(interrupted_metric, deadline_past_is_exceeded) {
  const auto snap = random_graph(300, 900);
  EXPECT_EQ(failure_of([&] { (void)compute_centrality(*snap, GetParam().options, past_deadline()); }),
            failure_code::deadline_exceeded);
}

TEST_P(interrupted_metric, finished_run_reports_all_done) {
  const auto snap = random_graph(300, 900);
  std::atomic<double> progress{0};
  const std::vector<double> values =
      compute_centrality(*snap, GetParam().options, interrupt(std::stop_token{}, std::nullopt, &progress));
  EXPECT_EQ(progress.load(), 1.0);
  EXPECT_EQ(values, compute_centrality(*snap, GetParam().options));  // polling changes nothing
}

std::vector<metric_case> heavy_metrics() {
  std::vector<metric_case> cases;
  for (const metric kind : all_metrics) {
    if (kind == metric::degree) continue;  // linear, never interrupted
    for (const direction mode : {direction::out, direction::both}) {
      cases.push_back({std::string(to_string(kind)) + "_" + std::string(to_string(mode)),
                       {.kind = kind, .mode = mode, .max_iterations = 1000, .threads = 2}});
    }
  }
  cases.push_back(
      {"approximate_betweenness",
       {.kind = metric::betweenness, .mode = direction::both, .approximate = true, .epsilon = 0.05, .threads = 2}});
  return cases;
}

INSTANTIATE_TEST_SUITE_P(metrics, interrupted_metric, ::testing::ValuesIn(heavy_metrics()),
                         [](const auto& test) { return test.param.name; });

// Exact betweenness of a few thousand nodes takes far longer than 1 ms: the deadline passes during the run,
// and every thread stops at its next source.
// The copies the whole-graph metrics build first (a second or two on 10M edges) stop too: a job cancelled
// or a server shutting down does not wait for them.
TEST(interrupted_setup, the_merged_and_compact_graphs_stop_while_built) {
  const auto snap = random_graph(3000, 12000);
  for (const direction mode : {direction::out, direction::both}) {
    std::stop_source source;
    EXPECT_EQ(failure_of([&] { (void)detail::simple_graph(*snap, mode, cancelled_already(source)); }),
              failure_code::cancelled);
    const detail::simple_graph merged(*snap, mode);
    EXPECT_EQ(failure_of([&] { (void)detail::compact_graph(merged, {.in_rows = true}, past_deadline()); }),
              failure_code::deadline_exceeded);
  }
}

TEST(interrupted_betweenness, deadline_during_the_run_stops_it) {
  const auto snap = random_graph(4000, 12000);
  const interrupt stop(std::stop_token{}, clock_type::now() + std::chrono::milliseconds(1));
  EXPECT_EQ(failure_of([&] { (void)betweenness_centrality(*snap, direction::both, 2, stop); }),
            failure_code::deadline_exceeded);
}

TEST(interrupted_components, stop_and_deadline) {
  const auto snap = random_graph(300, 900);
  for (const component_mode mode : {component_mode::weak, component_mode::strong}) {
    std::stop_source source;
    EXPECT_EQ(failure_of([&] { (void)connected_components(*snap, mode, cancelled_already(source)); }),
              failure_code::cancelled);
    EXPECT_EQ(failure_of([&] { (void)connected_components(*snap, mode, past_deadline()); }),
              failure_code::deadline_exceeded);
  }
}

TEST(interrupted_ego_network, stop_and_deadline) {
  const auto snap = random_graph(300, 900);
  const traversal t = make_traversal(*snap, direction::both);
  std::stop_source source;
  EXPECT_EQ(failure_of([&] { (void)ego_network(*snap, t, 0, 3, 1000, cancelled_already(source)); }),
            failure_code::cancelled);
  EXPECT_EQ(failure_of([&] { (void)ego_network(*snap, t, 0, 3, 1000, past_deadline()); }),
            failure_code::deadline_exceeded);
}

// A search that visits more than the 4096 nodes between two looks at the interrupt, unweighted and weighted.
TEST(interrupted_path, stopped_before_the_first_path_throws) {
  const auto snap = line_graph(10000);
  const traversal t = make_traversal(*snap, direction::both);
  for (const bool weighted : {false, true}) {
    const path_query query{.from = 0, .to = 9999, .weighted = weighted, .k = 3};
    std::stop_source source;
    EXPECT_EQ(failure_of([&] { (void)find_paths(*snap, t, query, cancelled_already(source)); }),
              failure_code::cancelled);
    EXPECT_EQ(failure_of([&] { (void)find_paths(*snap, t, query, past_deadline()); }), failure_code::deadline_exceeded);
    EXPECT_TRUE(find_paths(*snap, t, query).complete);
  }
}

//   a ── b ── d
//   └─── c ───┘
// The first search is short enough to finish without looking at the interrupt; Yen's first spur path
// looks, and stops.
TEST(interrupted_path, yen_stopped_after_the_first_path_returns_it_incomplete) {
  snapshot_builder builder;
  for (const char* id : {"a", "b", "c", "d"}) builder.add_node(id, "enterprise", id);
  builder.add_edge(0, 1, "supplies");
  builder.add_edge(1, 3, "supplies");
  builder.add_edge(0, 2, "supplies");
  builder.add_edge(2, 3, "supplies");
  const auto snap = std::move(builder).build();
  const traversal t = make_traversal(*snap, direction::both);
  for (const bool weighted : {false, true}) {
    const path_query query{.from = 0, .to = 3, .weighted = weighted, .k = 2};
    const path_result all = find_paths(*snap, t, query);
    ASSERT_EQ(all.paths.size(), 2U);
    EXPECT_TRUE(all.complete);

    std::stop_source source;
    const path_result cancelled = find_paths(*snap, t, query, cancelled_already(source));
    ASSERT_EQ(cancelled.paths.size(), 1U);
    EXPECT_EQ(cancelled.paths[0], all.paths[0]);
    EXPECT_FALSE(cancelled.complete);
    EXPECT_FALSE(cancelled.capped);

    const path_result late = find_paths(*snap, t, query, past_deadline());
    ASSERT_EQ(late.paths.size(), 1U);
    EXPECT_FALSE(late.complete);
  }
}

TEST(interrupted_analysis_cache, a_stopped_computation_stores_nothing) {
  const auto snap = random_graph(300, 900);
  analysis_cache cache;
  const centrality_options options{.kind = metric::closeness, .mode = direction::both};
  std::stop_source source;
  EXPECT_EQ(failure_of([&] { (void)cache.centrality(*snap, options, cancelled_already(source)); }),
            failure_code::cancelled);
  EXPECT_EQ(*cache.centrality(*snap, options), compute_centrality(*snap, options));
  EXPECT_EQ(failure_of([&] { (void)cache.components_of(*snap, component_mode::weak, past_deadline()); }),
            failure_code::deadline_exceeded);
  EXPECT_EQ(cache.components_of(*snap, component_mode::weak)->of, connected_components(*snap, component_mode::weak).of);
  EXPECT_EQ(cache.computations(), 4U);
}

}  // namespace
}  // namespace chainex
