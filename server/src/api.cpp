#include "chainex/server/api.hpp"

#include "api_routes.hpp"

namespace chainex::server {

void add_api_routes(router& app, app_state& state) {
  add_graph_routes(app, state);
  add_query_routes(app, state);
  add_position_routes(app, state);
  add_import_routes(app, state);
  add_export_routes(app, state);
}

}  // namespace chainex::server
