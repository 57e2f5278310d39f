// chainex neighbors: the k-hop ego network of a node (registry query "neighbors", graph/query/neighborhood.hpp).
// Text: the nodes by depth; CSV: one row per node.
#include <cstdio>
#include <string>

#include "chainex/csv_writer.hpp"
#include "commands.hpp"
#include "query_command.hpp"

namespace chainex::cli {
namespace {

void print_text(const core::query_context& context, const core::param_reader& params) {
  const snapshot& graph = context.graph;
  const core::neighbors_answer found = core::run_neighbors(context, params);
  std::printf("%zu nodes and %zu edges within %u hops of %s%s\n", found.ego.nodes.size(), found.ego.edges.size(),
              found.depth, std::string(graph.name(found.center)).c_str(),
              found.ego.truncated ? " (cut at --limit or --max-visited)" : "");
  for (const auto& [node, depth] : found.ego.nodes)
    std::printf("  %u  %-40s %-12s %s\n", depth, std::string(graph.name(node)).c_str(),
                std::string(graph.kind_name(node)).c_str(), std::string(graph.id(node)).c_str());
}

void print_csv(const core::query_context& context, const core::param_reader& params) {
  const snapshot& graph = context.graph;
  const core::neighbors_answer found = core::run_neighbors(context, params);
  std::printf("depth,id,name,kind\n");
  for (const auto& [node, depth] : found.ego.nodes)
    std::printf("%u,%s,%s,%s\n", depth, csv_field(graph.id(node)).c_str(), csv_field(graph.name(node)).c_str(),
                csv_field(graph.kind_name(node)).c_str());
}

}  // namespace

void add_neighbors(CLI::App& app, int& exit_code) {
  add_query_command(app, "neighbors", exit_code, {.text = print_text, .csv = print_csv});
}

}  // namespace chainex::cli
