// chainex export: write the data as GraphML, GEXF, Cytoscape JSON, chainex CSV or neo4j-admin CSV.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "chainex/core/answers.hpp"
#include "chainex/core/encode.hpp"
#include "chainex/export.hpp"
#include "commands.hpp"
#include "data_source.hpp"

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
    std::string as_of;
    output_format report = output_format::text;
  };
  auto opts = std::make_shared<options>();
  auto* command = app.add_subcommand(
      "export",
      "Write the data for other tools. graphml, gexf and json write one file (or standard output); csv and neo4j "
      "write nodes.csv and edges.csv into the --output folder");
  add_data_source_options(*command, opts->source);
  command->add_option("--to", opts->format, "Format: graphml, gexf, json, csv or neo4j")
      ->required()
      ->check(CLI::IsMember(names_of(export_format_names)));
  command->add_option("-o,--output", opts->output,
                      "Output file (graphml, gexf, json; default: standard output) or folder (csv, neo4j; required)");
  const core::param_spec& as_of = *core::query_named("export").find("as_of");  // the API's, from the registry
  command->add_option(as_of.cli_option(), opts->as_of, core::help_line(as_of))->type_name("DATE");
  add_format_option(*command, opts->report, false);
  command->footer(
      "--format sets how the summary of what was written is printed (on standard error when the "
      "export itself goes to standard output).");
  command->parse_complete_callback([opts] {  // before the data is read: a usage error should not wait for it
    if (is_tabular(*parse_export_format(opts->format)) && opts->output.empty())
      throw CLI::ValidationError("--output", "the " + opts->format + " format writes two files: give --output FOLDER");
  });
  command->callback(with_graph(opts->source, exit_code, [opts](const snapshot& data) {
    const core::param_reader params(core::query_named("export"), {{"as_of", opts->as_of}}, core::front_door::cli);
    const dated_snapshot then = core::graph_for(params, data);
    const snapshot& graph = then.graph ? *then.graph : data;
    const export_format format = *parse_export_format(opts->format);
    std::vector<std::string> files;
    if (is_tabular(format)) {
      const std::filesystem::path folder = opts->output;
      std::filesystem::create_directories(folder);
      files = {(folder / "nodes.csv").string(), (folder / "edges.csv").string()};
      auto nodes = open_output(files[0]);
      write_nodes_table(graph, format, nodes);
      auto edges = open_output(files[1]);
      write_edges_table(graph, format, edges);
    } else if (opts->output.empty()) {
      write_document(graph, format, std::cout);
    } else {
      files = {opts->output};
      auto out = open_output(opts->output);
      write_document(graph, format, out);
    }
    std::ostream& summary = files.empty() ? std::cerr : std::cout;
    if (opts->report == output_format::json) {
      summary << core::encode_export_summary(opts->format, files, graph.node_count(), graph.edge_count()) << '\n';
    } else {
      summary << "wrote " << graph.node_count() << " nodes and " << graph.edge_count() << " edges as " << opts->format
              << (files.empty() ? " to standard output" : "")
              << (opts->as_of.empty() ? "" : ", as of " + format_date(*params.date("as_of"))) << '\n';
      for (const auto& file : files) summary << "  " << file << '\n';
    }
  }));
}

}  // namespace chainex::cli
