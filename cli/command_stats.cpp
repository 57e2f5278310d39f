// chainex stats: counts by node kind and edge type, and the degree distribution (registry query "stats").
#include <cstdio>

#include "commands.hpp"
#include "query_command.hpp"

namespace chainex::cli {
namespace {

void print_counts(const char* title, const std::vector<std::pair<std::string, std::size_t>>& counts) {
  std::printf("%s\n", title);
  for (const auto& [name, count] : counts) std::printf("  %-24s %12zu\n", name.c_str(), count);
}

void print_text(const core::query_context& context, const core::param_reader& params) {
  params.check();
  const graph_stats stats = compute_stats(context.graph);
  std::printf("%zu nodes, %zu edges, %zu countries\n", stats.nodes, stats.edges, stats.countries);
  print_counts("nodes by kind", stats.kinds);
  print_counts("edges by type", stats.types);
  std::printf("degree (in + out): min %zu, median %.1f, mean %.2f, max %zu; %zu isolated nodes\n", stats.degree.min,
              stats.degree.median, stats.degree.mean, stats.degree.max, stats.degree.isolated);
  const dated_counts& dated = stats.dated_edges;
  std::printf("edges by since: %zu exact, %zu source-year, %zu announced, %zu undated; %zu with an until\n",
              dated.exact, dated.source_year, dated.announced, dated.undated, dated.until);
  if (!dated.first.empty()) std::printf("dated from %s to %s\n", dated.first.c_str(), dated.last.c_str());
  if (stats.self_loops > 0 || stats.undirected_edges > 0)
    std::printf("%zu self-loops, %zu undirected edges\n", stats.self_loops, stats.undirected_edges);
}

}  // namespace

void add_stats(CLI::App& app, int& exit_code) {
  add_query_command(app, "stats", exit_code, {.text = print_text, .csv = {}});
}

}  // namespace chainex::cli
