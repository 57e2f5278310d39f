// The command line against the registry: every query subcommand's --help lists each of its parameters with
// the registry's help line, and errors leave with the exit code their kind maps to (2 usage, 1 data).
// Runs the real `chainex` binary.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <string>

#include "chainex/core/registry.hpp"

namespace chainex::core {
namespace {

struct run_result {
  int exit_code = -1;
  std::string output;  // stdout and stderr
};

run_result run(const std::string& arguments) {
  const std::string command = std::string(CHAINEX_BIN) + " " + arguments + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return {};
  run_result result;
  std::array<char, 4096> buffer{};
  while (const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe))
    result.output.append(buffer.data(), n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

const std::string dataset = std::string(CHAINEX_SOURCE_DIR) + "/datasets/east-forward-2025";
const std::string negative = std::string(CHAINEX_FIXTURES) + "/import/negative_weight";

TEST(cli_from_registry, every_query_subcommand_documents_every_parameter_as_the_registry_does) {
  std::size_t checked = 0;
  for (const query_spec& query : all_queries()) {
    if (!query.cli) continue;
    const run_result help = run(std::string(query.name) + " --help");
    ASSERT_EQ(help.exit_code, 0) << query.name;
    for (const param_spec& param : query.params) {
      if (!param.taken_by(front_door::cli)) continue;
      SCOPED_TRACE(std::string(query.name) + " " + param.cli_option());
      EXPECT_NE(help.output.find(param.cli_option()), std::string::npos);
      EXPECT_NE(help.output.find(help_line(param)), std::string::npos) << help.output;
      ++checked;
    }
  }
  EXPECT_GT(checked, 20U);
}

TEST(cli_from_registry, a_parameter_out_of_bounds_is_a_usage_error_naming_it) {
  const run_result result = run("path " + dataset + " --from ent:byd --to ent:catl --k 21");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.output.find("parameter 'k' must be between 1 and 20"), std::string::npos) << result.output;
}

TEST(cli_from_registry, an_unknown_node_is_a_usage_error) {
  const run_result result = run("neighbors " + dataset + " --id ent:nobody");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.output.find("no node with id 'ent:nobody'"), std::string::npos) << result.output;
}

// Reported as a new user would try it: PageRank on data with a weight of -2 was a usage error (exit 2).
TEST(cli_from_registry, pagerank_over_a_negative_weight_is_a_data_error_naming_the_edge) {
  const run_result result = run("centrality " + negative + " --metric pagerank");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.output.find("pagerank needs non-negative weights: edge 0 (a -> b, supplies) has weight -2"),
            std::string::npos)
      << result.output;
}

TEST(cli_from_registry, position_reports_a_failing_metric_in_place_and_the_rest) {
  const run_result result = run("position " + negative + " --id a");
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_NE(result.output.find("rank by pagerank     not available: pagerank needs non-negative weights"),
            std::string::npos)
      << result.output;
  EXPECT_NE(result.output.find("rank by degree"), std::string::npos);
}

// The progress bar (cli/progress_display.hpp) is for terminals: through a pipe, stderr stays silent and
// the answer comes out as it is.
TEST(cli_from_registry, a_heavy_metric_shows_no_progress_when_stderr_is_not_a_terminal) {
  const run_result result = run("centrality " + dataset + " --metric betweenness --top 3 --format json");
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.output.rfind('{', 0), 0U) << result.output;
  EXPECT_EQ(result.output.find("computing"), std::string::npos);
  EXPECT_EQ(result.output.find('\r'), std::string::npos);
}

}  // namespace
}  // namespace chainex::core
