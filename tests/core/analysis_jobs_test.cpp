// Background jobs for heavy analyses (core/include/chainex/core/analysis_jobs.hpp), driven by a deliberately
// slow test-only computation that waits on a gate the test opens: job sharing, progress, cancellation, the
// queue's limit, and an import (a newer snapshot) dropping older jobs. Nothing here waits on a clock
// but for bounded polls of a state that must come.
#include <gtest/gtest.h>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

#include "chainex/core/analysis_jobs.hpp"
#include "chainex/query_error.hpp"

namespace chainex::core {
namespace {

std::shared_ptr<const snapshot> tiny_graph() {
  snapshot_builder builder;
  const node_index a = *builder.add_node("a", "enterprise", "A");
  const node_index b = *builder.add_node("b", "enterprise", "B");
  builder.add_edge(a, b, "supplies");
  return std::move(builder).build();
}

// A computation that reports half its progress, then waits until the gate opens or it is stopped.
struct gate {
  std::mutex mutex;
  std::condition_variable opened_cv;
  bool opened = false;
  std::atomic<int> runs{0};

  void open() {
    {
      const std::lock_guard lock(mutex);
      opened = true;
    }
    opened_cv.notify_all();
  }
  std::vector<double> compute(const snapshot& graph, const interrupt& stop) {
    ++runs;
    stop.progress(0.5);
    std::unique_lock lock(mutex);
    while (!opened) {
      opened_cv.wait_for(lock, std::chrono::milliseconds(5));
      lock.unlock();
      stop.poll();
      lock.lock();
    }
    return std::vector<double>(graph.node_count(), 1.0);
  }
};

job_options slow_jobs(gate& g, std::size_t max_queued = 4) {
  return {.max_queued = max_queued,
          .inline_budget = 0,  // every metric but degree is a job
          .compute = [&g](const snapshot& graph, const centrality_options&, const interrupt& stop) {
            return g.compute(graph, stop);
          }};
}

// The job's status once `reached` holds for it (polled up to 20 s on a loaded machine).
job_status wait_until(const analysis_jobs& jobs, const std::string& id,
                      const std::function<bool(const job_status&)>& reached) {
  for (int i = 0; i < 2000; ++i) {
    if (auto s = jobs.status(id); s && reached(*s)) return *s;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ADD_FAILURE() << "job " << id << " never reached the state waited for";
  return {};
}

job_status wait_for(const analysis_jobs& jobs, const std::string& id, job_state state) {
  return wait_until(jobs, id, [state](const job_status& s) { return s.state == state; });
}

const centrality_options betweenness{.kind = metric::betweenness, .mode = direction::both};

TEST(analysis_jobs, one_job_per_snapshot_and_options_shared_by_every_asker) {
  gate g;
  analysis_jobs jobs(slow_jobs(g));
  const auto graph = tiny_graph();
  const job_status first = jobs.start(graph, betweenness);
  const job_status second = jobs.start(graph, betweenness);
  EXPECT_EQ(first.id, second.id);
  EXPECT_EQ(jobs.list().size(), 1U);
  // Running, the computation has said it is half done (it says so before waiting at its gate).
  const job_status running = wait_until(jobs, first.id, [](const job_status& s) { return s.progress == 0.5; });
  EXPECT_EQ(running.state, job_state::running);
  EXPECT_EQ(jobs.result(*graph, betweenness), nullptr);
  g.open();
  const job_status done = wait_for(jobs, first.id, job_state::done);
  EXPECT_DOUBLE_EQ(done.progress, 1.0);
  ASSERT_NE(jobs.result(*graph, betweenness), nullptr);
  EXPECT_EQ(jobs.result(*graph, betweenness)->size(), 2U);
  (void)jobs.start(graph, betweenness);  // a finished job is answered, not run again
  EXPECT_EQ(g.runs.load(), 1);
}

TEST(analysis_jobs, a_cancelled_job_stops_and_keeps_no_result) {
  gate g;
  analysis_jobs jobs(slow_jobs(g));
  const auto graph = tiny_graph();
  const std::string id = jobs.start(graph, betweenness).id;
  (void)wait_for(jobs, id, job_state::running);
  ASSERT_TRUE(jobs.cancel(id).has_value());
  (void)wait_for(jobs, id, job_state::cancelled);
  EXPECT_EQ(jobs.result(*graph, betweenness), nullptr);
  EXPECT_FALSE(jobs.cancel("no-such-job").has_value());
}

TEST(analysis_jobs, the_queue_has_a_limit) {
  gate g;
  analysis_jobs jobs(slow_jobs(g, 2));
  const auto graph = tiny_graph();
  (void)jobs.start(graph, betweenness);
  (void)jobs.start(graph, {.kind = metric::closeness, .mode = direction::both});
  try {
    (void)jobs.start(graph, {.kind = metric::harmonic, .mode = direction::both});
    ADD_FAILURE() << "a third job was queued";
  } catch (const query_error& error) {
    EXPECT_EQ(error.code(), failure_code::capacity);
  }
  g.open();
}

TEST(analysis_jobs, a_newer_snapshot_cancels_the_jobs_of_older_ones) {
  gate g;
  analysis_jobs jobs(slow_jobs(g));
  const auto old_graph = tiny_graph();
  const auto new_graph = tiny_graph();
  const std::string old_id = jobs.start(old_graph, betweenness).id;
  (void)wait_until(jobs, old_id, [](const job_status& s) { return s.progress == 0.5; });  // computing
  const std::string new_id = jobs.start(new_graph, betweenness).id;
  EXPECT_NE(old_id, new_id);
  EXPECT_FALSE(jobs.status(old_id).has_value());  // dropped with its snapshot
  g.open();
  (void)wait_for(jobs, new_id, job_state::done);
  EXPECT_EQ(g.runs.load(), 2);
}

TEST(analysis_jobs, degree_is_never_a_job_and_cost_decides_the_rest) {
  analysis_jobs cheap({.max_queued = 1, .inline_budget = 1e12, .compute = {}});
  const auto graph = tiny_graph();
  EXPECT_FALSE(cheap.is_heavy(*graph, betweenness));
  analysis_jobs strict({.max_queued = 1, .inline_budget = 0, .compute = {}});
  EXPECT_TRUE(strict.is_heavy(*graph, betweenness));
  EXPECT_FALSE(strict.is_heavy(*graph, {.kind = metric::degree, .mode = direction::both}));
}

}  // namespace
}  // namespace chainex::core
