// GET /api/export?format=…[&table=nodes|edges][&as_of=…]: the whole graph (as it stood on as_of) as a
// download, written by graph/export; X-Chainex-As-Of says the day.
#include <sstream>

#include "api_routes.hpp"
#include "chainex/core/answers.hpp"
#include "chainex/export.hpp"
#include "json_answer.hpp"

namespace chainex::server {
namespace {

std::string_view content_type(export_format format) noexcept {
  switch (format) {
    case export_format::graphml:
    case export_format::gexf:
      return "application/xml; charset=utf-8";
    case export_format::json:
      return "application/json; charset=utf-8";
    case export_format::csv:
    case export_format::neo4j:
      return "text/csv; charset=utf-8";
  }
  return "application/octet-stream";
}

response export_graph(app_state& state, const route_context& c) {
  const core::param_reader params = params_of("export", c);
  params.check();
  const std::string name = params.choice("format");
  const export_format format = *parse_export_format(name);
  const auto served = state.current();
  const dated_snapshot then = core::graph_for(params, *served->graph);
  const snapshot& graph = then.graph ? *then.graph : *served->graph;

  std::ostringstream out;
  std::string file = "chainex-" + std::to_string(served->graph->version());
  if (is_tabular(format)) {
    const std::string table = params.choice("table");
    if (table == "nodes")
      write_nodes_table(graph, format, out);
    else
      write_edges_table(graph, format, out);
    file += "-" + name + "-" + table + ".csv";
  } else {
    write_document(graph, format, out);
    file += "." + name;
  }
  response answer;
  answer.body = std::move(out).str();
  answer.set("Content-Type", std::string(content_type(format)));
  answer.set("Content-Disposition", "attachment; filename=\"" + file + "\"");
  answer.set("X-Chainex-Version", std::to_string(served->graph->version()));
  answer.set("Cache-Control", "no-cache");
  if (const auto day = params.date("as_of")) answer.set("X-Chainex-As-Of", format_date(*day));
  return answer;
}

}  // namespace

void add_export_routes(router& app, app_state& state) {
  app.add(
      "GET", "/api/export", [&state](const route_context& c) { return export_graph(state, c); }, cost::heavy);
}

}  // namespace chainex::server
