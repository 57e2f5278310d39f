// The time model over HTTP (issue 13), through the router on tests/fixtures/time (a small dated chain):
// as_of on the graph routes, /api/diff and /api/nodes/{id}/timeline, and their errors. Expected values are
// worked out by hand from the fixture's rows (see tests/core/time_model_test.cpp).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app_fixture.hpp"

namespace chainex::server {
namespace {

using nlohmann::json;
using testing::app_fixture;

const std::filesystem::path dated_chain = std::filesystem::path(CHAINEX_SOURCE_DIR) / "tests/fixtures/time";

json body_of(const response& r) { return json::parse(r.content()); }

void expect_problem(const response& r, unsigned status, std::string_view slug) {
  EXPECT_EQ(r.status, status) << r.content();
  EXPECT_EQ(body_of(r)["type"], "/problems/" + std::string(slug));
}

// As of a day a metric the served graph would run as a job is refused, never started or computed past the
// deadline: a position answers at once with that rank's error, a ranking with 422 (inline budget 0: every
// metric but degree counts as too costly here).
TEST(api_time, a_costly_metric_as_of_a_day_is_refused_at_once) {
  const app_fixture f({.jobs = {.max_queued = 4, .inline_budget = 0, .compute = {}}}, dated_chain);
  const json position = body_of(f.get("/api/nodes/byd/position?as_of=2020"));
  EXPECT_EQ(position["ranks"]["degree"]["rank"], 1);
  EXPECT_EQ(position["ranks"]["betweenness"]["error"]["code"], "unanswerable");
  EXPECT_EQ(position["ranks"]["betweenness"]["error"]["details"]["metric"], "betweenness");
  EXPECT_FALSE(position["ranks"]["closeness"].contains("pending"));
  expect_problem(f.get("/api/centrality?metric=closeness&as_of=2020"), 422, "cannot-answer");
  EXPECT_EQ(f.get("/api/centrality?metric=degree&as_of=2020").status, 200u);
  EXPECT_EQ(body_of(f.get("/api/jobs"))["jobs"].size(), 0u);  // nothing was started for the day's copy
}

TEST(api_time, graph_routes_answer_as_of_a_day_and_say_which) {
  const app_fixture f({}, dated_chain);
  const json then = body_of(f.get("/api/stats?as_of=2017"));
  EXPECT_EQ(then["as_of"], "2017-01-01");
  EXPECT_EQ(then["nodes"], 7);
  EXPECT_EQ(then["edges"], 3);
  EXPECT_EQ(body_of(f.get("/api/stats"))["as_of"], nullptr);
  EXPECT_EQ(body_of(f.get("/api/stats"))["nodes"], 9);
  EXPECT_TRUE(body_of(f.get("/api/path?from=catl&to=byd-hu&as_of=2018"))["paths"].empty());
  const json supplied = body_of(f.get("/api/path?from=catl&to=byd-hu&as_of=2020-06"));
  EXPECT_EQ(supplied["as_of"], "2020-06-01");
  ASSERT_EQ(supplied["paths"].size(), 1u);
  EXPECT_EQ(supplied["paths"][0]["nodes"], json({"catl", "byd", "byd-hu"}));
  EXPECT_EQ(body_of(f.get("/api/nodes/byd/neighbors?as_of=2016-09"))["nodes"].size(), 1u);
  EXPECT_EQ(body_of(f.get("/api/nodes/byd/neighbors?as_of=2017"))["as_of"], "2017-01-01");
  EXPECT_EQ(body_of(f.get("/api/components?as_of=2017"))["as_of"], "2017-01-01");
  EXPECT_EQ(body_of(f.get("/api/centrality?as_of=2017&top=100"))["results"].size(), 7u);
  EXPECT_EQ(body_of(f.get("/api/nodes/byd/position?as_of=2016-12-31"))["as_of"], "2016-12-31");
  const response exported = f.get("/api/export?format=csv&table=nodes&as_of=2017");
  EXPECT_EQ(exported.status, 200u);
  EXPECT_EQ(exported.header("X-Chainex-As-Of").value_or(""), "2017-01-01");
  EXPECT_NE(exported.content().find("byd-hu"), std::string::npos);
  EXPECT_EQ(exported.content().find("catl-de"), std::string::npos);  // from 2018
  // Items without a since are marked so; dated ones are not.
  EXPECT_EQ(body_of(f.get("/api/nodes/mkt-HU"))["node"]["undated"], true);
  const json byd = body_of(f.get("/api/nodes/byd"));
  EXPECT_FALSE(byd["node"].contains("undated"));
  EXPECT_FALSE(byd["edges"]["out"][0].contains("undated"));
}

TEST(api_time, bad_dates_and_absent_nodes_are_problems) {
  const app_fixture f({}, dated_chain);
  expect_problem(f.get("/api/stats?as_of=2017-02-30"), 400, "bad-parameter");
  expect_problem(f.get("/api/path?from=catl&to=byd&as_of=yesterday"), 400, "bad-parameter");
  expect_problem(f.get("/api/nodes/catl-de/neighbors?as_of=2017"), 404, "unknown-node");
  expect_problem(f.get("/api/diff?from=2018&to=2016"), 400, "bad-parameter");
  expect_problem(f.get("/api/diff?from=2016"), 400, "bad-parameter");
  expect_problem(f.get("/api/nodes/nobody/timeline"), 404, "unknown-node");
}

TEST(api_time, diff_and_timeline) {
  const app_fixture f({}, dated_chain);
  const json changed = body_of(f.get("/api/diff?from=2016&to=2018&id=byd-hu"));
  EXPECT_EQ(changed["from"], "2016-01-01");
  EXPECT_EQ(changed["id"], "byd-hu");
  EXPECT_EQ(changed["began"]["edges"].size(), 4u);
  ASSERT_EQ(changed["ended"]["edges"].size(), 1u);
  EXPECT_EQ(changed["ended"]["edges"][0]["target"], "role:sales");
  EXPECT_EQ(changed["ended"]["edges"][0]["citation"], "BYD press release 2016");
  const json line = body_of(f.get("/api/nodes/byd/timeline"));
  ASSERT_EQ(line["events"].size(), 3u);
  EXPECT_EQ(line["events"][2]["change"], "ended");
  EXPECT_EQ(line["events"][2]["edge"]["citation"], "Industry report");
  EXPECT_EQ(line["depth_by_year"]["HU"]["2016"], 1);
  EXPECT_EQ(line["depth_by_year"]["HU"]["2017"], 3);
}

}  // namespace
}  // namespace chainex::server
