// chainex validate: import the data, print the import report, load nothing else.
#include <CLI/CLI.hpp>
#include <iostream>

#include "chainex/core/encode.hpp"
#include "commands.hpp"
#include "data_source.hpp"
#include "report_output.hpp"

namespace chainex::cli {

void add_validate(CLI::App& app, int& exit_code) {
  auto opts = std::make_shared<data_options>();
  auto* command = app.add_subcommand("validate", "Check CSV data and print the import report (exit 1 on errors)");
  add_data_options(*command, *opts, false);
  command->callback([opts, &exit_code] {
    const auto result = load_data(opts->source);
    if (opts->format == output_format::json) {
      std::cout << core::encode_import_report(result.report, false, {.indent = 2}) << '\n';
    } else {
      print_report_text(result.report, result.report.ok ? std::cout : std::cerr);
    }
    exit_code = result.report.ok ? 0 : 1;
  });
}

}  // namespace chainex::cli
