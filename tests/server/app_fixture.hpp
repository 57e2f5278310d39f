// app_fixture.hpp — the server's application (state, router, API, static files) over the test graph.
//
// tests/server/fixtures/graph is a small chain (ids with '/', spaces, ':' and Chinese letters);
// fixtures/web a tiny front end with a hidden file and a symlink that points out of the folder.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>

#include "chainex/import.hpp"
#include "chainex/server/api.hpp"
#include "chainex/server/app_state.hpp"
#include "chainex/server/router.hpp"
#include "chainex/server/static_files.hpp"

namespace chainex::server::testing {

inline const std::filesystem::path fixtures = std::filesystem::path(CHAINEX_SOURCE_DIR) / "tests/server/fixtures";

inline std::shared_ptr<const served_graph> load_graph(const std::filesystem::path& folder, std::string origin) {
  import_result result = import_csv(csv_source::from_folder(folder));
  if (!result.report.ok)
    throw std::runtime_error("the test graph does not import: " + result.report.errors.at(0).to_string());
  return std::make_shared<const served_graph>(result.graph, R"({"name":"test graph"})", std::move(origin));
}

struct app_fixture {
  explicit app_fixture(state_options options = {})
      : state(load_graph(fixtures / "graph", "fixture"), std::move(options)), web(fixtures / "web") {
    add_api_routes(app, state);
    app.set_fallback([this](const route_context& c) { return web.serve(c); });
  }

  response get(std::string target, std::vector<header_field> headers = {}) const {
    headers.push_back({"Host", "localhost"});
    return app.handle(request{.method = "GET", .target = std::move(target), .headers = std::move(headers), .body = {}});
  }

  app_state state;
  static_files web;
  router app;
};

}  // namespace chainex::server::testing
