// The JSON of diff and timeline (change_documents.hpp).
#include "change_documents.hpp"

namespace chainex::core {
namespace {

json text_or_null(std::string_view text) { return text.empty() ? json(nullptr) : json(text); }

json dated_node(const snapshot& graph, node_index node) {
  json out = node_summary(graph, node);
  out["since"] = text_or_null(graph.node_property(node, "since"));
  out["until"] = text_or_null(graph.node_property(node, "until"));
  return out;
}

json dated_edge(const snapshot& graph, edge_index edge) {
  json out = edge_json(graph, edge);
  for (const char* name : {"since", "until", "since_basis", "citation"})
    out[name] = text_or_null(graph.edge_property(edge, name));
  return out;
}

json changed(const snapshot& graph, const std::vector<node_index>& nodes, const std::vector<edge_index>& edges) {
  json out = {{"nodes", json::array()}, {"edges", json::array()}};
  for (const node_index node : nodes) out["nodes"].push_back(dated_node(graph, node));
  for (const edge_index edge : edges) out["edges"].push_back(dated_edge(graph, edge));
  return out;
}

}  // namespace

json diff_document(const query_context& context, const param_reader& params, bool& /*settled*/) {
  const diff_answer found = run_diff(context, params);
  const snapshot& graph = context.graph;
  json out = {{"from", format_date(found.from)},
              {"to", format_date(found.to)},
              {"began", changed(graph, found.found.began_nodes, found.found.began_edges)},
              {"ended", changed(graph, found.found.ended_nodes, found.found.ended_edges)}};
  if (found.around) out["id"] = graph.id(*found.around);
  return out;
}

json timeline_document(const query_context& context, const param_reader& params, bool& /*settled*/) {
  const timeline_answer found = run_timeline(context, params);
  const snapshot& graph = context.graph;
  json events = json::array();
  for (const dated_event& event : found.events) {
    const std::string_view written = graph.edge_property(event.edge, event.began ? "since" : "until");
    events.push_back({{"date", written},
                      {"day", format_date(event.day)},
                      {"change", event.began ? "began" : "ended"},
                      {"edge", dated_edge(graph, event.edge)}});
  }
  // Keyed by the market's country code ("HU"), or by its id where the market names no country.
  const auto key_of = [&graph](const std::string& market) {
    const auto node = graph.find(market);
    const std::string_view country = node ? graph.node_property(*node, "country") : std::string_view{};
    return std::string(country.empty() ? std::string_view(market) : country);
  };
  json depths = json::object();
  for (const yearly_depth& d : found.depth_by_year)
    depths[key_of(d.market)][std::to_string(d.year)] = static_cast<int>(d.depth);
  return {{"id", graph.id(found.node)},
          {"node", node_summary(graph, found.node)},
          {"events", std::move(events)},
          {"depth_by_year", std::move(depths)}};
}

}  // namespace chainex::core
