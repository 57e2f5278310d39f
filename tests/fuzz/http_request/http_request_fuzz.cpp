// libFuzzer harness for the HTTP request path without sockets: target parsing (Boost.URL), query
// parameters, routing, the API handlers, multipart uploads and the static files, as the session hands
// them a request (server/src/router.cpp and everything it calls).
//
// Input layout: one control byte, then the request target up to the first '\n', then the body.
//   bits 0-2  method: GET HEAD POST DELETE PUT OPTIONS get (lower case) or an empty method
//   bit 3     send the right bearer token;  bit 4  declare the body multipart/form-data (boundary XyZ)
// Every answer must be a real status, never 500 (a handler let an unexpected exception out), and every
// error must be problem+json. An import that succeeds is undone so that each input starts from the same graph.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "chainex/import.hpp"
#include "chainex/server/api.hpp"
#include "chainex/server/app_state.hpp"
#include "chainex/server/router.hpp"
#include "chainex/server/static_files.hpp"
#include "fuzz_check.hpp"

namespace {

namespace server = chainex::server;

constexpr std::string_view token = "fuzz-token";

// A small chain with the awkward ids the API must carry: '/', spaces, ':' and Chinese letters.
constexpr std::string_view nodes_csv =
    "id,kind,name,name_zh,country,founded\n"
    "ent:byd,enterprise,BYD,比亚迪,CN,1995\n"
    "ent:catl,enterprise,CATL,宁德时代,CN,2011\n"
    "sub:byd/hu,subsidiary,BYD Szeged plant,,HU,2023\n"
    "mkt:HU,market,Hungary,匈牙利,HU,\n"
    "role:manufacturing,role,manufacturing,,,\n"
    "per:wang chuanfu,person,Wang Chuanfu,王传福,CN,\n";
constexpr std::string_view edges_csv =
    "source,target,type,weight,citation\n"
    "ent:byd,sub:byd/hu,owns,1,report\n"
    "sub:byd/hu,mkt:HU,located_in,,report\n"
    "sub:byd/hu,role:manufacturing,performs,,report\n"
    "ent:catl,ent:byd,supplies,2.5,report\n"
    "per:wang chuanfu,ent:byd,leads,,report\n";

struct application {
  application()
      : initial(load()),
        state(initial, {.token = std::string(token), .data_dir = {}}),
        web(std::string(CHAINEX_SOURCE_DIR) + "/tests/server/fixtures/web") {
    server::add_api_routes(app, state);
    app.set_fallback([this](const server::route_context& c) { return web.serve(c); });
  }

  static std::shared_ptr<const server::served_graph> load() {
    chainex::csv_source source;
    source.node_files.push_back(chainex::csv_input::memory("nodes.csv", std::string(nodes_csv)));
    source.edge_files.push_back(chainex::csv_input::memory("edges.csv", std::string(edges_csv)));
    chainex::import_result result = chainex::import_csv(source);
    fuzz_check(result.report.ok, "the harness graph does not import");
    return std::make_shared<const server::served_graph>(result.graph, R"({"name":"fuzz"})", "fuzz");
  }

  std::shared_ptr<const server::served_graph> initial;
  server::app_state state;
  server::static_files web;
  server::router app;
};

constexpr std::string_view methods[] = {"GET", "HEAD", "POST", "DELETE", "PUT", "OPTIONS", "get", ""};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static application the;
  if (size == 0) return 0;
  const std::uint8_t control = data[0];
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::size_t newline = rest.find('\n');

  server::request req;
  req.method = methods[control & 7u];
  req.target = rest.substr(0, newline);
  if (newline != std::string_view::npos) req.body = rest.substr(newline + 1);
  req.headers.push_back({"Host", "localhost"});
  if ((control & 8u) != 0) req.headers.push_back({"Authorization", "Bearer " + std::string(token)});
  if ((control & 16u) != 0) req.headers.push_back({"Content-Type", "multipart/form-data; boundary=XyZ"});

  (void)the.app.cost_of(req.method, req.target);
  const server::response answer = the.app.handle(req);
  fuzz_check(answer.status >= 200 && answer.status <= 599, "not a final HTTP status");
  fuzz_check(answer.status != 500, "an internal error: a handler let an unexpected exception out");
  if (answer.status >= 400)
    fuzz_check(answer.header("Content-Type") == "application/problem+json", "an error that is not problem+json");
  if (the.state.current() != the.initial) the.state.publish(the.initial);
  return 0;
}
