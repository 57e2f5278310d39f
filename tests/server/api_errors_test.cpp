// Errors as values at the API: what graph/ cannot answer is a 422 naming why, never a 500, and a position
// keeps every other part of its answer when one metric fails. Over tests/fixtures/import/negative_weight:
// three nodes a -> b (weight -2) -> c, as a new user tried it.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "app_fixture.hpp"
#include "chainex/server/problem.hpp"

namespace chainex::server {
namespace {

using nlohmann::json;

struct negative_weight_app {
  negative_weight_app()
      : state(testing::load_graph(std::filesystem::path(CHAINEX_FIXTURES) / "import/negative_weight", "fixture"), {}) {
    add_api_routes(app, state);
  }
  [[nodiscard]] response get(std::string target) const {
    return app.handle(
        request{.method = "GET", .target = std::move(target), .headers = {{"Host", "localhost"}}, .body = {}});
  }
  app_state state;
  router app;
};

TEST(api_errors, pagerank_over_a_negative_weight_is_422_naming_the_edge) {
  const negative_weight_app f;
  const response r = f.get("/api/centrality?metric=pagerank");
  ASSERT_EQ(r.status, 422U) << r.content();
  const json body = json::parse(r.content());
  EXPECT_EQ(body["type"], "/problems/cannot-answer");
  EXPECT_EQ(body["details"]["edge"], "0");
  EXPECT_EQ(body["details"]["source"], "a");
  EXPECT_EQ(body["details"]["target"], "b");
  EXPECT_EQ(body["details"]["weight"], "-2.000000");
}

TEST(api_errors, a_weighted_path_over_a_negative_weight_is_422) {
  const negative_weight_app f;
  const response r = f.get("/api/path?from=a&to=c&weighted=true");
  EXPECT_EQ(r.status, 422U) << r.content();
  EXPECT_EQ(f.get("/api/path?from=a&to=c").status, 200U);  // hops do not care
}

TEST(api_errors, position_answers_with_the_failing_metric_s_error_in_place) {
  const negative_weight_app f;
  const response r = f.get("/api/nodes/a/position");
  ASSERT_EQ(r.status, 200U) << r.content();
  const json ranks = json::parse(r.content())["ranks"];
  EXPECT_EQ(ranks["pagerank"]["error"]["code"], "unanswerable");
  EXPECT_EQ(ranks["pagerank"]["error"]["details"]["edge"], "0");
  EXPECT_EQ(ranks["degree"]["of"], 3);
  EXPECT_EQ(ranks["eigenvector"]["of"], 3);  // unweighted: the negative weight does not matter to it
}

TEST(api_errors, a_bad_parameter_names_itself_in_details) {
  const negative_weight_app f;
  const response r = f.get("/api/path?from=a&to=c&k=21");
  ASSERT_EQ(r.status, 400U);
  EXPECT_EQ(json::parse(r.content())["details"]["parameter"], "k");
}

}  // namespace
}  // namespace chainex::server
