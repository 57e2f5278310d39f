// chainex position: where a node stands in the chain (registry query "position", graph/query/position.hpp):
// its markets with the localization depth there (what it controls) and what it does there through stakes short
// of control, its supplier and customer tiers, and its ranks. Text only (JSON with --format json).
#include <cstdio>
#include <string>

#include "commands.hpp"
#include "query_command.hpp"

namespace chainex::cli {
namespace {

void print_tiers(const snapshot& graph, const char* title, const std::vector<supply_tier>& tiers) {
  for (const supply_tier& tier : tiers) {
    std::printf("%s tier %u:", title, tier.tier);
    for (const node_index v : tier.nodes) std::printf(" %s;", std::string(graph.name(v)).c_str());
    std::printf("\n");
  }
}

// "    making, through Illuminate USA (a stake, share not given) with Invenergy"
void print_through(const snapshot& graph, const held_presence& held) {
  std::printf("    %s, through %s (", std::string(to_string(held.grade)).c_str(),
              std::string(graph.name(held.via)).c_str());
  if (held.share) {
    std::printf("a %g%% stake)", *held.share * 100);
  } else {
    std::printf("a stake, share not given)");
  }
  const char* separator = " with ";
  for (const node_index partner : held.partners) {
    std::printf("%s%s", separator, std::string(graph.name(partner)).c_str());
    separator = ", ";
  }
  std::printf("\n");
}

void print_text(const core::query_context& context, const core::param_reader& params) {
  const snapshot& graph = context.graph;
  const core::position_answer found = core::run_position(context, params);
  std::printf("%s (%s)\n%zu markets\n", std::string(graph.name(found.node)).c_str(),
              std::string(graph.id(found.node)).c_str(), found.position.markets.size());
  for (const market_presence& m : found.position.markets) {
    std::printf("  %-28s %-10s %zu subsidiaries, roles:", std::string(graph.name(m.market)).c_str(),
                std::string(to_string(m.depth)).c_str(), m.subsidiaries.size());
    for (const node_index role : m.roles) std::printf(" %s", std::string(graph.name(role)).c_str());
    std::printf("%s%s\n", m.sells ? " (sells there, no local entity)" : "", m.home ? " (home)" : "");
    for (const held_presence& held : m.through) print_through(graph, held);
  }
  print_tiers(graph, "suppliers", found.position.upstream);
  print_tiers(graph, "customers", found.position.downstream);
  const std::string kind(graph.kind_name(found.node));
  for (const core::metric_rank& r : found.ranks) {
    const std::string metric_name(to_string(r.kind));
    if (r.rank) {
      std::printf("rank by %-12s %zu of %zu %s (%g)\n", metric_name.c_str(), r.rank->rank, r.rank->of, kind.c_str(),
                  r.rank->value);
    } else {
      std::printf("rank by %-12s not available: %s\n", metric_name.c_str(), r.error->message.c_str());
    }
  }
}

}  // namespace

void add_position(CLI::App& app, int& exit_code) {
  add_query_command(app, "position", exit_code, {.text = print_text, .csv = {}});
}

}  // namespace chainex::cli
