// chainex components: weakly or strongly connected components (graph/query/components.hpp).
//   chainex components DATA [--mode weak|strong]
// JSON: {"mode", "count", "sizes": [largest first], "largest": [ids of the largest component, up to 100]}
#include <CLI/CLI.hpp>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "chainex/query/components.hpp"
#include "commands.hpp"
#include "query_support.hpp"

namespace chainex::cli {

void add_components(CLI::App& app, int& exit_code) {
  struct options : data_options {
    std::string mode = "weak";
  };
  auto opts = std::make_shared<options>();
  auto* command = app.add_subcommand("components", "Weakly or strongly connected components");
  add_data_options(*command, *opts, true);
  command->add_option("--mode", opts->mode, "weak or strong")
      ->check(CLI::IsMember({"weak", "strong"}))
      ->capture_default_str();
  command->callback(with_graph(opts->source, exit_code, [opts](const snapshot& snap) {
    const components found = connected_components(snap, *parse_component_mode(opts->mode));
    const auto order = found.by_size();
    std::vector<std::string> largest;
    for (node_index v = 0; v < snap.node_count() && largest.size() < 100 && !order.empty(); ++v) {
      if (found.of[v] == order[0]) largest.emplace_back(snap.id(v));
    }
    if (opts->format == output_format::json) {
      std::vector<std::size_t> sizes;
      for (auto c : order) sizes.push_back(found.sizes[c]);
      print_json({{"mode", opts->mode}, {"count", found.count()}, {"sizes", sizes}, {"largest", largest}});
    } else if (opts->format == output_format::csv) {
      std::printf("id,component,size\n");
      for (node_index v = 0; v < snap.node_count(); ++v) {
        std::printf("%s,%u,%zu\n", csv_field(snap.id(v)).c_str(), found.of[v], found.sizes[found.of[v]]);
      }
    } else {
      std::printf("%zu %s components\n", found.count(), opts->mode.c_str());
      for (std::size_t i = 0; i < order.size() && i < 10; ++i) {
        std::printf("  #%zu  %zu nodes\n", i + 1, found.sizes[order[i]]);
      }
    }
  }));
}

}  // namespace chainex::cli
