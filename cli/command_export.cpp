// chainex export: write the data as GraphML, GEXF, Cytoscape JSON, chainex CSV or neo4j-admin CSV.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "chainex/export.hpp"
#include "commands.hpp"
#include "data_source.hpp"
#include "report_output.hpp"

namespace chainex::cli {
namespace {

std::ofstream open_output(const std::filesystem::path& path) {
  std::ofstream out(path, std::ios::binary);
  if (!out) throw std::runtime_error("cannot write " + path.string());
  return out;
}

}  // namespace

void add_export(CLI::App& app, int& exit_code) {
  struct options {
    data_source_options source;
    std::string format;
    std::string output;
  };
  auto opts = std::make_shared<options>();
  auto* command = app.add_subcommand(
      "export",
      "Write the data for other tools. graphml, gexf and json write one file (or standard output); csv and neo4j "
      "write nodes.csv and edges.csv into the --output folder");
  add_data_source_options(*command, opts->source);
  command->add_option("--to", opts->format, "Format: graphml, gexf, json, csv or neo4j")
      ->required()
      ->check(CLI::IsMember({"graphml", "gexf", "json", "csv", "neo4j"}));
  command->add_option("-o,--output", opts->output,
                      "Output file (graphml, gexf, json; default: standard output) or folder (csv, neo4j; required)");
  command->callback([opts, &exit_code] {
    const export_format format = *parse_export_format(opts->format);
    if (is_tabular(format) && opts->output.empty())
      throw CLI::ValidationError("--output", "the " + opts->format + " format writes two files: give --output FOLDER");
    const auto result = load_data(opts->source);
    if (!result.report.ok) {
      print_report_text(result.report, std::cerr);
      exit_code = 1;
      return;
    }
    if (is_tabular(format)) {
      const std::filesystem::path folder = opts->output;
      std::filesystem::create_directories(folder);
      auto nodes = open_output(folder / "nodes.csv");
      write_nodes_table(*result.graph, format, nodes);
      auto edges = open_output(folder / "edges.csv");
      write_edges_table(*result.graph, format, edges);
    } else if (opts->output.empty()) {
      write_document(*result.graph, format, std::cout);
    } else {
      auto out = open_output(opts->output);
      write_document(*result.graph, format, out);
    }
    exit_code = 0;
  });
}

}  // namespace chainex::cli
