// The JSON shapes of nodes, edges and diagnostics (see shapes.hpp).
#include "shapes.hpp"

#include <charconv>
#include <span>

namespace chainex::core {
namespace {

void add_properties(json& out, std::span<const column_info> columns, auto value_of) {
  json& properties = out["properties"] = json::object();
  for (std::size_t c = 0; c < columns.size(); ++c)
    if (const std::string_view value = value_of(c); !value.empty()) properties[columns[c].name] = value;
}

}  // namespace

json node_summary(const snapshot& graph, node_index node) {
  json out = {{"id", graph.id(node)}, {"kind", graph.kind_name(node)}, {"name", graph.name(node)}};
  if (const auto zh = graph.node_property(node, "name_zh"); !zh.empty()) out["name_zh"] = zh;
  if (const auto country = graph.node_property(node, "country"); !country.empty()) out["country"] = country;
  return out;
}

json node_detail(const snapshot& graph, node_index node) {
  json out = node_summary(graph, node);
  add_properties(out, graph.node_columns(), [&](std::size_t c) { return graph.node_value(node, c); });
  if (graph.node_lifespans().since(node) == first_day) out["undated"] = true;
  return out;
}

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

json edge_json(const snapshot& graph, edge_index edge) {
  json out = {{"id", edge},
              {"source", graph.id(graph.source(edge))},
              {"target", graph.id(graph.target(edge))},
              {"type", graph.type_name(edge)},
              {"weight", graph.weight(edge)},
              {"directed", graph.directed(edge)}};
  add_properties(out, graph.edge_columns(), [&](std::size_t c) { return graph.edge_value(edge, c); });
  if (graph.edge_lifespans().since(edge) == first_day) out["undated"] = true;
  return out;
}

json diagnostics_json(const std::vector<diagnostic>& list) {
  json array = json::array();
  for (const diagnostic& item : list)
    array.push_back({{"file", item.file}, {"line", item.line}, {"column", item.column}, {"message", item.message}});
  return array;
}

json details_json(const std::vector<failure_detail>& details) {
  json out = json::object();
  for (const auto& [name, value] : details) out[name] = value;
  return out;
}

json failure_json(const failure& error) {
  return {{"code", to_string(error.code)}, {"message", error.message}, {"details", details_json(error.details)}};
}

json job_json(const job_status& job) {
  json out = {{"id", job.id},
              {"url", "/api/jobs/" + job.id},
              {"state", to_string(job.state)},
              {"progress", job.progress},
              {"elapsed_s", job.elapsed_s},
              {"metric", to_string(job.options.kind)},
              {"direction", to_string(job.options.mode)},
              {"approximate", job.options.approximate},
              {"snapshot", job.version}};
  if (job.options.approximate) {
    out["epsilon"] = job.options.epsilon;
    out["delta"] = job.options.delta;
  }
  if (job.eta_s) out["eta_s"] = *job.eta_s;
  if (job.error) out["error"] = failure_json(*job.error);
  return out;
}

}  // namespace chainex::core
