#include "query_support.hpp"

#include <CLI/CLI.hpp>
#include <iostream>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "report_output.hpp"

namespace chainex::cli {

traversal walk_options::resolve(const snapshot& snap) const {
  return make_traversal(snap, *parse_direction(mode), kinds, types, max_visited);
}

void add_walk_options(CLI::App& command, walk_options& options, bool with_filters) {
  command.add_option("--direction", options.mode, "Follow edges out, in, or both ways (undirected)")
      ->check(CLI::IsMember({"out", "in", "both"}))
      ->capture_default_str();
  if (!with_filters) return;
  command.add_option("--kind", options.kinds, "Only pass through nodes of this kind (repeatable)");
  command.add_option("--type", options.types, "Only follow edges of this type (repeatable)");
  command.add_option("--max-visited", options.max_visited, "Stop after visiting this many nodes")
      ->capture_default_str();
}

node_index require_node(const snapshot& snap, std::string_view id) {
  if (auto node = snap.find(id)) return *node;
  throw std::invalid_argument("no node with id '" + std::string(id) + "'");
}

nlohmann::json node_summary(const snapshot& snap, node_index node) {
  return {{"id", snap.id(node)}, {"kind", snap.kind_name(node)}, {"name", snap.name(node)}};
}

void print_json(const nlohmann::json& value) { std::cout << value.dump(2) << '\n'; }

}  // namespace chainex::cli
