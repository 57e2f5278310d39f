// The queries that walk from nodes: neighbors and path (see answers.hpp).
#include "chainex/core/answers.hpp"

namespace chainex::core {
namespace {

traversal walk_of(const snapshot& graph, const param_reader& params) {
  return make_traversal(graph, *parse_direction(params.choice("direction")), params.list("kinds"), params.list("types"),
                        static_cast<std::size_t>(params.integer("max_visited")), params.date("as_of"));
}

// The node with this id, which must be there on the walk's day.
node_index require_present(const snapshot& graph, const traversal& walk, std::string_view id) {
  const node_index node = require_node(graph, id);
  if (walk.dated() && !walk.node_spans.present(node, *walk.as_of)) {
    throw query_error(failure_code::unknown_node,
                      "node '" + std::string(id) + "' is not in the graph as of " + format_date(*walk.as_of),
                      {{"id", std::string(id)}});
  }
  return node;
}

}  // namespace

neighbors_answer run_neighbors(const query_context& context, const param_reader& params) {
  params.check();
  const traversal walk = walk_of(context.graph, params);
  const node_index center = require_present(context.graph, walk, params.text("id"));
  const auto depth = static_cast<std::uint32_t>(params.integer("depth"));
  const auto limit = static_cast<std::size_t>(params.integer("limit"));
  return {
      .center = center, .depth = depth, .ego = ego_network(context.graph, walk, center, depth, limit, context.stop)};
}

path_answer run_path(const query_context& context, const param_reader& params) {
  params.check();
  const traversal every = walk_of(context.graph, params);
  const path_query query{.from = require_present(context.graph, every, params.text("from")),
                         .to = require_present(context.graph, every, params.text("to")),
                         .weighted = params.boolean("weighted"),
                         .k = static_cast<std::size_t>(params.integer("k")),
                         .rank = *value_in(path_rank_names, params.choice("rank"))};
  if (query.weighted && query.rank == path_rank::informative) {
    throw query_error(failure_code::bad_parameter, "weighted applies to rank=shortest; informative ranks by degree",
                      {{"parameter", "weighted"}});
  }
  const relation_classes builtin;
  const relation_classes& classes = context.relations != nullptr ? *context.relations : builtin;
  path_answer answer{.query = query,
                     .relations = *value_in(relation_mode_names, params.choice("relations")),
                     .structural_types = classes.structural()};
  if (answer.relations == relation_mode::all) {
    answer.result = find_paths(context.graph, every, query, context.stop);
    answer.business = answer.result.found() && all_business(context.graph, classes, answer.result.paths[0].edges);
    return answer;
  }
  traversal business = every;
  business.allowed_types = business_types(context.graph, classes, every.allowed_types);
  answer.result = find_paths(context.graph, business, query, context.stop);
  answer.business = answer.result.found();
  if (!answer.result.found() && !answer.result.capped) {
    path_query one = query;
    one.k = 1;
    path_result any = find_paths(context.graph, every, one, context.stop);
    answer.result.visited += any.visited;
    if (any.found()) answer.structural = std::move(any.paths.front());
  }
  return answer;
}

}  // namespace chainex::core
