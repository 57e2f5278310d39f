// chainex components: weakly or strongly connected components (registry query "components",
// graph/query/components.hpp). Text: the count and the largest sizes; CSV: each node's component.
#include <cstdio>
#include <string>

#include "chainex/csv_writer.hpp"
#include "commands.hpp"
#include "query_command.hpp"

namespace chainex::cli {
namespace {

void print_text(const core::query_context& context, const core::param_reader& params) {
  const core::components_answer found = core::run_components(context, params);
  std::printf("%zu %s components\n", found.found->count(), std::string(to_string(found.mode)).c_str());
  for (std::size_t i = 0; i < found.order.size() && i < found.top; ++i)
    std::printf("  #%zu  %zu nodes\n", i + 1, found.found->sizes[found.order[i]]);
}

void print_csv(const core::query_context& context, const core::param_reader& params) {
  const snapshot& graph = context.graph;
  const core::components_answer found = core::run_components(context, params);
  std::printf("id,component,size\n");
  for (node_index v = 0; v < graph.node_count(); ++v)
    std::printf("%s,%u,%zu\n", csv_field(graph.id(v)).c_str(), found.found->of[v],
                found.found->sizes[found.found->of[v]]);
}

}  // namespace

void add_components(CLI::App& app, int& exit_code) {
  add_query_command(app, "components", exit_code, {.text = print_text, .csv = print_csv});
}

}  // namespace chainex::cli
