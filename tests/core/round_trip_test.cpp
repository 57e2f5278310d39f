// Every export format imports back to the same graph: the bundled dataset and a small graph of values that need
// care (tests/fixtures/import/round-trip: quotes, commas, line breaks, tabs, non-ASCII text, an array column,
// undirected and parallel edges, fractional, exponent and negative weights) are exported as graphml, gexf, json,
// csv and neo4j and read again (documents through core's graph_document, tables through import_csv): same node
// ids, kinds, names and properties, same edges with their relations, weights and directions. The typed formats
// keep every column's type; json and neo4j keep array columns too (GraphML and GEXF have no list type). And
// networkx's own files of the same kind of values read alike in its three formats.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "chainex/core/graph_document.hpp"
#include "chainex/export.hpp"
#include "graph/graph_description.hpp"

namespace chainex {
namespace {

const std::filesystem::path fixtures = std::filesystem::path(CHAINEX_FIXTURES) / "import";
const std::filesystem::path dataset = std::filesystem::path(CHAINEX_SOURCE_DIR) / "datasets" / "east-forward-2025";

std::string first_error(const import_result& result) {
  return result.report.errors.empty() ? std::string() : result.report.errors.front().to_string();
}

import_result export_and_import(const snapshot& graph, export_format format) {
  if (!is_tabular(format)) {
    std::ostringstream document;
    write_document(graph, format, document);
    return core::import_graph_document(csv_input::memory("export", document.str()));
  }
  std::ostringstream nodes;
  std::ostringstream edges;
  write_nodes_table(graph, format, nodes);
  write_edges_table(graph, format, edges);
  csv_source source;
  source.node_files.push_back(csv_input::memory("nodes.csv", nodes.str()));
  source.edge_files.push_back(csv_input::memory("edges.csv", edges.str()));
  return import_csv(source);
}

// name, type and array flag of each column, sorted by name.
std::vector<std::string> describe_columns(std::span<const column_info> columns, bool with_array) {
  std::vector<std::string> described;
  for (const auto& column : columns) {
    described.push_back(column.name + " " + std::string(to_string(column.type)) +
                        (with_array && column.array ? "[]" : ""));
  }
  std::sort(described.begin(), described.end());
  return described;
}

class round_trip : public testing::TestWithParam<std::tuple<std::filesystem::path, export_format>> {};

TEST_P(round_trip, every_format_imports_back_to_the_same_graph) {
  const auto& [folder, format] = GetParam();
  const auto original = import_csv(csv_source::from_folder(folder));
  ASSERT_TRUE(original.report.ok) << first_error(original);
  const auto again = export_and_import(*original.graph, format);
  ASSERT_TRUE(again.report.ok) << first_error(again);
  EXPECT_EQ(describe(*again.graph), describe(*original.graph));
  EXPECT_EQ(again.report.warning_count, original.report.warning_count);
  // Every format lists the edges in snapshot order: the same ends and the very same weights, edge by edge.
  const snapshot& a = *original.graph;
  const snapshot& b = *again.graph;
  ASSERT_EQ(b.edge_count(), a.edge_count());
  for (edge_index e = 0; e < a.edge_count(); ++e) {
    ASSERT_EQ(b.weight(e), a.weight(e));
    ASSERT_EQ(b.id(b.source(e)), a.id(a.source(e)));
    ASSERT_EQ(b.id(b.target(e)), a.id(a.target(e)));
  }
  if (format != export_format::csv) {  // chainex's own CSV types only the columns datasets/README.md lists
    const bool arrays = format == export_format::json || format == export_format::neo4j;
    EXPECT_EQ(describe_columns(again.graph->node_columns(), arrays),
              describe_columns(original.graph->node_columns(), arrays));
    EXPECT_EQ(describe_columns(again.graph->edge_columns(), arrays),
              describe_columns(original.graph->edge_columns(), arrays));
  }
}

INSTANTIATE_TEST_SUITE_P(formats, round_trip,
                         testing::Combine(testing::Values(dataset, fixtures / "round-trip"),
                                          testing::Values(export_format::graphml, export_format::gexf,
                                                          export_format::json, export_format::csv,
                                                          export_format::neo4j)),
                         [](const testing::TestParamInfo<round_trip::ParamType>& info) {
                           return std::get<0>(info.param).filename().string().substr(0, 5) == "east-"
                                      ? "dataset_" + std::string(to_string(std::get<1>(info.param)))
                                      : "tricky_" + std::string(to_string(std::get<1>(info.param)));
                         });

// The tricky graph's values as its files spell them, after a trip through each format.
TEST(round_trip_values, survive_every_format) {
  const auto original = import_csv(csv_source::from_folder(fixtures / "round-trip"));
  ASSERT_TRUE(original.report.ok) << first_error(original);
  for (const auto format :
       {export_format::graphml, export_format::gexf, export_format::json, export_format::csv, export_format::neo4j}) {
    SCOPED_TRACE(to_string(format));
    const auto again = export_and_import(*original.graph, format);
    ASSERT_TRUE(again.report.ok) << first_error(again);
    const snapshot& graph = *again.graph;
    const node_index first = *graph.find("n:1");
    EXPECT_EQ(graph.name(first), "Ünïcödé \"Quoted\", Ltd.");
    EXPECT_EQ(graph.kind_name(first), "enterprise");
    EXPECT_EQ(graph.node_property(first, "note"), "line one\nline two");
    EXPECT_EQ(graph.node_property(first, "tags"), "batteries;cells");
    EXPECT_EQ(graph.node_property(first, "since"), "2019-03");
    EXPECT_EQ(graph.name(*graph.find("n3")), "Tab\tName");
    EXPECT_EQ(graph.node_property(*graph.find("n3"), "note"), "a \"quote\" and a, comma");
    EXPECT_EQ(graph.node_property(*graph.find("n,2"), "note"), "中文名称");
    const edge_range supplies = graph.out_edges(first);
    ASSERT_EQ(supplies.size(), 2u);
    EXPECT_EQ(graph.type_name(supplies.first), "supplies");
    EXPECT_EQ(graph.weight(supplies.first), 0.1);
    EXPECT_EQ(graph.weight(supplies.first + 1), 0.001);
    EXPECT_EQ(graph.edge_property(supplies.first, "product"), "cells, \"LFP\"\nand modules");
    const edge_range partners = graph.out_edges(*graph.find("n,2"));
    ASSERT_EQ(partners.size(), 1u);
    EXPECT_FALSE(graph.directed(partners.first));
    EXPECT_EQ(graph.weight(partners.first), 2.5);
    EXPECT_EQ(graph.weight(graph.out_edges(*graph.find("n3")).first), -3.0);
  }
}

// The values make_networkx.py gave networkx, as networkx wrote them in each of its three formats.
TEST(networkx_files, values_that_need_escaping_read_alike_in_graphml_gexf_and_json) {
  for (const char* name : {"networkx-tricky.graphml", "networkx-tricky.gexf", "networkx-tricky.cyjs"}) {
    SCOPED_TRACE(name);
    const auto result = core::import_graph_document(csv_input::file(fixtures / "graph-files" / name));
    ASSERT_TRUE(result.report.ok) << first_error(result);
    const snapshot& graph = *result.graph;
    ASSERT_EQ(graph.node_count(), 2u);
    const node_index first = *graph.find("n:1");
    EXPECT_EQ(graph.name(first), "Ünïcödé \"Quoted\", Ltd.");
    EXPECT_EQ(graph.kind_name(first), "enterprise");
    EXPECT_EQ(graph.node_property(first, "note"), "line one\nline two\tand a tab");
    const node_index second = *graph.find("n,2");
    EXPECT_EQ(graph.name(second), "<Tags> & ampersands");
    EXPECT_EQ(graph.node_property(second, "note"), "中文名称");
    const edge_range parallel = graph.out_edges(first);
    ASSERT_EQ(parallel.size(), 2u);
    EXPECT_EQ(graph.type_name(parallel.first), "supplies");
    EXPECT_EQ(graph.weight(parallel.first), 0.25);
    EXPECT_EQ(graph.edge_property(parallel.first, "product"), "cells, \"LFP\"\nand modules");
    EXPECT_EQ(graph.weight(parallel.first + 1), 2.5);
    const edge_range loop = graph.out_edges(second);
    ASSERT_EQ(loop.size(), 1u);
    EXPECT_EQ(graph.target(loop.first), second);
    EXPECT_EQ(graph.weight(loop.first), -1.0);
    EXPECT_EQ(graph.type_name(loop.first), "self");
  }
}

}  // namespace
}  // namespace chainex
