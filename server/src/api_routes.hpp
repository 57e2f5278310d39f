// api_routes.hpp — the groups of API routes, one file each, registered together by add_api_routes().
#pragma once

#include "chainex/server/app_state.hpp"
#include "chainex/server/router.hpp"

namespace chainex::server {

void add_graph_routes(router& app, app_state& state);   // api_graph.cpp: stats, search, nodes, openapi
void add_query_routes(router& app, app_state& state);   // api_query.cpp: neighbours, paths, centrality, …
void add_import_routes(router& app, app_state& state);  // api_import.cpp
void add_export_routes(router& app, app_state& state);  // api_export.cpp

}  // namespace chainex::server
