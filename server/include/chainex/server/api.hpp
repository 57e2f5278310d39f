// api.hpp — registers the JSON API under /api on a router, and the pages its problem type URIs point at
// (/problems/<slug>).
//
// The handlers read the current served graph from app_state, call graph/ for every answer and encode it
// as JSON; they compute nothing themselves. Their shapes are described in docs/api.md and in the OpenAPI
// document served at /api/openapi.json (openapi_document()).
//
//   router app;  add_api_routes(app, state);
#pragma once

#include <string_view>

#include "chainex/server/app_state.hpp"
#include "chainex/server/router.hpp"

namespace chainex::server {

void add_api_routes(router& app, app_state& state);
[[nodiscard]] std::string_view openapi_document() noexcept;

}  // namespace chainex::server
