// The API's routes registered together, and the key of an answer in the answer cache.
#include "chainex/server/api.hpp"

#include "api_routes.hpp"

namespace chainex::server {

std::string answer_key(const route_context& c) {
  std::string key;  // each segment length-prefixed: decoded segments may hold '/' or NUL
  for (const std::string& segment : c.segments) {
    key += std::to_string(segment.size());
    key += '/';
    key += segment;
  }
  key += '?';
  key += c.query.canonical();
  return key;
}

void add_api_routes(router& app, app_state& state) {
  add_query_routes(app, state);
  add_openapi_route(app);
  add_job_routes(app, state);
  add_import_routes(app, state);
  add_export_routes(app, state);
  add_problem_pages(app);
}

}  // namespace chainex::server
