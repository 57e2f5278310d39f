// GET /api/nodes/{id}/position: where a node (an enterprise, usually) stands in the chain. The footprint,
// localization depth and supply tiers come from graph/query/position.hpp; the ranks place the node among
// the nodes of its kind by each centrality vector, taken from the state's per-snapshot analysis cache
// (the first request for a metric computes it, later ones and /api/centrality reuse it).
#include <charconv>

#include <nlohmann/json.hpp>

#include "api_routes.hpp"
#include "chainex/query/position.hpp"
#include "chainex/server/problem.hpp"
#include "json_codec.hpp"

namespace chainex::server {
namespace {

using nlohmann::json;

// A market's summary with its coordinates ("lat", "lon") when it has them, for the world map.
json market_summary(const snapshot& graph, node_index market) {
  json out = node_summary(graph, market);
  for (const std::string_view column : {"lat", "lon"}) {
    const std::string_view text = graph.node_property(market, column);
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (!text.empty() && error == std::errc() && end == text.data() + text.size()) out[std::string(column)] = value;
  }
  return out;
}

std::vector<metric> metrics_param(const query_params& query) {
  const std::vector<std::string> names = query.list("metrics");
  if (names.empty()) return {std::begin(all_metrics), std::end(all_metrics)};
  std::vector<metric> out;
  for (const std::string& name : names) {
    const auto m = parse_metric(name);
    if (!m) throw http_error(problem::bad_parameter, "parameter 'metrics': no metric '" + name + "'");
    if (std::ranges::find(out, *m) == out.end()) out.push_back(*m);
  }
  return out;
}

json tiers_json(const snapshot& graph, const std::vector<supply_tier>& tiers) {
  json out = json::array();
  for (const supply_tier& tier : tiers) {
    json nodes = json::array();
    for (const node_index n : tier.nodes) nodes.push_back(node_summary(graph, n));
    out.push_back({{"tier", tier.tier}, {"nodes", std::move(nodes)}});
  }
  return out;
}

response position(const served_graph& served, analysis_cache& analyses, const route_context& c) {
  const snapshot& graph = *served.graph;
  const node_index node = require_node(graph, c.params[0]);
  const auto tiers = static_cast<std::uint32_t>(c.query.integer("tiers", 3, 1, 10));
  const direction mode = direction_param(c.query);
  const std::vector<metric> metrics = metrics_param(c.query);

  const chain_position found = chain_position_of(graph, node, {.max_tiers = tiers});
  json markets = json::array();
  json named = json::object();  // the roles and subsidiaries the markets list, by id
  const auto ids = [&](const std::vector<node_index>& nodes) {
    json out = json::array();
    for (const node_index n : nodes) {
      out.push_back(graph.id(n));
      named[std::string(graph.id(n))] = node_summary(graph, n);
    }
    return out;
  };
  for (const market_presence& m : found.markets)
    markets.push_back({{"market", market_summary(graph, m.market)},
                       {"home", m.home},
                       {"depth", static_cast<int>(m.depth)},
                       {"grade", to_string(m.depth)},
                       {"roles", ids(m.roles)},
                       {"subsidiaries", ids(m.subsidiaries)}});

  json ranks = json::object();
  for (const metric m : metrics) {
    const analysis_cache::scores values = analyses.centrality(graph, {.kind = m, .mode = mode});
    const node_rank r = rank_among(graph, *values, node, graph.kind(node));
    ranks[std::string(to_string(m))] = {{"rank", r.rank}, {"of", r.of}, {"value", r.value}};
  }
  return json_response({{"id", graph.id(node)},
                        {"node", node_summary(graph, node)},
                        {"direction", to_string(mode)},
                        {"markets", std::move(markets)},
                        {"upstream", tiers_json(graph, found.upstream)},
                        {"downstream", tiers_json(graph, found.downstream)},
                        {"truncated", found.truncated},
                        {"ranks", std::move(ranks)},
                        {"nodes", std::move(named)}},
                       graph.version());
}

}  // namespace

void add_position_routes(router& app, app_state& state) {
  app.add("GET", "/api/nodes/{id}/position",
          cached_route(state, [&state](const served_graph& served,
                                       const route_context& c) { return position(served, state.analyses(), c); }),
          cost::expensive);
}

}  // namespace chainex::server
