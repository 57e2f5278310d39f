// chainex search and chainex node: finding a node by its name, and one node with its edges (registry
// queries "search" and "node"). Text: the hits, or the node's properties and edges.
#include <cstdio>
#include <string>

#include "commands.hpp"
#include "query_command.hpp"

namespace chainex::cli {
namespace {

void print_hits(const core::query_context& context, const core::param_reader& params) {
  const snapshot& graph = context.graph;
  const core::search_answer found = core::run_search(context, params);
  if (found.hits.empty()) std::printf("no node matches '%s'\n", found.text.c_str());
  for (const search_hit& hit : found.hits)
    std::printf("%-40s %-12s %-10s %s\n", std::string(graph.name(hit.node)).c_str(),
                std::string(graph.kind_name(hit.node)).c_str(), std::string(to_string(hit.match)).c_str(),
                std::string(graph.id(hit.node)).c_str());
}

void print_edges(const snapshot& graph, std::span<const edge_index> edges, bool outgoing, std::size_t limit) {
  for (std::size_t i = 0; i < edges.size() && i < limit; ++i) {
    const edge_index e = edges[i];
    const node_index other = outgoing ? graph.target(e) : graph.source(e);
    std::printf("  %s %-20s %s (%s)\n", outgoing ? "-->" : "<--", std::string(graph.type_name(e)).c_str(),
                std::string(graph.name(other)).c_str(), std::string(graph.id(other)).c_str());
  }
  if (edges.size() > limit) std::printf("  … and %zu more\n", edges.size() - limit);
}

void print_node(const core::query_context& context, const core::param_reader& params) {
  const snapshot& graph = context.graph;
  const core::node_answer found = core::run_node(context, params);
  std::printf("%s (%s, %s)\n", std::string(graph.name(found.node)).c_str(),
              std::string(graph.kind_name(found.node)).c_str(), std::string(graph.id(found.node)).c_str());
  const auto columns = graph.node_columns();
  for (std::size_t c = 0; c < columns.size(); ++c)
    if (const std::string_view value = graph.node_value(found.node, c); !value.empty())
      std::printf("  %-16s %s\n", columns[c].name.c_str(), std::string(value).c_str());
  const edge_range out = graph.out_edges(found.node);
  std::vector<edge_index> out_edges;
  for (edge_index e = out.first; e < out.last; ++e) out_edges.push_back(e);
  print_edges(graph, out_edges, true, found.limit);
  print_edges(graph, graph.in_edges(found.node), false, found.limit);
}

}  // namespace

void add_search(CLI::App& app, int& exit_code) {
  add_query_command(app, "search", exit_code, {.text = print_hits, .csv = {}});
}

void add_node(CLI::App& app, int& exit_code) {
  add_query_command(app, "node", exit_code, {.text = print_node, .csv = {}});
}

}  // namespace chainex::cli
