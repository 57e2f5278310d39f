// api_routes.hpp — the groups of API routes, one file each, registered together by add_api_routes().
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chainex/server/app_state.hpp"
#include "chainex/server/router.hpp"

namespace chainex::server {

void add_query_routes(router& app, app_state& state);   // api_queries.cpp: every query of the registry
void add_openapi_route(router& app);                    // api_openapi.cpp
void add_job_routes(router& app, app_state& state);     // api_jobs.cpp: /api/jobs
void add_import_routes(router& app, app_state& state);  // api_import.cpp
void add_export_routes(router& app, app_state& state);  // api_export.cpp
void add_problem_pages(router& app);                    // problem_pages.cpp: /problems/{slug}

// The key of a request's answer in the answer cache: its decoded path and its canonical query (api.cpp).
[[nodiscard]] std::string answer_key(const route_context& c);
// The answer `make` gives for request `c` on `graph`, kept in the state's answer cache: for routes whose
// answer depends on nothing but the snapshot, the path and the query.
template <class Make>
[[nodiscard]] response cached(app_state& state, const snapshot& graph, const route_context& c, Make&& make) {
  return state.answers().answer(graph.version(), answer_key(c), std::forward<Make>(make));
}
// The handler of such a route: `answer(served, c)` computes the answer on the graph being served when the
// cache does not hold it.
template <class Answer>
[[nodiscard]] auto cached_route(app_state& state, Answer answer) {
  return [&state, answer](const route_context& c) {
    const auto served = state.current();
    return cached(state, *served->graph, c, [&] { return answer(*served, c); });
  };
}

}  // namespace chainex::server
