// The query routes: neighbours, paths, centrality and its metric list, components. Each reads its
// parameters, calls graph/query and encodes the result; the work is all in graph/. Centrality vectors
// and components come from the state's per-snapshot analysis cache: computed once, on first request;
// encoded answers are kept in the state's answer cache.
#include <nlohmann/json.hpp>

#include "api_routes.hpp"
#include "chainex/query/neighborhood.hpp"
#include "chainex/query/paths.hpp"
#include "chainex/server/problem.hpp"
#include "json_codec.hpp"

namespace chainex::server {
namespace {

using nlohmann::json;

constexpr std::size_t max_visited = 2'000'000;  // work cap per query, in nodes visited

traversal traversal_param(const snapshot& graph, const query_params& query) {
  return make_traversal(graph, direction_param(query), query.list("kinds"), query.list("types"), max_visited);
}

response neighbors(const served_graph& served, const route_context& c) {
  const snapshot& graph = *served.graph;
  const node_index center = require_node(graph, c.params[0]);
  const auto depth = static_cast<std::uint32_t>(c.query.integer("depth", 1, 1, 4));
  const auto limit = static_cast<std::size_t>(c.query.integer("limit", 500, 1, 5000));
  const ego_result ego = ego_network(graph, traversal_param(graph, c.query), center, depth, limit);
  json nodes = json::array();
  for (const ego_node& n : ego.nodes) {
    json item = node_summary(graph, n.node);
    item["depth"] = n.depth;
    nodes.push_back(std::move(item));
  }
  json edges = json::array();
  for (const edge_index e : ego.edges) edges.push_back(edge_json(graph, e));
  return json_response({{"center", graph.id(center)},
                        {"nodes", std::move(nodes)},
                        {"edges", std::move(edges)},
                        {"truncated", ego.truncated}},
                       graph.version());
}

response paths(const served_graph& served, const route_context& c) {
  const snapshot& graph = *served.graph;
  path_query query{.from = require_node(graph, c.query.required("from")),
                   .to = require_node(graph, c.query.required("to")),
                   .weighted = c.query.boolean("weighted", false),
                   .k = static_cast<std::size_t>(c.query.integer("k", 1, 1, 10))};
  path_result result;
  try {
    result = find_paths(graph, traversal_param(graph, c.query), query);
  } catch (const std::invalid_argument& error) {  // a negative weight met by a weighted search
    throw http_error(problem::bad_parameter, error.what());
  }
  json list = json::array();
  json nodes = json::object();
  json edges = json::object();
  for (const path& p : result.paths) {
    json ids = json::array();
    for (const node_index n : p.nodes) {
      ids.push_back(graph.id(n));
      nodes[std::string(graph.id(n))] = node_summary(graph, n);
    }
    for (const edge_index e : p.edges) edges[std::to_string(e)] = edge_json(graph, e);
    list.push_back({{"nodes", std::move(ids)}, {"edges", p.edges}, {"hops", p.hops()}, {"cost", p.cost}});
  }
  return json_response({{"found", result.found()},
                        {"capped", result.capped},
                        {"paths", std::move(list)},
                        {"nodes", std::move(nodes)},
                        {"edges", std::move(edges)}},
                       graph.version());
}

response centrality(const served_graph& served, analysis_cache& analyses, const route_context& c) {
  const snapshot& graph = *served.graph;
  centrality_options options;
  options.kind = *parse_metric(c.query.choice("metric", "degree", metric_names()));
  options.mode = direction_param(c.query);
  const auto top = static_cast<std::size_t>(c.query.integer("top", 20, 1, 1000));
  std::optional<kind_code> kind;
  if (const auto name = c.query.get("kind")) {
    kind = graph.find_kind(*name);
    if (!kind)
      throw http_error(problem::bad_parameter,
                       "parameter 'kind': the graph has no nodes of kind '" + std::string(*name) + "'");
  }
  const analysis_cache::scores values = analyses.centrality(graph, options);
  json results = json::array();
  std::size_t rank = 0;
  for (const ranked_node& r : top_k(graph, *values, top, kind))
    results.push_back({{"id", graph.id(r.node)},
                       {"name", graph.name(r.node)},
                       {"kind", graph.kind_name(r.node)},
                       {"value", r.value},
                       {"rank", ++rank}});
  return json_response(
      {{"metric", to_string(options.kind)}, {"direction", to_string(options.mode)}, {"results", std::move(results)}},
      graph.version());
}

response metrics_list(const served_graph& served) {
  json list = json::array();
  for (const metric m : all_metrics)
    list.push_back({{"id", to_string(m)},
                    {"parameters",
                     {{{"name", "direction"}, {"type", "enum"}, {"values", {"out", "in", "both"}}, {"default", "both"}},
                      {{"name", "top"}, {"type", "integer"}, {"min", 1}, {"max", 1000}, {"default", 20}},
                      {{"name", "kind"}, {"type", "string"}, {"default", nullptr}}}},
                    {"output", "one value per node, as networkx defines the metric"}});
  return json_response({{"metrics", std::move(list)}}, served.graph->version());
}

response components_of(const served_graph& served, analysis_cache& analyses, const route_context& c) {
  const snapshot& graph = *served.graph;
  const component_mode mode = *parse_component_mode(c.query.choice("mode", "weak", {"weak", "strong"}));
  const auto top = static_cast<std::size_t>(c.query.integer("top", 10, 1, 1000));
  const auto held = analyses.components_of(graph, mode);  // kept alive while encoding
  const components& found = *held;
  const std::vector<std::uint32_t> order = found.by_size();
  json sizes = json::array();
  for (std::size_t i = 0; i < order.size() && i < top; ++i) sizes.push_back(found.sizes[order[i]]);
  json largest = json::array();
  if (!order.empty())
    for (node_index n = 0; n < graph.node_count() && largest.size() < 100; ++n)
      if (found.of[n] == order.front()) largest.push_back(graph.id(n));
  return json_response({{"mode", to_string(mode)},
                        {"count", found.count()},
                        {"sizes", std::move(sizes)},
                        {"largest", std::move(largest)}},
                       graph.version());
}

}  // namespace

direction direction_param(const query_params& query) {
  return *parse_direction(query.choice("direction", "both", {"out", "in", "both"}));
}

std::vector<std::string_view> metric_names() {
  std::vector<std::string_view> names;
  for (const metric m : all_metrics) names.push_back(to_string(m));
  return names;
}

void add_query_routes(router& app, app_state& state) {
  const auto with_analyses = [&state](auto answer) {
    return cached_route(state, [&state, answer](const served_graph& served, const route_context& c) {
      return answer(served, state.analyses(), c);
    });
  };
  app.add("GET", "/api/path", cached_route(state, paths), cost::expensive);
  app.add("GET", "/api/nodes/{id}/neighbors", cached_route(state, neighbors), cost::expensive);
  app.add("GET", "/api/centrality", with_analyses(centrality), cost::expensive);
  app.add("GET", "/api/metrics",
          cached_route(state, [](const served_graph& served, const route_context&) { return metrics_list(served); }));
  app.add("GET", "/api/components", with_analyses(components_of), cost::expensive);
}

}  // namespace chainex::server
