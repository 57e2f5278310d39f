// GET /api/stats, /api/search, /api/nodes/{id}, /api/openapi.json. Answers are kept in the answer cache.
#include <numeric>

#include <nlohmann/json.hpp>

#include "api_routes.hpp"
#include "chainex/server/api.hpp"
#include "chainex/server/report_json.hpp"
#include "json_codec.hpp"

namespace chainex::server {
namespace {

using nlohmann::json;

response stats(const served_graph& served) {
  const graph_stats& s = served.stats;
  json body = stats_json(s);
  body["origin"] = served.origin;
  if (!served.dataset_json.empty()) {
    json dataset = json::parse(served.dataset_json, nullptr, false);
    if (dataset.is_object()) body["dataset"] = std::move(dataset);
  }
  return json_response(std::move(body), served.graph->version());
}

response search(const served_graph& served, const query_params& query) {
  const snapshot& graph = *served.graph;
  const std::string_view text = query.required("q");
  search_options options{.limit = static_cast<std::size_t>(query.integer("limit", 10, 1, 50)), .kind = {}};
  json results = json::array();
  const auto kind = query.get("kind");
  if (kind) options.kind = graph.find_kind(*kind);
  if (!kind || options.kind) {  // a kind the graph does not have matches nothing
    for (const search_hit& hit : served.names.search(text, options)) {
      json item = node_summary(graph, hit.node);
      item["match"] = to_string(hit.match);
      item["field"] = to_string(hit.field);
      item["degree"] = hit.degree;
      results.push_back(std::move(item));
    }
  }
  return json_response({{"query", text}, {"results", std::move(results)}}, graph.version());
}

json edge_list(const snapshot& graph, auto edges, bool outgoing, std::size_t limit, bool& truncated) {
  json out = json::array();
  for (const edge_index edge : edges) {
    if (out.size() == limit) {
      truncated = true;
      break;
    }
    json item = edge_json(graph, edge);
    item["other"] = node_summary(graph, outgoing ? graph.target(edge) : graph.source(edge));
    out.push_back(std::move(item));
  }
  return out;
}

response node(const served_graph& served, std::string_view id, const query_params& query) {
  const snapshot& graph = *served.graph;
  const node_index n = require_node(graph, id);
  const auto limit = static_cast<std::size_t>(query.integer("limit", 1000, 1, 10000));
  bool truncated = false;
  // Out-edges are one range of indices; listed rather than std::views::iota, which clang 14 (the fuzz and
  // TSan builds) cannot instantiate with libstdc++ 12.
  const edge_range out_range = graph.out_edges(n);
  std::vector<edge_index> out_edges(out_range.size());
  std::iota(out_edges.begin(), out_edges.end(), out_range.first);
  json edges = {{"out", edge_list(graph, out_edges, true, limit, truncated)},
                {"in", edge_list(graph, graph.in_edges(n), false, limit, truncated)}};
  return json_response({{"node", node_detail(graph, n)},
                        {"edges", std::move(edges)},
                        {"degree", {{"in", graph.in_degree(n)}, {"out", graph.out_degree(n)}}},
                        {"truncated", truncated}},
                       graph.version());
}

}  // namespace

void add_graph_routes(router& app, app_state& state) {
  app.add("GET", "/api/stats",
          cached_route(state, [](const served_graph& served, const route_context&) { return stats(served); }));
  app.add("GET", "/api/search", cached_route(state, [](const served_graph& served, const route_context& c) {
            return search(served, c.query);
          }));
  app.add("GET", "/api/nodes/{id}", cached_route(state, [](const served_graph& served, const route_context& c) {
            return node(served, c.params[0], c.query);
          }));
  app.add("GET", "/api/openapi.json", [](const route_context&) {
    response answer;
    answer.body = openapi_document();
    answer.set("Content-Type", "application/json; charset=utf-8");
    answer.set("Cache-Control", "no-cache");
    return answer;
  });
}

}  // namespace chainex::server
