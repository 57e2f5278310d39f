// app_fixture.hpp — the server's application (state, router, API, static files) over the test graph.
//
// tests/server/fixtures/graph is a small chain (ids with '/', spaces, ':' and Chinese letters);
// fixtures/web a tiny front end with a hidden file and a symlink that points out of the folder.
#pragma once

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

#include "chainex/import.hpp"
#include "chainex/server/api.hpp"
#include "chainex/server/app_state.hpp"
#include "chainex/server/router.hpp"
#include "chainex/server/server.hpp"
#include "chainex/server/static_files.hpp"

namespace chainex::server::testing {

inline const std::filesystem::path fixtures = std::filesystem::path(CHAINEX_SOURCE_DIR) / "tests/server/fixtures";

// Server limits small enough for tests to reach: 2 KB targets, 4 KB headers, 1 KB bodies, 1 MB uploads, and
// the given timeouts for headers and for bodies and idle connections.
inline server_options small_limits(std::chrono::milliseconds header_timeout, std::chrono::milliseconds timeout) {
  server_options options;
  options.port = 0;
  options.max_target_bytes = 2048;
  options.max_header_bytes = 4096;
  options.max_body_bytes = 1024;
  options.max_upload_bytes = 1u << 20;
  options.header_timeout = header_timeout;
  options.body_timeout = timeout;
  options.idle_timeout = timeout;
  options.drain = std::chrono::seconds(2);
  return options;
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline std::shared_ptr<const served_graph> load_graph(const std::filesystem::path& folder, std::string origin) {
  import_result result = import_csv(csv_source::from_folder(folder));
  if (!result.report.ok)
    throw std::runtime_error("the test graph does not import: " + result.report.errors.at(0).to_string());
  return std::make_shared<const served_graph>(result.graph, R"({"name":"test graph"})", std::move(origin));
}

struct app_fixture {
  explicit app_fixture(state_options options = {}, const std::filesystem::path& graph = fixtures / "graph")
      : state(load_graph(graph, "fixture"), std::move(options)), web(fixtures / "web") {
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
