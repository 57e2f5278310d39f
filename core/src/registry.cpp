// The table of queries and parameters (see registry.hpp). Allowed values come from graph/'s name tables.
#include "chainex/core/registry.hpp"

#include <algorithm>
#include <stdexcept>

#include "chainex/export.hpp"
#include "chainex/query/centrality.hpp"
#include "chainex/query/components.hpp"
#include "chainex/query/paths.hpp"
#include "chainex/query/relation_classes.hpp"
#include "chainex/query/traversal.hpp"

namespace chainex::core {
namespace {

param_spec node_id(std::string_view help) { return {.name = "id", .help = help, .required = true, .in_path = true}; }

param_spec direction_param() {
  return {.name = "direction",
          .type = param_type::choice,
          .help = "Follow edges out, in, or both ways (the graph taken as undirected)",
          .fallback = "both",
          .choices = names_of(direction_names)};
}

// The filters and the work cap of a walk (graph/query/traversal.hpp).
void add_walk(std::vector<param_spec>& params) {
  params.push_back(direction_param());
  params.push_back(
      {.name = "kinds", .type = param_type::list, .help = "Only pass through nodes of these kinds (comma-separated)"});
  params.push_back(
      {.name = "types", .type = param_type::list, .help = "Only follow edges of these types (comma-separated)"});
  params.push_back({.name = "max_visited",
                    .type = param_type::integer,
                    .help = "Stop after visiting this many nodes (the answer then says capped or truncated)",
                    .fallback = "2000000",
                    .min = 1,
                    .max = 50'000'000});
}

// The time model's parameter (chainex/dates.hpp), the same on every graph query.
param_spec as_of_param() {
  return {.name = "as_of",
          .type = param_type::date,
          .help =
              "The graph as it stood on this date (YYYY, YYYY-MM or YYYY-MM-DD): only the nodes and edges "
              "present then (since <= date < until); default: all of them, dated or not"};
}

param_spec approx_param(std::string_view help) {
  return {.name = "approx", .type = param_type::boolean, .help = help, .fallback = "false"};
}

std::vector<query_spec> make_registry() {
  std::vector<query_spec> queries;
  queries.push_back({.name = "stats",
                     .summary = "Counts by node kind and edge type, and the degree distribution",
                     .route = "/api/stats"});
  queries.push_back({.name = "search",
                     .summary = "Nodes whose id or name matches a text, best first",
                     .route = "/api/search",
                     .params = {{.name = "q", .help = "The text to look for", .required = true},
                                {.name = "limit",
                                 .type = param_type::integer,
                                 .help = "At most this many results",
                                 .fallback = "10",
                                 .min = 1,
                                 .max = 50},
                                {.name = "kind", .help = "Only nodes of this kind"}}});
  queries.push_back({.name = "node",
                     .summary = "A node with its properties and its edges",
                     .route = "/api/nodes/{id}",
                     .params = {node_id("Id of the node"),
                                {.name = "limit",
                                 .type = param_type::integer,
                                 .help = "At most this many edges per direction",
                                 .fallback = "1000",
                                 .min = 1,
                                 .max = 10'000}}});
  query_spec neighbors{.name = "neighbors",
                       .summary = "The nodes within a few hops of a node, and the edges between them",
                       .route = "/api/nodes/{id}/neighbors",
                       .cost = query_cost::interactive,
                       .params = {node_id("Id of the centre node"),
                                  {.name = "depth",
                                   .type = param_type::integer,
                                   .help = "Hops from the centre",
                                   .fallback = "1",
                                   .min = 1,
                                   .max = 4},
                                  {.name = "limit",
                                   .type = param_type::integer,
                                   .help = "At most this many nodes, the centre included",
                                   .fallback = "500",
                                   .min = 1,
                                   .max = 5000}}};
  add_walk(neighbors.params);
  queries.push_back(std::move(neighbors));
  query_spec path{.name = "path",
                  .summary = "Shortest paths between two nodes",
                  .route = "/api/path",
                  .cost = query_cost::interactive,
                  .params = {{.name = "from", .help = "Id of the start node", .required = true},
                             {.name = "to", .help = "Id of the end node", .required = true},
                             {.name = "k",
                              .type = param_type::integer,
                              .help = "How many shortest loopless paths (Yen's algorithm)",
                              .fallback = "1",
                              .min = 1,
                              .max = 20},
                             {.name = "weighted",
                              .type = param_type::boolean,
                              .help = "Minimise the sum of edge weights instead of hops (rank=shortest)",
                              .fallback = "false"},
                             {.name = "relations",
                              .type = param_type::choice,
                              .help = "Walk business relations only, or all (structural ones too: located_in, "
                                      "headquartered_in, performs, as the dataset declares)",
                              .fallback = "business",
                              .choices = names_of(relation_mode_names)},
                             {.name = "rank",
                              .type = param_type::choice,
                              .help = "shortest: fewest hops; informative: avoid hubs (sum of ln(degree) over the "
                                      "nodes passed through)",
                              .fallback = "shortest",
                              .choices = names_of(path_rank_names)}}};
  add_walk(path.params);
  queries.push_back(std::move(path));
  queries.push_back({.name = "centrality",
                     .summary = "Nodes ranked by a centrality metric (networkx definitions)",
                     .route = "/api/centrality",
                     .cost = query_cost::whole_graph,
                     .params = {{.name = "metric",
                                 .type = param_type::choice,
                                 .help = "The metric",
                                 .fallback = "degree",
                                 .choices = names_of(metric_names)},
                                direction_param(),
                                {.name = "top",
                                 .type = param_type::integer,
                                 .help = "How many nodes to list",
                                 .fallback = "20",
                                 .min = 1,
                                 .max = 1000},
                                {.name = "all",
                                 .type = param_type::boolean,
                                 .help = "List every node (instead of --top)",
                                 .fallback = "false",
                                 .door = front_door::cli},
                                {.name = "kind", .help = "Only list nodes of this kind (computed on the whole graph)"},
                                approx_param("Betweenness by sampling, within epsilon with probability 0.9"),
                                {.name = "epsilon",
                                 .type = param_type::number,
                                 .help = "Error bound of approx",
                                 .fallback = "0.01",
                                 .min = 0.001,
                                 .max = 0.5}}});
  queries.push_back({.name = "metrics",
                     .summary = "The centrality metrics and their parameters",
                     .route = "/api/metrics",
                     .cli = false});
  queries.push_back({.name = "position",
                     .summary = "A node's markets, localization depth per market, supply tiers and ranks",
                     .route = "/api/nodes/{id}/position",
                     .cost = query_cost::interactive,
                     .params = {node_id("Id of the node (an enterprise, usually)"),
                                {.name = "tiers",
                                 .type = param_type::integer,
                                 .help = "Supplier and customer tiers to follow",
                                 .fallback = "3",
                                 .min = 1,
                                 .max = 10},
                                direction_param(),
                                {.name = "metrics",
                                 .type = param_type::list,
                                 .help = "The metrics to rank by (comma-separated; default all)",
                                 .choices = names_of(metric_names)},
                                approx_param("Rank by sampled betweenness (epsilon 0.01), for large graphs")}});
  queries.push_back({.name = "diff",
                     .summary = "The nodes and edges that began or ended between two dates (from < day <= to)",
                     .route = "/api/diff",
                     .cost = query_cost::interactive,
                     .params = {{.name = "from", .type = param_type::date, .help = "The first date", .required = true},
                                {.name = "to", .type = param_type::date, .help = "The second date", .required = true},
                                {.name = "id", .help = "Only this node and its edges"}}});
  queries.push_back({.name = "timeline",
                     .summary = "A node's dated events in order, and its localization depth per market per year",
                     .route = "/api/nodes/{id}/timeline",
                     .cost = query_cost::interactive,
                     .params = {node_id("Id of the node (an enterprise, usually)")}});
  queries.push_back({.name = "components",
                     .summary = "Weakly or strongly connected components",
                     .route = "/api/components",
                     .cost = query_cost::whole_graph,
                     .params = {{.name = "mode",
                                 .type = param_type::choice,
                                 .help = "weak: joined regardless of direction; strong: reaching each other",
                                 .fallback = "weak",
                                 .choices = names_of(component_mode_names)},
                                {.name = "top",
                                 .type = param_type::integer,
                                 .help = "How many component sizes to list",
                                 .fallback = "10",
                                 .min = 1,
                                 .max = 1000}}});
  queries.push_back({.name = "export",
                     .summary = "The whole graph as a download",
                     .route = "/api/export",
                     .cost = query_cost::whole_graph,
                     .cli = false,
                     .params = {{.name = "format",
                                 .type = param_type::choice,
                                 .help = "The file format",
                                 .fallback = "graphml",
                                 .choices = names_of(export_format_names)},
                                {.name = "table",
                                 .type = param_type::choice,
                                 .help = "Which table of the csv and neo4j formats",
                                 .fallback = "nodes",
                                 .choices = {"nodes", "edges"}}}});
  queries.push_back({.name = "jobs",
                     .summary = "The whole-graph analyses running as jobs, and those finished, of the served graph",
                     .route = "/api/jobs",
                     .cli = false});
  queries.push_back({.name = "job",
                     .summary = "One job's state, progress and ETA",
                     .route = "/api/jobs/{id}",
                     .cli = false,
                     .params = {node_id("Id of the job")}});
  queries.push_back({.name = "cancel_job",
                     .summary = "Cancels a job (for everyone waiting on it)",
                     .route = "/api/jobs/{id}",
                     .method = "DELETE",
                     .cli = false,
                     .params = {node_id("Id of the job")}});
  queries.push_back({.name = "import",
                     .summary = "Replaces the served graph with uploaded files, validated first",
                     .route = "/api/import",
                     .method = "POST",
                     .cli = false,
                     .params = {{.name = "convention",
                                 .type = param_type::choice,
                                 .help = "The header convention of the CSV files",
                                 .fallback = "auto",
                                 .choices = {"auto", "chainex", "native", "gephi", "neo4j", "gleif", "icij"}},
                                {.name = "skip_bad",
                                 .type = param_type::boolean,
                                 .help = "Load the good rows and list the bad ones",
                                 .fallback = "false"},
                                {.name = "max_bad",
                                 .type = param_type::integer,
                                 .help = "With skip_bad: fail past this many bad rows",
                                 .fallback = "1000",
                                 .min = 0,
                                 .max = 1'000'000},
                                {.name = "dry_run",
                                 .type = param_type::boolean,
                                 .help = "Check the files and answer the report, leaving the served graph as it is",
                                 .fallback = "false"}}});
  for (query_spec& query : queries) {
    static constexpr std::array dated{"stats",      "search",   "node",       "neighbors", "path",
                                      "centrality", "position", "components", "export"};
    if (std::ranges::find(dated, query.name) != dated.end()) query.params.push_back(as_of_param());
    query.walks = query.name == "neighbors" || query.name == "path";
  }
  return queries;
}

}  // namespace

std::string param_spec::cli_option() const {
  std::string option = "--" + std::string(name);
  std::ranges::replace(option, '_', '-');
  return option;
}

const param_spec* query_spec::find(std::string_view param) const noexcept {
  const auto found = std::ranges::find(params, param, &param_spec::name);
  return found == params.end() ? nullptr : &*found;
}

std::span<const query_spec> all_queries() {
  static const std::vector<query_spec> registry = make_registry();
  return registry;
}

const query_spec& query_named(std::string_view name) {
  for (const query_spec& query : all_queries())
    if (query.name == name) return query;
  throw std::out_of_range("no query '" + std::string(name) + "' in the registry");
}

std::string help_line(const param_spec& param) {
  std::string line(param.help);
  std::string notes;
  const auto note = [&](const std::string& text) { notes += (notes.empty() ? "" : "; ") + text; };
  if (!param.choices.empty()) {
    std::string values;
    for (const std::string_view choice : param.choices) values += (values.empty() ? "" : ", ") + std::string(choice);
    note((param.type == param_type::list ? "any of: " : "one of: ") + values);
  }
  if (param.bounded()) {
    const auto number = [&](double value) {
      std::string text =
          param.type == param_type::integer ? std::to_string(static_cast<long long>(value)) : std::to_string(value);
      if (param.type == param_type::number) text.erase(text.find_last_not_of('0') + 1);
      return text;
    };
    note(number(param.min) + " to " + number(param.max));
  }
  if (!param.fallback.empty() && param.type != param_type::boolean) note("default " + std::string(param.fallback));
  return notes.empty() ? line : line + " (" + notes + ")";
}

}  // namespace chainex::core
