// api.hpp — registers the JSON API under /api on a router, and the pages its problem type URIs point at
// (/problems/<slug>).
//
// The handlers read the current served graph from app_state and let core/ (chainex/core/encode.hpp) run
// each query and write its JSON; they compute nothing themselves. The shapes are described in docs/api.md
// and in the OpenAPI document served at /api/openapi.json (openapi_document()), whose parameters come from
// the query registry.
//
//   router app;  add_api_routes(app, state);
#pragma once

#include <string>
#include <string_view>

#include "chainex/server/app_state.hpp"
#include "chainex/server/router.hpp"

namespace chainex::server {

void add_api_routes(router& app, app_state& state);
// The OpenAPI document served at /api/openapi.json.
[[nodiscard]] const std::string& openapi_document();
// server/openapi.json as compiled in: the routes and answer schemas, parameters left to the registry.
[[nodiscard]] std::string_view openapi_skeleton() noexcept;

}  // namespace chainex::server
