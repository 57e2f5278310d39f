// The queries that look a node up: require_node, search and node (see answers.hpp).
#include "chainex/core/answers.hpp"

namespace chainex::core {

dated_snapshot graph_for(const param_reader& params, const snapshot& graph) {
  if (params.query().walks || !params.query().find("as_of")) return {};
  const auto day = params.date("as_of");
  return day ? snapshot_as_of(graph, *day) : dated_snapshot{};
}

node_index require_node(const snapshot& graph, std::string_view id) {
  if (const auto node = graph.find(id)) return *node;
  throw query_error(failure_code::unknown_node, "no node with id '" + std::string(id) + "'", {{"id", std::string(id)}});
}

search_answer run_search(const query_context& context, const param_reader& params) {
  params.check();
  search_answer found{.text = params.text("q"), .hits = {}};
  search_options options{.limit = static_cast<std::size_t>(params.integer("limit")), .kind = {}};
  const std::string kind = params.text("kind");
  if (!kind.empty()) {
    options.kind = context.graph.find_kind(kind);
    if (!options.kind) return found;  // a kind the graph does not have matches nothing
  }
  if (context.names) {
    found.hits = context.names->search(found.text, options);
  } else {
    found.hits = name_index(context.graph).search(found.text, options);
  }
  return found;
}

node_answer run_node(const query_context& context, const param_reader& params) {
  params.check();
  return {.node = require_node(context.graph, params.text("id")),
          .limit = static_cast<std::size_t>(params.integer("limit"))};
}

}  // namespace chainex::core
