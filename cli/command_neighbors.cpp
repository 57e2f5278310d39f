// chainex neighbors: the k-hop ego network of a node (graph/query/neighborhood.hpp).
//   chainex neighbors DATA --id ID [--depth N] [--limit N] [--direction out|in|both] [--kind K] [--type T]
// JSON: {"center": id, "nodes": [{"id","kind","name","depth"}], "edges": [{"id","source","target","type",
// "weight"}], "truncated": bool}
#include <CLI/CLI.hpp>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "chainex/query/neighborhood.hpp"
#include "commands.hpp"
#include "query_support.hpp"

namespace chainex::cli {

void add_neighbors(CLI::App& app, int& exit_code) {
  struct options : data_options {
    walk_options walk;
    std::string id;
    std::uint32_t depth = 1;
    std::size_t limit = 500;
  };
  auto opts = std::make_shared<options>();
  auto* command = app.add_subcommand("neighbors", "The nodes within a few hops of a node");
  add_data_options(*command, *opts, true);
  command->add_option("--id", opts->id, "Id of the centre node")->required();
  command->add_option("--depth", opts->depth, "Hops from the centre")->check(CLI::Range(1, 6))->capture_default_str();
  command->add_option("--limit", opts->limit, "At most this many nodes")->capture_default_str();
  add_walk_options(*command, opts->walk, true);
  command->callback(with_graph(opts->source, exit_code, [opts](const snapshot& snap) {
    const node_index center = require_node(snap, opts->id);
    const ego_result ego = ego_network(snap, opts->walk.resolve(snap), center, opts->depth, opts->limit);
    if (opts->format == output_format::json) {
      nlohmann::json nodes = nlohmann::json::array();
      for (const auto& [node, depth] : ego.nodes) {
        auto entry = node_summary(snap, node);
        entry["depth"] = depth;
        nodes.push_back(std::move(entry));
      }
      nlohmann::json edges = nlohmann::json::array();
      for (edge_index e : ego.edges) {
        edges.push_back({{"id", e},
                         {"source", snap.id(snap.source(e))},
                         {"target", snap.id(snap.target(e))},
                         {"type", snap.type_name(e)},
                         {"weight", snap.weight(e)}});
      }
      print_json({{"center", opts->id}, {"nodes", nodes}, {"edges", edges}, {"truncated", ego.truncated}});
    } else if (opts->format == output_format::csv) {
      std::printf("depth,id,name,kind\n");
      for (const auto& [node, depth] : ego.nodes) {
        std::printf("%u,%s,%s,%s\n", depth, csv_field(snap.id(node)).c_str(), csv_field(snap.name(node)).c_str(),
                    csv_field(snap.kind_name(node)).c_str());
      }
    } else {
      std::printf("%zu nodes and %zu edges within %u hops of %s%s\n", ego.nodes.size(), ego.edges.size(), opts->depth,
                  std::string(snap.name(center)).c_str(), ego.truncated ? " (cut at --limit)" : "");
      for (const auto& [node, depth] : ego.nodes) {
        std::printf("  %u  %-40s %-12s %s\n", depth, std::string(snap.name(node)).c_str(),
                    std::string(snap.kind_name(node)).c_str(), std::string(snap.id(node)).c_str());
      }
    }
  }));
}

}  // namespace chainex::cli
