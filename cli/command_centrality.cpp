// chainex centrality: one metric for every node, highest first (graph/query/centrality.hpp).
//   chainex centrality DATA --metric degree|betweenness|closeness|harmonic|pagerank|eigenvector
//                      [--top N | --all] [--kind K] [--direction out|in|both] [--approx --epsilon E]
// JSON: {"metric": m, "results": [{"id", "name", "kind", "value"}]} ordered by value.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "chainex/query/centrality.hpp"
#include "commands.hpp"
#include "query_support.hpp"

namespace chainex::cli {

void add_centrality(CLI::App& app, int& exit_code) {
  struct options : data_options {
    walk_options walk;
    std::string metric_name;
    std::size_t top = 20;
    bool all = false;
    std::string kind;
    bool approx = false;
    double epsilon = 0.01;
  };
  auto opts = std::make_shared<options>();
  auto* command = app.add_subcommand("centrality", "Rank nodes by a centrality metric (networkx definitions)");
  add_data_options(*command, *opts, true);
  command
      ->add_option("--metric", opts->metric_name, "degree, betweenness, closeness, harmonic, pagerank or eigenvector")
      ->required()
      ->check(CLI::IsMember({"degree", "betweenness", "closeness", "harmonic", "pagerank", "eigenvector"}));
  auto* top = command->add_option("--top", opts->top, "How many nodes to list")->capture_default_str();
  command->add_flag("--all", opts->all, "List every node")->excludes(top);
  command->add_option("--kind", opts->kind, "Only list nodes of this kind (computed on the whole graph)");
  command->add_flag("--approx", opts->approx, "Betweenness by sampling, within --epsilon with probability 0.9");
  command->add_option("--epsilon", opts->epsilon, "Error bound of --approx")
      ->check(CLI::Range(1e-6, 0.5))
      ->capture_default_str();
  add_walk_options(*command, opts->walk, false);
  command->callback(with_graph(opts->source, exit_code, [opts](const snapshot& snap) {
    centrality_options request{.kind = *parse_metric(opts->metric_name), .mode = *parse_direction(opts->walk.mode)};
    request.approximate = opts->approx;
    request.epsilon = opts->epsilon;
    const auto values = compute_centrality(snap, request);
    std::optional<kind_code> kind;
    if (!opts->kind.empty()) {
      kind = snap.find_kind(opts->kind);
      if (!kind) throw std::invalid_argument("no node kind '" + opts->kind + "'");
    }
    const auto ranked = top_k(snap, values, opts->all ? 0 : opts->top, kind);
    if (opts->format == output_format::json) {
      nlohmann::json results = nlohmann::json::array();
      for (const auto& [node, value] : ranked) {
        auto entry = node_summary(snap, node);
        entry["value"] = value;
        results.push_back(std::move(entry));
      }
      print_json({{"metric", opts->metric_name}, {"results", results}});
    } else if (opts->format == output_format::csv) {
      std::printf("rank,id,name,kind,value\n");
      for (std::size_t i = 0; i < ranked.size(); ++i) {
        const node_index v = ranked[i].node;
        std::printf("%zu,%s,%s,%s,%.17g\n", i + 1, csv_field(snap.id(v)).c_str(), csv_field(snap.name(v)).c_str(),
                    csv_field(snap.kind_name(v)).c_str(), ranked[i].value);
      }
    } else {
      std::printf("%-5s %-40s %-12s %14s  %s\n", "rank", "name", "kind", opts->metric_name.c_str(), "id");
      for (std::size_t i = 0; i < ranked.size(); ++i) {
        const node_index v = ranked[i].node;
        std::printf("%-5zu %-40s %-12s %14.6g  %s\n", i + 1, std::string(snap.name(v)).c_str(),
                    std::string(snap.kind_name(v)).c_str(), ranked[i].value, std::string(snap.id(v)).c_str());
      }
    }
  }));
}

}  // namespace chainex::cli
