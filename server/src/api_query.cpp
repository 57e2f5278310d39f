// The query routes (neighbours, paths, centrality, position, components), wired to graph/query.
#include "api_routes.hpp"

namespace chainex::server {

void add_query_routes(router&, app_state&) {}

}  // namespace chainex::server
