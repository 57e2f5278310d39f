// chainex centrality: one metric for every node, highest first (registry query "centrality",
// graph/query/centrality.hpp). Text: a ranked table with names; CSV: rank,id,name,kind,value.
#include <cstdio>
#include <string>

#include "chainex/csv_writer.hpp"
#include "commands.hpp"
#include "query_command.hpp"

namespace chainex::cli {
namespace {

void print_text(const core::query_context& context, const core::param_reader& params) {
  const snapshot& graph = context.graph;
  const core::centrality_answer found = core::run_centrality(context, params);
  std::printf("%-5s %-40s %-12s %14s  %s\n", "rank", "name", "kind", std::string(to_string(found.options.kind)).c_str(),
              "id");
  for (std::size_t i = 0; i < found.ranked.size(); ++i) {
    const node_index v = found.ranked[i].node;
    std::printf("%-5zu %-40s %-12s %14.6g  %s\n", i + 1, std::string(graph.name(v)).c_str(),
                std::string(graph.kind_name(v)).c_str(), found.ranked[i].value, std::string(graph.id(v)).c_str());
  }
}

void print_csv(const core::query_context& context, const core::param_reader& params) {
  const snapshot& graph = context.graph;
  const core::centrality_answer found = core::run_centrality(context, params);
  std::printf("rank,id,name,kind,value\n");
  for (std::size_t i = 0; i < found.ranked.size(); ++i) {
    const node_index v = found.ranked[i].node;
    std::printf("%zu,%s,%s,%s,%.17g\n", i + 1, csv_field(graph.id(v)).c_str(), csv_field(graph.name(v)).c_str(),
                csv_field(graph.kind_name(v)).c_str(), found.ranked[i].value);
  }
}

}  // namespace

void add_centrality(CLI::App& app, int& exit_code) {
  add_query_command(app, "centrality", exit_code, {.text = print_text, .csv = print_csv});
}

}  // namespace chainex::cli
