// The `chainex` command: one subcommand per file (see commands.hpp).
#include <CLI/CLI.hpp>
#include <iostream>

#include "chainex/diagnostic.hpp"
#include "chainex/query_error.hpp"
#include "commands.hpp"

namespace {

constexpr int exit_data_error = 1;
constexpr int exit_usage_error = 2;

// The one map from a query error to an exit code: the question was wrong (2) or the data cannot answer (1).
int exit_code_for(chainex::failure_code code) {
  switch (code) {
    case chainex::failure_code::bad_parameter:
    case chainex::failure_code::unknown_node:
      return exit_usage_error;
    case chainex::failure_code::unanswerable:
    case chainex::failure_code::capacity:
    case chainex::failure_code::cancelled:
    case chainex::failure_code::deadline_exceeded:
      return exit_data_error;
  }
  return exit_data_error;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"chainex: explore industrial chains of enterprises going global", "chainex"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "chainex 0.1.0");
  int exit_code = 0;
  using registrar = void (*)(CLI::App&, int&);
  for (const registrar add :
       {chainex::cli::add_validate, chainex::cli::add_stats, chainex::cli::add_export, chainex::cli::add_serve,
        chainex::cli::add_path, chainex::cli::add_neighbors, chainex::cli::add_centrality, chainex::cli::add_position,
        chainex::cli::add_components, chainex::cli::add_search, chainex::cli::add_node, chainex::cli::add_diff,
        chainex::cli::add_timeline}) {
    add(app, exit_code);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? 0 : exit_usage_error;
  } catch (const std::invalid_argument& error) {
    std::cerr << "chainex: " << error.what() << "\n";
    return exit_usage_error;
  } catch (const chainex::query_error& error) {
    std::cerr << "chainex: " << error.what() << "\n";
    return exit_code_for(error.code());
  } catch (const chainex::data_error& error) {
    std::cerr << error.what() << "\n";
    return exit_data_error;
  } catch (const std::exception& error) {
    std::cerr << "chainex: " << error.what() << "\n";
    return exit_data_error;
  }
  return exit_code;
}
