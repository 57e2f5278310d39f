#include "data_source.hpp"

#include "chainex/core/graph_document.hpp"
#include "chainex/csv_writer.hpp"
#include "report_output.hpp"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>

namespace chainex::cli {
namespace {

char parse_delimiter(const std::string& text) {
  if (text.empty()) return '\0';
  if (text == "tab" || text == "\\t") return '\t';
  return text.front();
}

void show_progress(const import_progress& progress) {
  const double done_mb = static_cast<double>(progress.bytes_done) / 1e6;
  const double total_mb = static_cast<double>(progress.bytes_total) / 1e6;
  const double percent = progress.bytes_total > 0 ? 100.0 * done_mb / total_mb : 100.0;
  std::fprintf(stderr, "\rreading %s: %3.0f%% (%.0f of %.0f MB)\x1b[K", progress.file.c_str(), percent, done_mb,
               total_mb);
  std::fflush(stderr);
}

}  // namespace

void add_data_source_options(CLI::App& command, data_source_options& options) {
  command
      .add_option("DATA", options.folder,
                  "Folder holding nodes.csv and edges.csv, or a GraphML, GEXF or Cytoscape JSON file")
      ->check(CLI::ExistingPath);
  command
      .add_option("--nodes", options.node_files,
                  "A nodes CSV file, or a GLEIF golden-copy CSV or .zip (repeat for several sources)")
      ->check(CLI::ExistingFile);
  command.add_option("--edges", options.edge_files, "An edges CSV file (repeat for several)")->check(CLI::ExistingFile);
  command
      .add_option("--convention", options.convention, "Header convention: auto, chainex, gephi, neo4j, gleif or icij")
      ->check(CLI::IsMember({"auto", "chainex", "native", "gephi", "neo4j", "gleif", "icij"}))
      ->capture_default_str();
  command.add_option("--delimiter", options.delimiter, "Field delimiter: , ; or tab (default: detected)");
  command.add_flag("--skip-bad", options.skip_bad, "Import the good rows and leave out bad ones (default: strict)");
  command.add_option("--max-bad", options.max_bad, "With --skip-bad: fail when more rows than this are bad")
      ->capture_default_str();
  command.add_option("--report", options.report_file, "With --skip-bad: write the rejected rows to this CSV file");
}

void add_format_option(CLI::App& command, output_format& format, bool with_csv) {
  std::map<std::string, output_format> choices{{"text", output_format::text}, {"json", output_format::json}};
  if (with_csv) choices.emplace("csv", output_format::csv);
  command.add_option("--format", format, with_csv ? "Output: text, json or csv" : "Output: text or json")
      ->transform(CLI::CheckedTransformer(choices).description(""))
      ->type_name(with_csv ? "text|json|csv" : "text|json")
      ->default_str("text");
}

void add_data_options(CLI::App& command, data_options& options, bool with_csv) {
  add_data_source_options(command, options.source);
  add_format_option(command, options.format, with_csv);
}

std::function<void()> with_graph(const data_source_options& source, int& exit_code,
                                 std::function<void(const snapshot&)> answer) {
  return [&source, &exit_code, answer = std::move(answer)] {
    const auto graph = load_snapshot(source);
    if (!graph) {
      exit_code = 1;
      return;
    }
    answer(*graph);
    exit_code = 0;
  };
}

import_result load_data(const data_source_options& options) {
  csv_source source;
  const bool has_files = !options.node_files.empty() || !options.edge_files.empty();
  if (!options.folder.empty() && has_files)
    throw std::invalid_argument("give either a DATA folder or --nodes/--edges files, not both");
  const bool graph_file = !options.folder.empty() && !std::filesystem::is_directory(options.folder);
  if (graph_file) {
    if (!core::detect_graph_document(csv_input::file(options.folder)))
      throw std::invalid_argument("DATA " + options.folder +
                                  " is neither a folder nor a GraphML, GEXF or Cytoscape JSON file (CSV files: "
                                  "--nodes and --edges)");
  } else if (!options.folder.empty()) {
    source = csv_source::from_folder(options.folder);
  } else if (!options.node_files.empty()) {
    for (const auto& file : options.node_files) source.node_files.push_back(csv_input::file(file));
    for (const auto& file : options.edge_files) source.edge_files.push_back(csv_input::file(file));
  } else {
    throw std::invalid_argument("no data: give a DATA folder or --nodes FILE [--edges FILE]");
  }
  if (!options.report_file.empty() && !options.skip_bad)
    throw std::invalid_argument("--report lists rows left out by --skip-bad; add --skip-bad");
  import_options import;
  import.convention = *parse_convention(options.convention);
  import.delimiter = parse_delimiter(options.delimiter);
  import.skip_bad = options.skip_bad;
  import.max_bad = options.max_bad;
  const bool terminal = ::isatty(STDERR_FILENO) == 1;
  if (terminal) import.on_progress = show_progress;
  auto result =
      graph_file ? core::import_graph_document(csv_input::file(options.folder), import) : import_csv(source, import);
  if (terminal) std::fprintf(stderr, "\r\x1b[K");
  write_rejected_rows(options, result.report);
  return result;
}

std::shared_ptr<const snapshot> load_snapshot(const data_source_options& options) {
  auto result = load_data(options);
  if (!result.report.ok) {
    print_report_text(result.report, std::cerr);
    return nullptr;
  }
  return result.graph;
}

void write_rejected_rows(const data_source_options& options, const import_report& report) {
  if (options.report_file.empty()) return;
  std::ofstream out(options.report_file, std::ios::binary);
  if (!out) throw std::runtime_error("cannot write the report file " + options.report_file);
  out << "file,line,column,reason,row\n";
  for (const auto& row : report.rejected) {
    out << csv_field(row.reason.file) << ',' << row.reason.line << ',' << row.reason.column << ','
        << csv_field(row.reason.message) << ',' << csv_field(row.text) << '\n';
  }
}

}  // namespace chainex::cli
