// The JSON API through the router, without a socket: every route, its parameters and its errors.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <thread>

#include "app_fixture.hpp"
#include "chainex/server/problem.hpp"

namespace chainex::server {
namespace {

using nlohmann::json;
using testing::app_fixture;

json body_of(const response& r) { return json::parse(r.content()); }

void expect_problem(const response& r, unsigned status, std::string_view slug) {
  EXPECT_EQ(r.status, status) << r.content();
  EXPECT_EQ(r.header("Content-Type").value_or(""), "application/problem+json");
  const json body = body_of(r);
  EXPECT_EQ(body["status"], status);
  EXPECT_EQ(body["type"], "/problems/" + std::string(slug));
  EXPECT_TRUE(body.contains("title"));
  EXPECT_TRUE(body.contains("detail"));
}

TEST(api, stats_counts_the_graph_and_carries_version_and_dataset) {
  const app_fixture f;
  const response r = f.get("/api/stats");
  ASSERT_EQ(r.status, 200u);
  const json body = body_of(r);
  EXPECT_EQ(body["nodes"], 10);
  EXPECT_EQ(body["edges"], 7);
  EXPECT_EQ(body["kinds"]["enterprise"], 4);
  EXPECT_EQ(body["types"]["owns"], 2);
  EXPECT_EQ(body["dataset"]["name"], "test graph");
  EXPECT_EQ(body["version"], f.state.current()->graph->version());
  EXPECT_EQ(r.header("X-Chainex-Version").value_or(""), std::to_string(f.state.current()->graph->version()));
}

TEST(api, search_ranks_and_filters) {
  const app_fixture f;
  json body = body_of(f.get("/api/search?q=huawei"));
  ASSERT_EQ(body["results"].size(), 2u);
  EXPECT_EQ(body["results"][0]["id"], "huawei");
  EXPECT_EQ(body["results"][0]["match"], "exact");
  EXPECT_EQ(body["results"][1]["id"], "huawei-de");
  // Chinese, percent-encoded as a browser sends it: 比亚迪 is a prefix of 比亚迪匈牙利 too.
  body = body_of(f.get("/api/search?q=%E6%AF%94%E4%BA%9A%E8%BF%AA"));
  ASSERT_EQ(body["results"].size(), 2u);
  EXPECT_EQ(body["results"][0]["id"], "byd");
  EXPECT_EQ(body["results"][0]["name_zh"], "比亚迪");
  body = body_of(f.get("/api/search?q=hu&kind=market"));
  ASSERT_EQ(body["results"].size(), 1u);
  EXPECT_EQ(body["results"][0]["id"], "mkt-HU");
  EXPECT_TRUE(body_of(f.get("/api/search?q=hu&kind=planet"))["results"].empty());
  EXPECT_EQ(body_of(f.get("/api/search?q=e&limit=3"))["results"].size(), 3u);
}

TEST(api, search_parameters_are_checked) {
  const app_fixture f;
  expect_problem(f.get("/api/search"), 400, "bad-parameter");
  expect_problem(f.get("/api/search?q="), 400, "bad-parameter");
  expect_problem(f.get("/api/search?q=a&limit=0"), 400, "bad-parameter");
  expect_problem(f.get("/api/search?q=a&limit=51"), 400, "bad-parameter");
  expect_problem(f.get("/api/search?q=a&limit=ten"), 400, "bad-parameter");
}

TEST(api, node_with_percent_encoded_id_lists_edges_with_citations) {
  const app_fixture f;
  const response r = f.get("/api/nodes/byd%2Fhu");
  ASSERT_EQ(r.status, 200u) << r.content();
  const json body = body_of(r);
  EXPECT_EQ(body["node"]["id"], "byd/hu");
  EXPECT_EQ(body["node"]["properties"]["sector"], "automotive");
  EXPECT_EQ(body["degree"]["out"], 2);
  EXPECT_EQ(body["degree"]["in"], 1);
  ASSERT_EQ(body["edges"]["in"].size(), 1u);
  const json& owns = body["edges"]["in"][0];
  EXPECT_EQ(owns["type"], "owns");
  EXPECT_EQ(owns["source"], "byd");
  EXPECT_EQ(owns["other"]["id"], "byd");
  EXPECT_EQ(owns["properties"]["citation"], "BYD press release");
  EXPECT_EQ(owns["properties"]["url"], "https://example.org/byd-hu");

  EXPECT_EQ(body_of(f.get("/api/nodes/mkt%20DE"))["node"]["name"], "Germany");
  EXPECT_EQ(body_of(f.get("/api/nodes/p%3A%E7%8E%8B%E4%BC%A0%E7%A6%8F"))["node"]["name"], "Wang Chuanfu");
  EXPECT_TRUE(body_of(f.get("/api/nodes/huawei?limit=1"))["truncated"].get<bool>() == false);
  EXPECT_TRUE(body_of(f.get("/api/nodes/byd%2Fhu?limit=1"))["truncated"].get<bool>());
}

TEST(api, unknown_node_and_route_are_404) {
  const app_fixture f;
  expect_problem(f.get("/api/nodes/nobody"), 404, "unknown-node");
  expect_problem(f.get("/api/nodes/byd/hu"), 404, "unknown-route");  // an unencoded '/' is a path separator
  expect_problem(f.get("/api/nothing"), 404, "unknown-route");
}

TEST(api, wrong_method_is_405_with_allow) {
  const app_fixture f;
  const response r = f.app.handle({.method = "DELETE", .target = "/api/stats", .headers = {}, .body = {}});
  expect_problem(r, 405, "method-not-allowed");
  EXPECT_EQ(r.header("Allow").value_or(""), "GET, HEAD");
  const response post = f.app.handle({.method = "GET", .target = "/api/import", .headers = {}, .body = {}});
  expect_problem(post, 405, "method-not-allowed");
  EXPECT_EQ(post.header("Allow").value_or(""), "POST");
  expect_problem(f.app.handle({.method = "PUT", .target = "/index.html", .headers = {}, .body = {}}), 405,
                 "method-not-allowed");
}

TEST(api, head_runs_the_get_handler) {
  const app_fixture f;
  const response r = f.app.handle({.method = "HEAD", .target = "/api/stats", .headers = {}, .body = {}});
  EXPECT_EQ(r.status, 200u);
  EXPECT_EQ(r.content(), f.get("/api/stats").content());  // the session drops it, keeping Content-Length
}

TEST(api, malformed_targets_are_400) {
  const app_fixture f;
  expect_problem(f.get("/api/search?q=%zz"), 400, "bad-request");
  expect_problem(f.get("no-slash"), 400, "bad-request");
}

// The fixture graph: huawei → huawei-de → "mkt DE"; catl → byd → byd/hu → mkt-HU and role:manufacturing;
// p:王传福 → byd; lonely alone. Expected values below are read off that drawing.
TEST(api, neighbors_follow_depth_direction_and_filters) {
  const app_fixture f;
  json body = body_of(f.get("/api/nodes/byd/neighbors"));
  EXPECT_EQ(body["center"], "byd");
  EXPECT_EQ(body["nodes"].size(), 4u);  // byd, byd/hu, catl, p:王传福
  EXPECT_EQ(body["nodes"][0]["depth"], 0);
  EXPECT_EQ(body["edges"].size(), 3u);
  EXPECT_EQ(body_of(f.get("/api/nodes/byd/neighbors?direction=out"))["nodes"].size(), 2u);
  EXPECT_EQ(body_of(f.get("/api/nodes/byd/neighbors?depth=2"))["nodes"].size(), 6u);
  EXPECT_EQ(body_of(f.get("/api/nodes/byd/neighbors?depth=2&types=owns,supplies"))["nodes"].size(), 3u);
  EXPECT_TRUE(body_of(f.get("/api/nodes/byd/neighbors?depth=2&limit=2"))["truncated"].get<bool>());
  expect_problem(f.get("/api/nodes/byd/neighbors?depth=5"), 400, "bad-parameter");
  expect_problem(f.get("/api/nodes/byd/neighbors?direction=up"), 400, "bad-parameter");
  expect_problem(f.get("/api/nodes/nobody/neighbors"), 404, "unknown-node");
}

TEST(api, path_lists_nodes_edges_and_their_details) {
  const app_fixture f;
  json body = body_of(f.get("/api/path?from=catl&to=mkt-HU&relations=all"));
  ASSERT_TRUE(body["found"].get<bool>());
  ASSERT_EQ(body["paths"].size(), 1u);
  EXPECT_EQ(body["paths"][0]["nodes"], json({"catl", "byd", "byd/hu", "mkt-HU"}));
  EXPECT_EQ(body["paths"][0]["hops"], 3);
  EXPECT_EQ(body["nodes"]["byd/hu"]["name_zh"], "比亚迪匈牙利");
  const std::string first_edge = std::to_string(body["paths"][0]["edges"][0].get<int>());
  EXPECT_EQ(body["edges"][first_edge]["properties"]["citation"], "Industry report");
  body = body_of(f.get("/api/path?from=catl&to=lonely"));
  EXPECT_FALSE(body["found"].get<bool>());
  EXPECT_TRUE(body["paths"].empty());
  EXPECT_FALSE(body_of(f.get("/api/path?from=mkt-HU&to=catl&direction=out"))["found"].get<bool>());
  expect_problem(f.get("/api/path?from=catl"), 400, "bad-parameter");
  expect_problem(f.get("/api/path?from=catl&to=byd&k=21"), 400, "bad-parameter");
  expect_problem(f.get("/api/path?from=catl&to=nobody"), 404, "unknown-node");
}

TEST(api, centrality_metrics_and_components) {
  const app_fixture f;
  json body = body_of(f.get("/api/centrality?metric=degree&top=2"));
  ASSERT_EQ(body["results"].size(), 2u);
  EXPECT_EQ(body["results"][0]["id"], "byd");  // degree 3, tied with byd/hu, earlier in the file
  EXPECT_EQ(body["results"][0]["rank"], 1);
  EXPECT_DOUBLE_EQ(body["results"][0]["value"].get<double>(), 3.0 / 9.0);
  EXPECT_EQ(body["results"][1]["id"], "byd/hu");
  body = body_of(f.get("/api/centrality?metric=pagerank&kind=market&top=5"));
  EXPECT_EQ(body["results"].size(), 2u);
  expect_problem(f.get("/api/centrality?metric=fame"), 400, "bad-parameter");
  expect_problem(f.get("/api/centrality?kind=planet"), 400, "bad-parameter");
  EXPECT_EQ(body_of(f.get("/api/metrics"))["metrics"].size(), 6u);
  body = body_of(f.get("/api/components"));
  EXPECT_EQ(body["count"], 3);
  EXPECT_EQ(body["sizes"], json({6, 3, 1}));
  EXPECT_EQ(body["largest"].size(), 6u);
  EXPECT_EQ(body_of(f.get("/api/components?mode=strong"))["count"], 10);
}

TEST(api, centrality_and_components_are_computed_once_per_snapshot) {
  app_fixture f;
  analysis_cache& cache = f.state.analyses();
  std::vector<std::thread> clients;  // concurrent first requests: one computation
  std::vector<unsigned> statuses(8);
  for (std::size_t i = 0; i < statuses.size(); ++i)
    clients.emplace_back([&, i] { statuses[i] = f.get("/api/centrality?metric=betweenness&top=3").status; });
  for (auto& client : clients) client.join();
  EXPECT_EQ(statuses, std::vector<unsigned>(8, 200u));
  EXPECT_EQ(cache.computations(), 1u);
  (void)f.get("/api/centrality?metric=betweenness&top=1&kind=enterprise");  // same vector, other cut
  (void)f.get("/api/components");
  (void)f.get("/api/components?top=1");
  EXPECT_EQ(cache.computations(), 2u);
  (void)f.get("/api/nodes/byd/position?metrics=betweenness");  // ranks reuse the centrality vector
  EXPECT_EQ(cache.computations(), 2u);
  f.state.publish(testing::load_graph(testing::fixtures / "graph", "again"));  // a new snapshot starts afresh
  (void)f.get("/api/centrality?metric=betweenness");
  EXPECT_EQ(cache.computations(), 3u);
}

// Footprint, depth and tiers are read off the drawing above; the ranks against networkx
// (tests/server/fixtures/position_ranks.csv, made by make_position_ranks.py).
TEST(api, position_gives_markets_depth_tiers_and_ranks) {
  const app_fixture f;
  const response r = f.get("/api/nodes/byd/position");
  ASSERT_EQ(r.status, 200u) << r.content();
  const json body = body_of(r);
  EXPECT_EQ(body["id"], "byd");
  EXPECT_EQ(body["node"]["name"], "BYD");
  EXPECT_EQ(body["direction"], "both");
  ASSERT_EQ(body["markets"].size(), 1u);
  const json& hungary = body["markets"][0];
  EXPECT_EQ(hungary["market"]["id"], "mkt-HU");
  EXPECT_EQ(hungary["market"]["name"], "Hungary");
  EXPECT_DOUBLE_EQ(hungary["market"]["lat"].get<double>(), 47.16);  // for the world map
  EXPECT_DOUBLE_EQ(hungary["market"]["lon"].get<double>(), 19.5);
  EXPECT_FALSE(hungary["home"].get<bool>());
  EXPECT_EQ(hungary["depth"], 3);
  EXPECT_EQ(hungary["grade"], "making");
  EXPECT_EQ(hungary["roles"], json({"role:manufacturing"}));
  EXPECT_EQ(hungary["subsidiaries"], json({"byd/hu"}));
  EXPECT_EQ(body["nodes"]["role:manufacturing"]["name"], "Manufacturing");
  EXPECT_EQ(body["nodes"]["byd/hu"]["name_zh"], "比亚迪匈牙利");
  ASSERT_EQ(body["upstream"].size(), 1u);
  EXPECT_EQ(body["upstream"][0]["tier"], 1);
  EXPECT_EQ(body["upstream"][0]["nodes"][0]["id"], "catl");
  EXPECT_TRUE(body["downstream"].empty());
  EXPECT_FALSE(body["truncated"].get<bool>());
  EXPECT_EQ(body_of(f.get("/api/nodes/catl/position"))["downstream"][0]["nodes"][0]["id"], "byd");

  std::ifstream expected(testing::fixtures / "position_ranks.csv");
  std::string line;
  std::getline(expected, line);  // header
  std::size_t rows = 0;
  while (std::getline(expected, line)) {
    std::vector<std::string> cells;
    for (std::size_t start = 0, comma = 0; comma != std::string::npos; start = comma + 1) {
      comma = line.find(',', start);
      cells.push_back(line.substr(start, comma - start));
    }
    ASSERT_EQ(cells.size(), 5u) << line;
    const json ranks = body_of(f.get("/api/nodes/" + cells[0] + "/position"))["ranks"];
    const json& rank = ranks[cells[1]];
    EXPECT_EQ(rank["rank"], std::stoul(cells[2])) << line;
    EXPECT_EQ(rank["of"], std::stoul(cells[3])) << line;
    EXPECT_NEAR(rank["value"].get<double>(), std::stod(cells[4]), 1e-6) << line;
    ++rows;
  }
  EXPECT_EQ(rows, 12u);
}

TEST(api, position_parameters_are_checked) {
  const app_fixture f;
  const json only = body_of(f.get("/api/nodes/byd/position?metrics=degree,pagerank&tiers=1&direction=out"));
  EXPECT_EQ(only["ranks"].size(), 2u);
  EXPECT_EQ(only["direction"], "out");
  EXPECT_TRUE(body_of(f.get("/api/nodes/lonely/position"))["markets"].empty());
  expect_problem(f.get("/api/nodes/byd/position?metrics=fame"), 400, "bad-parameter");
  expect_problem(f.get("/api/nodes/byd/position?tiers=0"), 400, "bad-parameter");
  expect_problem(f.get("/api/nodes/byd/position?tiers=11"), 400, "bad-parameter");
  expect_problem(f.get("/api/nodes/nobody/position"), 404, "unknown-node");
}

TEST(api, answers_are_kept_per_snapshot_and_shared) {
  app_fixture f;
  const response first = f.get("/api/nodes/byd%2Fhu?limit=5&x=1");
  const response again = f.get("/api/nodes/byd%2fhu?x=1&limit=5");  // other encoding and order: same key
  ASSERT_TRUE(first.shared_body && again.shared_body);
  EXPECT_EQ(first.shared_body, again.shared_body);  // one body, not a copy
  EXPECT_EQ(again.header("X-Chainex-Version"), first.header("X-Chainex-Version"));
  EXPECT_NE(f.get("/api/nodes/byd%2Fhu?limit=4").shared_body, first.shared_body);
  EXPECT_EQ(f.state.answers().stats().hits, 1u);
  expect_problem(f.get("/api/nodes/nobody"), 404, "unknown-node");  // errors are not kept
  expect_problem(f.get("/api/nodes/nobody"), 404, "unknown-node");
  EXPECT_EQ(f.state.answers().stats().hits, 1u);

  f.state.publish(testing::load_graph(testing::fixtures / "graph", "again"));
  const response fresh = f.get("/api/nodes/byd%2Fhu?limit=5&x=1");
  EXPECT_NE(fresh.shared_body, first.shared_body);
  EXPECT_EQ(body_of(fresh)["version"], f.state.current()->graph->version());
  EXPECT_NE(body_of(fresh)["version"], body_of(first)["version"]);
}

TEST(api, export_is_a_download) {
  const app_fixture f;
  const response graphml = f.get("/api/export?format=graphml");
  ASSERT_EQ(graphml.status, 200u);
  EXPECT_NE(graphml.header("Content-Disposition").value_or("").find("attachment"), std::string::npos);
  EXPECT_NE(graphml.body.find("<graphml"), std::string::npos);
  const response edges = f.get("/api/export?format=csv&table=edges");
  EXPECT_EQ(edges.header("Content-Type").value_or(""), "text/csv; charset=utf-8");
  EXPECT_NE(edges.body.find("BYD prospectus"), std::string::npos);
  expect_problem(f.get("/api/export?format=xls"), 400, "bad-parameter");
}

TEST(api, import_is_refused_without_a_configured_token) {
  const app_fixture f;  // no token
  expect_problem(
      f.app.handle({.method = "POST", .target = "/api/import", .headers = {{"Authorization", "Bearer x"}}, .body = {}}),
      403, "writes-disabled");
}

TEST(api, every_problem_type_uri_is_a_page_the_server_serves) {
  const app_fixture f;
  for (const problem_info& info : all_problems()) {
    const auto type = body_of(problem_response(info.code, "x"))["type"].get<std::string>();
    const response page = f.get(type);
    ASSERT_EQ(page.status, 200u) << type;
    EXPECT_EQ(page.header("Content-Type").value_or(""), "text/plain; charset=utf-8");
    EXPECT_TRUE(page.body.starts_with(std::string(info.title) + "\n")) << page.body;
    EXPECT_NE(page.body.find(info.explanation), std::string::npos) << page.body;
  }
  expect_problem(f.get("/problems/no-such-problem"), 404, "unknown-route");
}

TEST(api, openapi_document_lists_every_route_and_nothing_else) {
  const app_fixture f;
  const response r = f.get("/api/openapi.json");
  ASSERT_EQ(r.status, 200u);
  const json doc = body_of(r);
  EXPECT_EQ(doc["openapi"].get<std::string>().substr(0, 2), "3.");
  std::set<std::pair<std::string, std::string>> documented;
  for (const auto& [path, operations] : doc["paths"].items())
    for (const auto& [method, operation] : operations.items()) {
      std::string upper = method;
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      documented.emplace(upper, path);
      EXPECT_TRUE(operation.contains("responses")) << method << " " << path;
    }
  std::set<std::pair<std::string, std::string>> served;
  for (const route_info& route : f.app.routes()) served.emplace(route.method, route.pattern);
  EXPECT_EQ(documented, served);
}

}  // namespace
}  // namespace chainex::server
