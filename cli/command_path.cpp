// chainex path: shortest or k shortest paths between two nodes (graph/query/paths.hpp).
//   chainex path DATA --from ID --to ID [--weighted] [--k N] [--direction out|in|both] [--kind K] [--type T]
// JSON: {"found": bool, "capped": bool, "paths": [{"nodes": [ids], "edges": [edge indices], "hops", "cost"}]}
#include <CLI/CLI.hpp>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "chainex/query/paths.hpp"
#include "commands.hpp"
#include "query_support.hpp"

namespace chainex::cli {

void add_path(CLI::App& app, int& exit_code) {
  struct options : data_options {
    walk_options walk;
    std::string from, to;
    bool weighted = false;
    std::size_t k = 1;
  };
  auto opts = std::make_shared<options>();
  auto* command = app.add_subcommand("path", "Shortest paths between two nodes");
  add_data_options(*command, *opts, true);
  command->add_option("--from", opts->from, "Id of the start node")->required();
  command->add_option("--to", opts->to, "Id of the end node")->required();
  command->add_flag("--weighted", opts->weighted, "Minimise the sum of edge weights instead of hops");
  command->add_option("--k", opts->k, "How many shortest loopless paths")
      ->check(CLI::Range(1, 100))
      ->capture_default_str();
  add_walk_options(*command, opts->walk, true);
  command->callback(with_graph(opts->source, exit_code, [opts](const snapshot& snap) {
    const path_query query{require_node(snap, opts->from), require_node(snap, opts->to), opts->weighted, opts->k};
    const path_result result = find_paths(snap, opts->walk.resolve(snap), query);
    if (opts->format == output_format::json) {
      nlohmann::json paths = nlohmann::json::array();
      for (const path& p : result.paths) {
        nlohmann::json nodes = nlohmann::json::array();
        for (node_index v : p.nodes) nodes.push_back(snap.id(v));
        paths.push_back({{"nodes", nodes}, {"edges", p.edges}, {"hops", p.hops()}, {"cost", p.cost}});
      }
      print_json({{"found", result.found()}, {"capped", result.capped}, {"paths", paths}});
    } else if (opts->format == output_format::csv) {
      std::printf("path,step,id,name,kind,edge_type,edge_forward,cost\n");
      for (std::size_t i = 0; i < result.paths.size(); ++i) {
        const path& p = result.paths[i];
        for (std::size_t s = 0; s < p.nodes.size(); ++s) {
          const node_index v = p.nodes[s];
          const bool forward = s > 0 && snap.source(p.edges[s - 1]) == p.nodes[s - 1];
          std::printf("%zu,%zu,%s,%s,%s,%s,%s,%.17g\n", i + 1, s, csv_field(snap.id(v)).c_str(),
                      csv_field(snap.name(v)).c_str(), csv_field(snap.kind_name(v)).c_str(),
                      s == 0 ? "" : csv_field(snap.type_name(p.edges[s - 1])).c_str(),
                      s == 0 ? "" : (forward ? "true" : "false"), p.cost);
        }
      }
    } else {
      if (!result.found())
        std::printf("no path from %s to %s%s\n", opts->from.c_str(), opts->to.c_str(),
                    result.capped ? " found before the work cap (--max-visited)" : "");
      for (std::size_t i = 0; i < result.paths.size(); ++i) {
        const path& p = result.paths[i];
        std::printf("path %zu: %zu hops, cost %g\n", i + 1, p.hops(), p.cost);
        for (std::size_t s = 0; s < p.nodes.size(); ++s) {
          if (s > 0) {
            // Walked against its direction (--direction in or both), an edge is drawn pointing back.
            const edge_index e = p.edges[s - 1];
            const bool forward = snap.source(e) == p.nodes[s - 1];
            std::printf("    %s%s%s\n", forward ? "--" : "<--", std::string(snap.type_name(e)).c_str(),
                        forward ? "-->" : "--");
          }
          std::printf("  %s (%s, %s)\n", std::string(snap.name(p.nodes[s])).c_str(),
                      std::string(snap.kind_name(p.nodes[s])).c_str(), std::string(snap.id(p.nodes[s])).c_str());
        }
      }
    }
  }));
}

}  // namespace chainex::cli
