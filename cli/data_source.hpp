// data_source.hpp — the data arguments every data-reading subcommand shares, and loading them.
//
//   chainex stats datasets/east-forward-2025          (a folder with nodes.csv and edges.csv)
//   chainex stats chain.gexf                          (a GraphML or GEXF file, told by its content)
//   chainex stats --nodes a.csv --nodes b.csv --edges r.csv [--convention neo4j] [--delimiter ';']
//   chainex validate DATA --skip-bad --max-bad 100 --report rejected.csv
// Loading prints progress on a terminal and the import's errors (file:line:column: reason) on stderr.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "chainex/import.hpp"

namespace CLI {
class App;
}

namespace chainex::cli {

struct data_source_options {
  std::string folder;  // DATA: a folder, or a GraphML or GEXF file
  std::vector<std::string> node_files;
  std::vector<std::string> edge_files;
  std::string convention = "auto";
  std::string delimiter;
  bool skip_bad = false;
  std::size_t max_bad = 1000;
  std::string report_file;
};

enum class output_format { text, json, csv };

// What every data-reading subcommand has: where the data is, and how to print the answer.
struct data_options {
  data_source_options source;
  output_format format = output_format::text;
};

// Adds DATA, --nodes, --edges, --convention, --delimiter, --skip-bad, --max-bad, --report.
void add_data_source_options(CLI::App& command, data_source_options& options);
// Adds --format with the given choices (the first is the default).
void add_format_option(CLI::App& command, output_format& format, bool with_csv);
// Both of the above.
void add_data_options(CLI::App& command, data_options& options, bool with_csv);
// A subcommand callback: loads the data, then runs `answer` on it and sets `exit_code` to 0; when the
// import fails, prints its report and sets 1 instead.
[[nodiscard]] std::function<void()> with_graph(const data_source_options& source, int& exit_code,
                                               std::function<void(const snapshot&)> answer);

// Reads the data. Returns the import result; the caller prints the report its own way.
// Throws std::invalid_argument for usage errors (no data given, both a folder and files).
[[nodiscard]] import_result load_data(const data_source_options& options);

// The snapshot, or null after printing the import's errors on stderr (the caller exits with 1).
[[nodiscard]] std::shared_ptr<const snapshot> load_snapshot(const data_source_options& options);

// Writes the rows rejected under --skip-bad to options.report_file as CSV (file,line,column,reason,row).
void write_rejected_rows(const data_source_options& options, const import_report& report);

}  // namespace chainex::cli
