// GET /api/openapi.json: the OpenAPI document, server/openapi.json with every route's parameters written
// from the query registry by core/ (so the document cannot disagree with what the server checks).
#include "chainex/server/api.hpp"
#include "api_routes.hpp"
#include "chainex/core/encode.hpp"

namespace chainex::server {

const std::string& openapi_document() {
  static const std::string document = core::openapi_document(openapi_skeleton());
  return document;
}

void add_openapi_route(router& app) {
  app.add("GET", "/api/openapi.json", [](const route_context&) {
    response answer;
    answer.body = openapi_document();
    answer.set("Content-Type", "application/json; charset=utf-8");
    answer.set("Cache-Control", "no-cache");
    return answer;
  });
}

}  // namespace chainex::server
