// chainex position: where an enterprise stands in the chain (graph/query/position.hpp): its markets with
// the localization depth there, its supplier and customer tiers, and its rank among enterprises by each
// centrality metric (computed on the graph taken as undirected).
//   chainex position DATA --id ID [--tiers N] [--approx]
// JSON: {"id", "markets": [{"market": summary, "home", "depth": 0..3, "grade", "roles": [ids],
//        "subsidiaries": [ids]}], "upstream": [{"tier", "nodes": [summary]}], "downstream": [...],
//        "truncated", "ranks": {metric: {"rank", "of", "value"}}}
#include <CLI/CLI.hpp>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "chainex/query/centrality.hpp"
#include "chainex/query/position.hpp"
#include "commands.hpp"
#include "query_support.hpp"

namespace chainex::cli {
namespace {

nlohmann::json ids(const snapshot& snap, const std::vector<node_index>& nodes) {
  nlohmann::json out = nlohmann::json::array();
  for (node_index v : nodes) out.push_back(snap.id(v));
  return out;
}

nlohmann::json tiers_to_json(const snapshot& snap, const std::vector<supply_tier>& tiers) {
  nlohmann::json out = nlohmann::json::array();
  for (const supply_tier& tier : tiers) {
    nlohmann::json nodes = nlohmann::json::array();
    for (node_index v : tier.nodes) nodes.push_back(node_summary(snap, v));
    out.push_back({{"tier", tier.tier}, {"nodes", nodes}});
  }
  return out;
}

void print_tiers(const snapshot& snap, const char* title, const std::vector<supply_tier>& tiers) {
  for (const supply_tier& tier : tiers) {
    std::printf("%s tier %u:", title, tier.tier);
    for (node_index v : tier.nodes) std::printf(" %s;", std::string(snap.name(v)).c_str());
    std::printf("\n");
  }
}

}  // namespace

void add_position(CLI::App& app, int& exit_code) {
  struct options : data_options {
    std::string id;
    std::uint32_t tiers = 3;
    bool approx = false;
  };
  auto opts = std::make_shared<options>();
  auto* command = app.add_subcommand("position", "An enterprise's markets, localization depth, supply tiers and ranks");
  add_data_options(*command, *opts, false);
  command->add_option("--id", opts->id, "Id of the enterprise")->required();
  command->add_option("--tiers", opts->tiers, "Supplier and customer tiers to follow")
      ->check(CLI::Range(1, 10))
      ->capture_default_str();
  command->add_flag("--approx", opts->approx, "Rank by sampled betweenness (epsilon 0.01), for large graphs");
  command->callback(with_graph(opts->source, exit_code, [opts](const snapshot& snap) {
    const node_index enterprise = require_node(snap, opts->id);
    const chain_position position = chain_position_of(snap, enterprise, {.max_tiers = opts->tiers});
    const auto kind = snap.find_kind("enterprise");
    nlohmann::json ranks = nlohmann::json::object();
    for (metric m : all_metrics) {
      const auto values = compute_centrality(snap, {.kind = m, .mode = direction::both, .approximate = opts->approx});
      const node_rank r = rank_among(snap, values, enterprise, kind);
      ranks[std::string(to_string(m))] = {{"rank", r.rank}, {"of", r.of}, {"value", r.value}};
    }
    if (opts->format == output_format::json) {
      nlohmann::json markets = nlohmann::json::array();
      for (const market_presence& m : position.markets) {
        markets.push_back({{"market", node_summary(snap, m.market)},
                           {"home", m.home},
                           {"depth", static_cast<int>(m.depth)},
                           {"grade", to_string(m.depth)},
                           {"roles", ids(snap, m.roles)},
                           {"subsidiaries", ids(snap, m.subsidiaries)}});
      }
      print_json({{"id", opts->id},
                  {"markets", markets},
                  {"upstream", tiers_to_json(snap, position.upstream)},
                  {"downstream", tiers_to_json(snap, position.downstream)},
                  {"truncated", position.truncated},
                  {"ranks", ranks}});
    } else {
      std::printf("%s (%s)\n%zu markets\n", std::string(snap.name(enterprise)).c_str(), opts->id.c_str(),
                  position.markets.size());
      for (const market_presence& m : position.markets) {
        std::printf("  %-28s %-10s %zu subsidiaries, roles:", std::string(snap.name(m.market)).c_str(),
                    std::string(to_string(m.depth)).c_str(), m.subsidiaries.size());
        for (node_index role : m.roles) std::printf(" %s", std::string(snap.name(role)).c_str());
        std::printf("%s\n", m.home ? " (home)" : "");
      }
      print_tiers(snap, "suppliers", position.upstream);
      print_tiers(snap, "customers", position.downstream);
      for (const auto& [name, r] : ranks.items()) {
        std::printf("rank by %-12s %zu of %zu (%g)\n", name.c_str(), r["rank"].get<std::size_t>(),
                    r["of"].get<std::size_t>(), r["value"].get<double>());
      }
    }
  }));
}

}  // namespace chainex::cli
