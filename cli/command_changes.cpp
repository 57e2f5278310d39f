// chainex diff and chainex timeline: the time model's answers (registry queries "diff" and "timeline",
// graph/query/changes.hpp), as text (JSON with --format json).
#include <cstdio>
#include <string>

#include "commands.hpp"
#include "query_command.hpp"

namespace chainex::cli {
namespace {

std::string text_of(std::string_view text) { return std::string(text.empty() ? "-" : text); }

// "2019  CATL (catl) -supplies-> BYD (byd)  [source-year]  Industry report"
void print_edge(const snapshot& graph, edge_index e, std::string_view date) {
  const std::string basis(graph.edge_property(e, "since_basis"));
  std::printf("  %-10s  %s (%s) -%s-> %s (%s)%s  %s\n", std::string(date).c_str(),
              std::string(graph.name(graph.source(e))).c_str(), std::string(graph.id(graph.source(e))).c_str(),
              std::string(graph.type_name(e)).c_str(), std::string(graph.name(graph.target(e))).c_str(),
              std::string(graph.id(graph.target(e))).c_str(), basis.empty() ? "" : ("  [" + basis + "]").c_str(),
              text_of(graph.edge_property(e, "citation")).c_str());
}

void print_changes(const snapshot& graph, const char* change, const char* field, const std::vector<node_index>& nodes,
                   const std::vector<edge_index>& edges) {
  std::printf("%s: %zu nodes, %zu edges\n", change, nodes.size(), edges.size());
  for (const node_index v : nodes)
    std::printf("  %-10s  %s (%s)\n", std::string(graph.node_property(v, field)).c_str(),
                std::string(graph.name(v)).c_str(), std::string(graph.id(v)).c_str());
  for (const edge_index e : edges) print_edge(graph, e, graph.edge_property(e, field));
}

void print_diff(const core::query_context& context, const core::param_reader& params) {
  const core::diff_answer found = core::run_diff(context, params);
  std::printf("From %s to %s%s\n", format_date(found.from).c_str(), format_date(found.to).c_str(),
              found.around ? (", around " + std::string(context.graph.id(*found.around))).c_str() : "");
  print_changes(context.graph, "began", "since", found.found.began_nodes, found.found.began_edges);
  print_changes(context.graph, "ended", "until", found.found.ended_nodes, found.found.ended_edges);
}

void print_timeline(const core::query_context& context, const core::param_reader& params) {
  const snapshot& graph = context.graph;
  const core::timeline_answer found = core::run_timeline(context, params);
  std::printf("%s (%s): %zu dated events\n", std::string(graph.name(found.node)).c_str(),
              std::string(graph.id(found.node)).c_str(), found.events.size());
  for (const dated_event& event : found.events) {
    std::printf("%s", event.began ? "began" : "ended");
    print_edge(graph, event.edge, graph.edge_property(event.edge, event.began ? "since" : "until"));
  }
  std::string market;
  for (const yearly_depth& d : found.depth_by_year) {
    if (d.market != market) std::printf("%sdepth in %s:", market.empty() ? "" : "\n", d.market.c_str());
    market = d.market;
    std::printf(" %d %s;", d.year, std::string(to_string(d.depth)).c_str());
  }
  if (!market.empty()) std::printf("\n");
}

}  // namespace

void add_diff(CLI::App& app, int& exit_code) {
  add_query_command(app, "diff", exit_code, {.text = print_diff, .csv = {}});
}

void add_timeline(CLI::App& app, int& exit_code) {
  add_query_command(app, "timeline", exit_code, {.text = print_timeline, .csv = {}});
}

}  // namespace chainex::cli
