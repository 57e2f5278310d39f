// chainex stats: counts by node kind and edge type, and the degree distribution.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "chainex/server/report_json.hpp"
#include "chainex/stats.hpp"
#include "commands.hpp"
#include "data_source.hpp"

namespace chainex::cli {
namespace {

void print_counts(const char* title, const std::vector<std::pair<std::string, std::size_t>>& counts) {
  std::printf("%s\n", title);
  for (const auto& [name, count] : counts) std::printf("  %-24s %12zu\n", name.c_str(), count);
}

}  // namespace

void add_stats(CLI::App& app, int& exit_code) {
  auto opts = std::make_shared<data_options>();
  auto* command = app.add_subcommand("stats", "Counts by node kind and edge type, and the degree distribution");
  add_data_options(*command, *opts, false);
  command->callback(with_graph(opts->source, exit_code, [opts](const snapshot& graph) {
    const graph_stats stats = compute_stats(graph);
    if (opts->format == output_format::json) {
      std::cout << server::stats_json(stats).dump(2) << '\n';
    } else {
      std::printf("%zu nodes, %zu edges, %zu countries\n", stats.nodes, stats.edges, stats.countries);
      print_counts("nodes by kind", stats.kinds);
      print_counts("edges by type", stats.types);
      std::printf("degree (in + out): min %zu, median %.1f, mean %.2f, max %zu; %zu isolated nodes\n", stats.degree.min,
                  stats.degree.median, stats.degree.mean, stats.degree.max, stats.degree.isolated);
      if (stats.self_loops > 0 || stats.undirected_edges > 0)
        std::printf("%zu self-loops, %zu undirected edges\n", stats.self_loops, stats.undirected_edges);
    }
  }));
}

}  // namespace chainex::cli
