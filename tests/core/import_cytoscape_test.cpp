// Cytoscape.js JSON in: chainex's own `--to json` export, networkx's cytoscape_data(), Cytoscape desktop's
// .cyjs and the flat element array of cytoscape.js, told apart from GraphML and GEXF by content; and bad
// documents, each with its exact file:line:column message.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <sstream>

#include "chainex/core/graph_document.hpp"
#include "chainex/export.hpp"
#include "graph/graph_description.hpp"

namespace chainex {
namespace {

const std::filesystem::path files = std::filesystem::path(CHAINEX_FIXTURES) / "import" / "graph-files";
const std::filesystem::path dataset = std::filesystem::path(CHAINEX_SOURCE_DIR) / "datasets" / "east-forward-2025";

std::string first_error(const import_result& result) {
  return result.report.errors.empty() ? std::string() : result.report.errors.front().to_string();
}

import_result read(const std::string& name) { return core::import_graph_document(csv_input::file(files / name)); }
import_result read_text(const std::string& text) {
  return core::import_graph_document(csv_input::memory("g.json", text));
}

const column_info* column_named(std::span<const column_info> columns, std::string_view name) {
  for (const auto& column : columns) {
    if (column.name == name) return &column;
  }
  return nullptr;
}

TEST(cytoscape_json, chainex_export_reads_back_as_the_same_graph_with_the_same_column_types) {
  const auto first = import_csv(csv_source::from_folder(dataset));
  ASSERT_TRUE(first.report.ok) << first_error(first);
  std::ostringstream document;
  write_document(*first.graph, export_format::json, document);
  const auto second = core::import_graph_document(csv_input::memory("export.json", document.str()));
  ASSERT_TRUE(second.report.ok) << first_error(second);
  EXPECT_EQ(second.report.convention, csv_convention::cytoscape);
  EXPECT_EQ(describe(*second.graph), describe(*first.graph));
  for (const auto& column : first.graph->node_columns()) {
    const column_info* same = column_named(second.graph->node_columns(), column.name);
    ASSERT_NE(same, nullptr) << column.name;
    EXPECT_EQ(same->type, column.type) << column.name;
  }
  for (const auto& column : first.graph->edge_columns()) {
    const column_info* same = column_named(second.graph->edge_columns(), column.name);
    ASSERT_NE(same, nullptr) << column.name;
    EXPECT_EQ(same->type, column.type) << column.name;
  }
}

TEST(cytoscape_json, detection_is_by_content) {
  EXPECT_EQ(core::detect_graph_document(csv_input::memory("x.csv", "\xEF\xBB\xBF \n{\"elements\": []}")),
            graph_file_format::cytoscape);
  EXPECT_EQ(core::detect_graph_document(csv_input::memory("x.json", "<graphml/>")), graph_file_format::graphml);
  EXPECT_EQ(core::detect_graph_document(csv_input::memory("x.cyjs", "id,kind,name\n")), std::nullopt);
  EXPECT_EQ(core::detect_graph_document(csv_input::file(files / "networkx.cyjs")), graph_file_format::cytoscape);
  EXPECT_EQ(core::detect_graph_document(csv_input::file(files / "gephi.gexf")), graph_file_format::gexf);
  EXPECT_EQ(core::detect_graph_document(csv_input::file(files / "no-such-file.cyjs")), std::nullopt);
}

// networkx.cyjs holds the graph networkx.graphml does (make_networkx.py; import_graph_file_test checks that
// one's values): the same graph, but for networkx's node "value" (its key again), and the same column types.
TEST(cytoscape_json, networkx_cytoscape_data_is_the_graph_of_its_graphml) {
  const auto json = read("networkx.cyjs");
  ASSERT_TRUE(json.report.ok) << first_error(json);
  const auto graphml = import_graph_file(csv_input::file(files / "networkx.graphml"));
  ASSERT_TRUE(graphml.report.ok) << first_error(graphml);
  std::vector<std::string> lines = describe(*json.graph);
  for (auto& line : lines) line = std::regex_replace(line, std::regex(" value=[^ ]+"), "");
  std::sort(lines.begin(), lines.end());
  std::vector<std::string> expected = describe(*graphml.graph);  // networkx's GraphML spells booleans True, False
  for (auto& line : expected)
    line = std::regex_replace(std::regex_replace(line, std::regex("=True"), "=true"), std::regex("=False"), "=false");
  EXPECT_EQ(lines, expected);
  for (const auto& column : graphml.graph->node_columns()) {
    const column_info* same = column_named(json.graph->node_columns(), column.name);
    ASSERT_NE(same, nullptr) << column.name;
    EXPECT_EQ(same->type, column.type) << column.name;
  }
  EXPECT_EQ(json.report.warning_count, graphml.report.warning_count);
}

TEST(cytoscape_json, networkx_undirected_graph_gives_undirected_edges) {
  const auto result = read("networkx-undirected.cyjs");
  ASSERT_TRUE(result.report.ok) << first_error(result);
  EXPECT_EQ(result.graph->edge_count(), 2u);
  EXPECT_FALSE(result.graph->directed(0));
  EXPECT_EQ(result.graph->type_name(0), "linked");
  EXPECT_EQ(result.graph->weight(0), 2.0);
}

// Cytoscape desktop 3.10's .cyjs layout: "interaction" is the relation, "name" the name; lists are
// array columns and numbers keep their type (SUID integers, score integers and fractions: float).
TEST(cytoscape_json, cytoscape_desktop_export) {
  const auto result = read("cytoscape-desktop.cyjs");
  ASSERT_TRUE(result.report.ok) << first_error(result);
  const snapshot& graph = *result.graph;
  EXPECT_EQ(graph.node_count(), 3u);
  const node_index catl = *graph.find("104");
  EXPECT_EQ(graph.name(catl), "CATL");
  EXPECT_EQ(graph.kind_name(catl), "node");
  EXPECT_EQ(graph.node_property(catl, "alias"), "Contemporary Amperex;宁德时代");
  EXPECT_TRUE(column_named(graph.node_columns(), "alias")->array);
  EXPECT_EQ(graph.node_property(catl, "score"), "0.75");
  EXPECT_EQ(graph.node_property(*graph.find("102"), "score"), "1.0");  // as written
  EXPECT_EQ(column_named(graph.node_columns(), "score")->type, value_type::floating);
  EXPECT_EQ(column_named(graph.node_columns(), "SUID")->type, value_type::integer);
  EXPECT_EQ(column_named(graph.node_columns(), "selected")->type, value_type::boolean);
  EXPECT_EQ(column_named(graph.node_columns(), "position"), nullptr);  // outside "data"
  const edge_range edges = graph.out_edges(catl);
  ASSERT_EQ(edges.size(), 2u);
  EXPECT_EQ(graph.type_name(edges.first), "supplies");
  EXPECT_EQ(graph.id(graph.target(edges.first)), "102");
  EXPECT_EQ(graph.edge_property(edges.first, "shared_name"), "CATL (supplies) BYD");
  EXPECT_EQ(column_named(graph.edge_columns(), "id"), nullptr);  // chainex edges have no id
}

// cytoscape.js's flat element array: "group", or an element whose data has a source is an edge; an edge
// may come before its nodes; "type" is the kind and "label" the name when there is no kind or name.
TEST(cytoscape_json, flat_element_array) {
  const auto result = read("cytoscape-flat.json");
  ASSERT_TRUE(result.report.ok) << first_error(result);
  const snapshot& graph = *result.graph;
  const node_index a = *graph.find("a");
  EXPECT_EQ(graph.kind_name(a), "enterprise");
  EXPECT_EQ(graph.name(a), "Alpha");
  EXPECT_EQ(graph.kind_name(*graph.find("b")), "subsidiary");
  ASSERT_EQ(graph.out_edges(a).size(), 1u);
  const edge_index owns = graph.out_edges(a).first;
  EXPECT_EQ(graph.type_name(owns), "owns");
  EXPECT_EQ(graph.weight(owns), 2.5);
  EXPECT_TRUE(graph.directed(owns));
  const edge_index partners = graph.out_edges(*graph.find("b")).first;
  EXPECT_EQ(graph.type_name(partners), "partners_with");
  EXPECT_FALSE(graph.directed(partners));
  EXPECT_TRUE(graph.node_columns().empty());
}

struct bad_document {
  const char* text;
  const char* error;
};

class cytoscape_json_bad : public testing::TestWithParam<bad_document> {};

TEST_P(cytoscape_json_bad, is_an_error_at_its_position) {
  const auto result = read_text(GetParam().text);
  EXPECT_FALSE(result.report.ok);
  EXPECT_EQ(result.graph, nullptr);
  EXPECT_EQ(first_error(result), GetParam().error);
}

INSTANTIATE_TEST_SUITE_P(
    documents, cytoscape_json_bad,
    testing::Values(
        bad_document{"{\"elements\": {\"nodes\": [\n  {\"data\": {\"id\": \"a\",}}]}}",
                     "g.json:2:23: invalid JSON: syntax error while parsing object key - unexpected '}'; expected "
                     "string literal"},
        bad_document{"{\"elements\": [\n",
                     "g.json:2:1: invalid JSON: syntax error while parsing value - unexpected "
                     "end of input; expected '[', '{', or a literal"},
        bad_document{"{\"nodes\": []}",
                     "g.json:1:1: not a Cytoscape.js document: expected an object with "
                     "\"elements\""},
        bad_document{"{\"elements\": {\"nodes\": [{\"data\": {\"id\": \"é\"}}],\n \"edges\": [\n   {\"data\": "
                     "{\"target\": \"é\"}}]}}",
                     "g.json:3:4: edge without a \"source\""},
        bad_document{"{\"elements\": {\"nodes\": [{\"data\": {\"id\": \"a\"}}], \"edges\": [{\"data\": {\"source\": "
                     "\"a\", \"target\": \"b\"}}]}}",
                     "g.json:1:59: unknown node id 'b'"},
        bad_document{"{\"elements\": [{\"data\": {\"id\": \"a\"}}, -7.5e3]}",
                     "g.json:1:38: an element must be an object"},
        bad_document{R"({"elements": ["x, \"y\""]})", "g.json:1:15: an element must be an object"},
        bad_document{"{\"elements\": [{\"group\": \"node\", \"data\": {\"id\": \"a\"}}]}",
                     "g.json:1:15: \"group\" must be \"nodes\" or \"edges\""},
        bad_document{"{\"elements\": {\"nodes\": [{\"id\": \"a\"}]}}",
                     "g.json:1:25: element without a \"data\" object"},
        bad_document{"{\"elements\": {\"nodes\": [{\"data\": {\"id\": [1]}}]}}",
                     "g.json:1:25: \"id\" must be text or a number"},
        bad_document{"{\"elements\": {\"nodes\": [{\"data\": {\"id\": \"a\"}}], \"edges\": [{\"data\": {\"source\": "
                     "\"a\", \"target\": \"a\", \"weight\": \"heavy\"}}]}}",
                     "g.json:1:59: value of 'weight': not a number ('heavy')"},
        bad_document{R"({"elements": {"nodes": [{"data": {"id": "a", "since": "2020-13"}}]}})",
                     "g.json:1:25: value of 'since': month 13 is not 01 to 12 ('2020-13')"},
        bad_document{"{\"elements\": {\"nodes\": [{\"data\": {\"id\": \"a\"}}, {\"data\": {\"id\": \"a\"}}]}}",
                     "g.json:1:48: duplicate node id 'a'"}));

}  // namespace
}  // namespace chainex
