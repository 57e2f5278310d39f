// query_command.hpp — a `chainex <query>` subcommand built from the query registry (chainex/core/registry.hpp).
//
// Its options, their checks and their --help lines come from the registry entry: a parameter `max_visited`
// is `--max-visited`, a boolean is a flag, a list may be repeated or comma-separated. The values are read
// by core/'s param_reader exactly as the API reads its query string, so the same parameters give the same
// answer: `--format json` prints core::answer()'s document, the API's body without its envelope. The text
// and CSV renderings are the command file's own, from the typed answers of chainex/core/answers.hpp.
//
//   add_query_command(app, "path", exit_code, {.text = print_paths, .csv = paths_table});
#pragma once

#include <functional>
#include <string_view>

#include "chainex/core/answers.hpp"

namespace CLI {
class App;
}

namespace chainex::cli {

using query_renderer = std::function<void(const core::query_context&, const core::param_reader&)>;

struct query_renderers {
  query_renderer text;
  query_renderer csv;  // empty: the command has no --format csv
};

void add_query_command(CLI::App& app, std::string_view query, int& exit_code, query_renderers renderers);

}  // namespace chainex::cli
