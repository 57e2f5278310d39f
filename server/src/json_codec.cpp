// The JSON shapes of nodes and edges, and JSON answers.
#include "json_codec.hpp"

#include <nlohmann/json.hpp>

#include "chainex/server/problem.hpp"

namespace chainex::server {
namespace {

void add_properties(nlohmann::json& out, std::span<const column_info> columns, auto value_of) {
  auto& properties = out["properties"] = nlohmann::json::object();
  for (std::size_t c = 0; c < columns.size(); ++c)
    if (const std::string_view value = value_of(c); !value.empty()) properties[columns[c].name] = value;
}

}  // namespace

nlohmann::json node_summary(const snapshot& graph, node_index node) {
  nlohmann::json out = {{"id", graph.id(node)}, {"kind", graph.kind_name(node)}, {"name", graph.name(node)}};
  if (const auto zh = graph.node_property(node, "name_zh"); !zh.empty()) out["name_zh"] = zh;
  if (const auto country = graph.node_property(node, "country"); !country.empty()) out["country"] = country;
  return out;
}

nlohmann::json node_detail(const snapshot& graph, node_index node) {
  nlohmann::json out = node_summary(graph, node);
  add_properties(out, graph.node_columns(), [&](std::size_t c) { return graph.node_value(node, c); });
  return out;
}

nlohmann::json edge_json(const snapshot& graph, edge_index edge) {
  nlohmann::json out = {{"id", edge},
                        {"source", graph.id(graph.source(edge))},
                        {"target", graph.id(graph.target(edge))},
                        {"type", graph.type_name(edge)},
                        {"weight", graph.weight(edge)},
                        {"directed", graph.directed(edge)}};
  add_properties(out, graph.edge_columns(), [&](std::size_t c) { return graph.edge_value(edge, c); });
  return out;
}

response json_response(nlohmann::json body, std::uint64_t version) {
  if (body.is_object()) body["version"] = version;
  response answer;
  answer.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  answer.set("Content-Type", "application/json; charset=utf-8");
  answer.set("X-Chainex-Version", std::to_string(version));
  answer.set("Cache-Control", "no-cache");
  return answer;
}

node_index require_node(const snapshot& graph, std::string_view id) {
  if (const auto node = graph.find(id)) return *node;
  throw http_error(problem::unknown_node, "no node with id '" + std::string(id) + "'");
}

}  // namespace chainex::server
