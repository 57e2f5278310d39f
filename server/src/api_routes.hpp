// api_routes.hpp — the groups of API routes, one file each, registered together by add_api_routes().
#pragma once

#include <string_view>
#include <vector>

#include "chainex/query/centrality.hpp"
#include "chainex/server/app_state.hpp"
#include "chainex/server/router.hpp"

namespace chainex::server {

void add_graph_routes(router& app, app_state& state);   // api_graph.cpp: stats, search, nodes, openapi
void add_query_routes(router& app, app_state& state);   // api_query.cpp: neighbours, paths, centrality, …
void add_position_routes(router& app, app_state& state);  // api_position.cpp: chain position
void add_import_routes(router& app, app_state& state);  // api_import.cpp
void add_export_routes(router& app, app_state& state);  // api_export.cpp

// Parameters several query routes share (api_query.cpp).
[[nodiscard]] direction direction_param(const query_params& query);  // direction=out|in|both, default both
[[nodiscard]] std::vector<std::string_view> metric_names();         // the metric ids, in all_metrics order

}  // namespace chainex::server
