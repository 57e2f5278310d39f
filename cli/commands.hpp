// commands.hpp — the subcommands of the `chainex` command, one file each (cli/command_<name>.cpp).
//
// Each add_* function registers its subcommand, with its options and --help text, on the top-level
// app (the query subcommands through query_command.hpp, from the query registry); when the subcommand runs it stores
// its exit code in `exit_code`: 0 ok, 1 data errors, 2 usage errors. To add a subcommand, write cli/command_<name>.cpp
// and list it in the table in cli/main.cpp.
#pragma once

namespace CLI {
class App;
}

namespace chainex::cli {

void add_validate(CLI::App& app, int& exit_code);
void add_stats(CLI::App& app, int& exit_code);
void add_export(CLI::App& app, int& exit_code);
void add_serve(CLI::App& app, int& exit_code);
void add_path(CLI::App& app, int& exit_code);
void add_neighbors(CLI::App& app, int& exit_code);
void add_centrality(CLI::App& app, int& exit_code);
void add_position(CLI::App& app, int& exit_code);
void add_components(CLI::App& app, int& exit_code);
void add_search(CLI::App& app, int& exit_code);    // command_lookups.cpp
void add_node(CLI::App& app, int& exit_code);      // command_lookups.cpp
void add_diff(CLI::App& app, int& exit_code);      // command_changes.cpp
void add_timeline(CLI::App& app, int& exit_code);  // command_changes.cpp

}  // namespace chainex::cli
