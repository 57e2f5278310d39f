// POST /api/import: token check, multipart upload (CSV nodes and edges files, GLEIF's .zip among them, or a
// GraphML, GEXF or Cytoscape JSON file), full validation, then either the report alone (dry_run) or a durable
// store and an atomic swap. The files are read where they lie in the request's body, never copied.
#include <sstream>
#include "api_routes.hpp"
#include "chainex/core/encode.hpp"
#include "chainex/core/graph_document.hpp"

#include "chainex/export.hpp"
#include "chainex/import.hpp"
#include "chainex/server/data_store.hpp"
#include "chainex/server/multipart.hpp"
#include "chainex/server/problem.hpp"
#include "json_answer.hpp"

namespace chainex::server {
namespace {

// Compares in time independent of where the first difference is.
bool same_secret(std::string_view given, std::string_view expected) noexcept {
  unsigned char difference = given.size() == expected.size() ? 0 : 1;
  for (std::size_t i = 0; i < given.size(); ++i)
    difference |= static_cast<unsigned char>(given[i] ^ expected[i % std::max<std::size_t>(expected.size(), 1)]);
  return difference == 0;
}

void authorize(const request& req, const state_options& options) {
  if (options.token.empty())
    throw http_error(problem::forbidden, "start the server with --token-file to allow imports");
  const std::string_view header = req.header("Authorization").value_or("");
  constexpr std::string_view scheme = "Bearer ";
  if (!header.starts_with(scheme) || !same_secret(header.substr(scheme.size()), options.token)) {
    http_error error(problem::unauthorized, "send Authorization: Bearer <token>");
    error.headers.push_back({"WWW-Authenticate", "Bearer realm=\"chainex\""});
    throw error;
  }
}

import_options options_from(const core::param_reader& params) {
  params.check();
  import_options options;
  options.convention = *parse_convention(params.choice("convention"));
  options.skip_bad = params.boolean("skip_bad");
  options.max_bad = static_cast<std::size_t>(params.integer("max_bad"));
  return options;
}

response import(app_state& state, const route_context& c) {
  authorize(c.req, state.options());
  const core::param_reader params = params_of("import", c);
  const import_options options = options_from(params);
  const bool dry_run = params.boolean("dry_run");
  const std::unique_lock lock(state.import_mutex(), std::try_to_lock);
  if (!lock.owns_lock()) throw http_error(problem::conflict, "an import is running; try again when it has finished");

  const auto parts = parse_multipart(c.req.header("Content-Type").value_or(""), c.req.body);
  std::vector<const form_part*> nodes;
  std::vector<const form_part*> edges;
  const form_part* graph_file = nullptr;
  for (const form_part& part : parts) {
    if (part.name == "nodes") nodes.push_back(&part);
    if (part.name == "edges") edges.push_back(&part);
    if (part.name == "graph") graph_file = &part;
  }
  const auto file_name = [](const form_part& part, std::string_view fallback) {
    return part.filename.empty() ? std::string(fallback) : part.filename;
  };
  import_result result;
  if (graph_file) {
    const csv_input input = csv_input::view(file_name(*graph_file, "graph"), graph_file->content);
    if (!core::detect_graph_document(input))
      throw http_error(problem::unsupported_media_type, "the part 'graph' is neither GraphML, GEXF nor Cytoscape JSON");
    result = core::import_graph_document(input, options);
  } else if (!nodes.empty()) {
    csv_source source;
    for (const form_part* part : nodes)
      source.node_files.push_back(csv_input::view(file_name(*part, "nodes.csv"), part->content));
    for (const form_part* part : edges)
      source.edge_files.push_back(csv_input::view(file_name(*part, "edges.csv"), part->content));
    result = import_csv(source, options);
  } else {
    throw http_error(problem::bad_request,
                     "send parts named 'nodes' (CSV or GLEIF's .zip) and 'edges' (CSV, or none), each may repeat, "
                     "or one named 'graph' (GraphML, GEXF or Cytoscape JSON)");
  }
  const import_report& report = result.report;
  if (!report.ok) {
    std::vector<diagnostic> errors = report.errors;
    if (errors.empty()) errors.push_back({"", 0, 0, "the import failed"});
    throw http_error(problem::bad_csv,
                     std::to_string(report.error_count) +
                         (graph_file ? " error(s) in the graph file" : " error(s) in the CSV files"),
                     std::move(errors));
  }
  if (dry_run) {
    const std::uint64_t version = state.current()->graph->version();
    return json_answer(
        core::encode_import_report(report, true,
                                   {.version = version, .documents = {{"stored", "false"}, {"applied", "false"}}}),
        version);
  }

  bool stored = false;
  if (!state.options().data_dir.empty()) {
    // Anything but one nodes file and one edges file is kept as chainex's own CSV (which imports back to
    // the same graph), so that the last good import is always a folder of nodes.csv and edges.csv (either may
    // hold a GLEIF .zip as uploaded: the import tells a zip by its content, not its name).
    const bool as_uploaded = graph_file == nullptr && nodes.size() == 1 && edges.size() == 1;
    std::ostringstream node_table;
    std::ostringstream edge_table;
    if (!as_uploaded) {
      write_nodes_table(*result.graph, export_format::csv, node_table);
      write_edges_table(*result.graph, export_format::csv, edge_table);
    }
    const std::string node_text = as_uploaded ? std::string(nodes.front()->content) : std::move(node_table).str();
    const std::string edge_text = as_uploaded ? std::string(edges.front()->content) : std::move(edge_table).str();
    data_store(state.options().data_dir).store({{"nodes.csv", node_text}, {"edges.csv", edge_text}});
    stored = true;
  }
  auto next = std::make_shared<const served_graph>(result.graph, "", "import");
  state.publish(next);

  const std::uint64_t version = next->graph->version();
  return json_answer(
      core::encode_import_report(
          report, true,
          {.version = version, .documents = {{"stored", stored ? "true" : "false"}, {"applied", "true"}}}),
      version);
}

}  // namespace

void add_import_routes(router& app, app_state& state) {
  app.add("POST", "/api/import", [&state](const route_context& c) { return import(state, c); });
}

}  // namespace chainex::server
