// chainex path: shortest or k shortest paths between two nodes (registry query "path", graph/query/paths.hpp).
// Text: each path as its nodes with the edges between them; CSV: one row per step.
#include <cstdio>
#include <string>

#include "chainex/csv_writer.hpp"
#include "commands.hpp"
#include "query_command.hpp"

namespace chainex::cli {
namespace {

// Walked against its direction (direction in or both), an edge is drawn pointing back.
bool walked_forward(const snapshot& graph, const path& p, std::size_t step) {
  return graph.source(p.edges[step - 1]) == p.nodes[step - 1];
}

// A path's nodes, one a line, with the edges between them.
void print_path(const snapshot& graph, const path& p) {
  for (std::size_t s = 0; s < p.nodes.size(); ++s) {
    if (s > 0) {
      const bool forward = walked_forward(graph, p, s);
      std::printf("    %s%s%s\n", forward ? "--" : "<--", std::string(graph.type_name(p.edges[s - 1])).c_str(),
                  forward ? "-->" : "--");
    }
    std::printf("  %s (%s, %s)\n", std::string(graph.name(p.nodes[s])).c_str(),
                std::string(graph.kind_name(p.nodes[s])).c_str(), std::string(graph.id(p.nodes[s])).c_str());
  }
}

void print_text(const core::query_context& context, const core::param_reader& params) {
  const snapshot& graph = context.graph;
  const core::path_answer found = core::run_path(context, params);
  if (!found.result.found())
    std::printf("no path from %s to %s%s\n", std::string(graph.id(found.query.from)).c_str(),
                std::string(graph.id(found.query.to)).c_str(),
                found.result.capped ? " found before the work cap (--max-visited)" : "");
  if (found.structural) {  // relations=business found none: offer the structural connection as such
    std::printf("no business connection; a structural one (--relations all):\n");
    print_path(graph, *found.structural);
  }
  for (std::size_t i = 0; i < found.result.paths.size(); ++i) {
    const path& p = found.result.paths[i];
    std::printf("path %zu: %zu hops, cost %g\n", i + 1, p.hops(), p.cost);
    print_path(graph, p);
  }
}

void print_csv(const core::query_context& context, const core::param_reader& params) {
  const snapshot& graph = context.graph;
  const core::path_answer found = core::run_path(context, params);
  std::printf("path,step,id,name,kind,edge_type,edge_forward,cost\n");
  for (std::size_t i = 0; i < found.result.paths.size(); ++i) {
    const path& p = found.result.paths[i];
    for (std::size_t s = 0; s < p.nodes.size(); ++s) {
      const node_index v = p.nodes[s];
      std::printf("%zu,%zu,%s,%s,%s,%s,%s,%.17g\n", i + 1, s, csv_field(graph.id(v)).c_str(),
                  csv_field(graph.name(v)).c_str(), csv_field(graph.kind_name(v)).c_str(),
                  s == 0 ? "" : csv_field(graph.type_name(p.edges[s - 1])).c_str(),
                  s == 0 ? "" : (walked_forward(graph, p, s) ? "true" : "false"), p.cost);
    }
  }
}

}  // namespace

void add_path(CLI::App& app, int& exit_code) {
  add_query_command(app, "path", exit_code, {.text = print_text, .csv = print_csv});
}

}  // namespace chainex::cli
