// Deadlines and jobs at the API, through the router: a request past its deadline is a 503 with Retry-After;
// a metric too costly for a request answers 202 with the job's Location, the job can be followed and
// cancelled, and a position marks that metric pending while answering everything else. The job's
// computation is a deliberately slow test-only one that runs until cancelled.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <thread>

#include "app_fixture.hpp"

namespace chainex::server {
namespace {

using nlohmann::json;
using namespace std::chrono_literals;

// Runs until stopped, having done half its work.
std::vector<double> until_stopped(const snapshot&, const centrality_options&, const interrupt& stop) {
  stop.progress(0.5);
  while (true) {
    stop.poll();
    std::this_thread::sleep_for(1ms);
  }
}

struct app_with {
  explicit app_with(state_options options)
      : state(testing::load_graph(testing::fixtures / "graph", "fixture"), std::move(options)) {
    add_api_routes(app, state);
  }
  [[nodiscard]] response send(std::string method, std::string target) const {
    return app.handle(request{
        .method = std::move(method), .target = std::move(target), .headers = {{"Host", "localhost"}}, .body = {}});
  }
  [[nodiscard]] response get(std::string target) const { return send("GET", std::move(target)); }
  app_state state;
  router app;
};

state_options every_metric_a_job() { return {.jobs = {.max_queued = 4, .inline_budget = 0, .compute = until_stopped}}; }

TEST(api_jobs, a_request_past_its_deadline_is_503_with_retry_after) {
  const app_with f({.query_timeout = 0ms});
  const response r = f.get("/api/centrality?metric=closeness");
  ASSERT_EQ(r.status, 503U) << r.content();
  EXPECT_EQ(r.header("Retry-After").value_or(""), "1");
  EXPECT_EQ(json::parse(r.content())["type"], "/problems/deadline-exceeded");
}

TEST(api_jobs, a_costly_metric_is_a_job_to_follow_and_cancel) {
  const app_with f(every_metric_a_job());
  const response accepted = f.get("/api/centrality?metric=betweenness");
  ASSERT_EQ(accepted.status, 202U) << accepted.content();
  const std::string location(accepted.header("Location").value_or(""));
  const json job = json::parse(accepted.content());
  EXPECT_EQ(location, "/api/jobs/" + job["id"].get<std::string>());
  EXPECT_EQ(job["metric"], "betweenness");

  // Asked again, the same job answers: one per metric and snapshot.
  EXPECT_EQ(json::parse(f.get("/api/centrality?metric=betweenness&top=5").content())["id"], job["id"]);
  const response followed = f.get(location);
  ASSERT_EQ(followed.status, 200U);
  EXPECT_TRUE(json::parse(followed.content())["state"] == "queued" ||
              json::parse(followed.content())["state"] == "running");
  EXPECT_EQ(json::parse(f.get("/api/jobs").content())["jobs"].size(), 1U);

  const response cancelled = f.send("DELETE", location);
  ASSERT_EQ(cancelled.status, 200U);
  std::string state;
  for (int i = 0; i < 2000 && state != "cancelled"; ++i) {  // the runner stops at its next poll
    state = json::parse(f.get(location).content())["state"].get<std::string>();
    if (state != "cancelled") std::this_thread::sleep_for(10ms);
  }
  EXPECT_EQ(state, "cancelled");
  EXPECT_EQ(f.get("/api/jobs/no-such-job").status, 404U);
}

TEST(api_jobs, a_position_marks_a_running_metric_pending_and_answers_the_rest) {
  const app_with f(every_metric_a_job());
  const response r = f.get("/api/nodes/byd/position");
  ASSERT_EQ(r.status, 200U) << r.content();
  const json body = json::parse(r.content());
  EXPECT_EQ(body["ranks"]["degree"]["rank"].is_number(), true);  // degree is never a job
  EXPECT_EQ(body["ranks"]["betweenness"]["pending"], true);
  EXPECT_TRUE(body["ranks"]["betweenness"]["job"]["url"].get<std::string>().starts_with("/api/jobs/"));
  EXPECT_FALSE(body["markets"].empty());
}

// Reported by the web: a position with a pending rank was kept in the answer cache, so asking again after
// the job had finished still said pending.
TEST(api_jobs, a_position_with_a_pending_rank_is_not_cached) {
  const app_with f({.jobs = {.max_queued = 4, .inline_budget = 0, .compute = {}}});  // real, quick computations
  const json first = json::parse(f.get("/api/nodes/byd/position?metrics=closeness").content());
  ASSERT_EQ(first["ranks"]["closeness"]["pending"], true);
  const std::string location = first["ranks"]["closeness"]["job"]["url"].get<std::string>();
  std::string state;
  for (int i = 0; i < 2000 && state != "done"; ++i) {
    state = json::parse(f.get(location).content())["state"].get<std::string>();
    if (state != "done") std::this_thread::sleep_for(10ms);
  }
  ASSERT_EQ(state, "done");
  const json again = json::parse(f.get("/api/nodes/byd/position?metrics=closeness").content());
  EXPECT_TRUE(again["ranks"]["closeness"]["rank"].is_number()) << again["ranks"].dump();
}

}  // namespace
}  // namespace chainex::server
