// The queries that walk from nodes: neighbors and path (see answers.hpp).
#include "chainex/core/answers.hpp"

namespace chainex::core {
namespace {

traversal walk_of(const snapshot& graph, const param_reader& params) {
  return make_traversal(graph, *parse_direction(params.choice("direction")), params.list("kinds"), params.list("types"),
                        static_cast<std::size_t>(params.integer("max_visited")));
}

}  // namespace

neighbors_answer run_neighbors(const query_context& context, const param_reader& params) {
  params.check();
  const node_index center = require_node(context.graph, params.text("id"));
  const auto depth = static_cast<std::uint32_t>(params.integer("depth"));
  const auto limit = static_cast<std::size_t>(params.integer("limit"));
  return {.center = center,
          .depth = depth,
          .ego = ego_network(context.graph, walk_of(context.graph, params), center, depth, limit, context.stop)};
}

path_answer run_path(const query_context& context, const param_reader& params) {
  params.check();
  const path_query query{.from = require_node(context.graph, params.text("from")),
                         .to = require_node(context.graph, params.text("to")),
                         .weighted = params.boolean("weighted"),
                         .k = static_cast<std::size_t>(params.integer("k"))};
  return {.query = query, .result = find_paths(context.graph, walk_of(context.graph, params), query, context.stop)};
}

}  // namespace chainex::core
