// Graph files in: GraphML and GEXF as networkx, Gephi and yEd write them, told apart by content; and bad
// files, each with its exact file:line:column message. chainex's own exports: tests/core/round_trip_test.cpp.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "chainex/export.hpp"
#include "chainex/import.hpp"
#include "graph/graph_description.hpp"

namespace chainex {
namespace {

const std::filesystem::path files = std::filesystem::path(CHAINEX_FIXTURES) / "import" / "graph-files";
const std::filesystem::path dataset = std::filesystem::path(CHAINEX_SOURCE_DIR) / "datasets" / "east-forward-2025";

std::string first_error(const import_result& result) {
  return result.report.errors.empty() ? std::string() : result.report.errors.front().to_string();
}

import_result read(const std::string& name) { return import_graph_file(csv_input::file(files / name)); }

TEST(graph_file_detection, is_by_content_not_by_name) {
  EXPECT_EQ(detect_graph_file(csv_input::memory("x.csv", "<?xml version='1.0'?>\n<!-- c -->\n<graphml/>")),
            graph_file_format::graphml);
  EXPECT_EQ(detect_graph_file(csv_input::memory("x.graphml", "\xEF\xBB\xBF<gexf xmlns='http://gexf.net/1.3'/>")),
            graph_file_format::gexf);
  EXPECT_EQ(detect_graph_file(csv_input::memory("x.gexf", "id,kind,name\n")), std::nullopt);
  EXPECT_EQ(detect_graph_file(csv_input::file(files / "no-such-file.gexf")), std::nullopt);
  EXPECT_EQ(detect_graph_file(csv_input::file(files / "networkx.graphml")), graph_file_format::graphml);
}

TEST(graph_file_networkx, graphml_with_typed_keys) {
  for (const char* name : {"networkx.graphml", "networkx.gexf"}) {
    SCOPED_TRACE(name);
    const auto result = read(name);
    ASSERT_TRUE(result.report.ok) << first_error(result);
    const snapshot& graph = *result.graph;
    EXPECT_EQ(graph.node_count(), 4u);
    EXPECT_EQ(graph.edge_count(), 3u);
    const node_index byd = *graph.find("ent:byd");
    EXPECT_EQ(graph.kind_name(byd), "enterprise");
    EXPECT_EQ(graph.name(byd), "BYD");
    EXPECT_EQ(graph.node_property(byd, "founded"), "1995");
    EXPECT_EQ(graph.node_property(byd, "share"), "0.5");
    EXPECT_EQ(graph.kind_name(*graph.find("plain")), "node");
    EXPECT_EQ(graph.name(*graph.find("plain")), "plain");
    const edge_range supplies = graph.out_edges(*graph.find("ent:catl"));
    ASSERT_EQ(supplies.size(), 1u);
    EXPECT_EQ(graph.type_name(supplies.first), "supplies");
    EXPECT_EQ(graph.weight(supplies.first), 3.0);
    EXPECT_TRUE(graph.directed(supplies.first));
    EXPECT_EQ(graph.edge_property(supplies.first, "since"), "2020");
    for (const auto& column : graph.node_columns()) {
      if (column.name == "founded") {
        EXPECT_EQ(column.type, value_type::integer);
      }
      if (column.name == "listed") {
        EXPECT_EQ(column.type, value_type::boolean);
      }
    }
    // No weight written: 1.
    const edge_range owns = graph.out_edges(byd);
    ASSERT_EQ(owns.size(), 2u);
    EXPECT_EQ(graph.weight(owns.first + 1), 1.0);
    EXPECT_EQ(result.report.warning_count, 1u);  // "plain" has the default kind, which chainex does not style
  }
}

TEST(graph_file_networkx, undirected_graphs_give_undirected_edges) {
  for (const char* name : {"networkx-undirected.graphml", "networkx-undirected.gexf"}) {
    SCOPED_TRACE(name);
    const auto result = read(name);
    ASSERT_TRUE(result.report.ok) << first_error(result);
    EXPECT_EQ(result.graph->edge_count(), 2u);
    EXPECT_FALSE(result.graph->directed(0));
    EXPECT_EQ(result.graph->type_name(0), "linked");
    EXPECT_EQ(result.graph->weight(0), 2.0);
    EXPECT_EQ(result.report.warning_count, 1u);  // the default kind "node" is not a chainex kind
  }
}

// Gephi's GEXF and GraphML exports of one graph (label keys, viz or r/g/b/x/y/size keys) read alike.
TEST(graph_file_gephi, gexf_and_graphml_exports_give_names_kinds_relations_and_weights) {
  for (const char* name : {"gephi.gexf", "gephi.graphml"}) {
    SCOPED_TRACE(name);
    const auto result = read(name);
    ASSERT_TRUE(result.report.ok) << first_error(result);
    const snapshot& graph = *result.graph;
    const node_index catl = *graph.find("catl");
    EXPECT_EQ(graph.name(catl), "CATL");
    EXPECT_EQ(graph.kind_name(catl), "enterprise");
    EXPECT_EQ(graph.node_property(catl, "founded"), "2011");
    const edge_range edges = graph.out_edges(catl);
    ASSERT_GE(edges.size(), 1u);
    EXPECT_EQ(graph.type_name(edges.first), "supplies");
    EXPECT_EQ(graph.weight(edges.first), 3.0);
  }
}

TEST(graph_file_gephi, gexf_defaults_viz_and_edge_kinds) {
  const auto result = read("gephi.gexf");
  ASSERT_TRUE(result.report.ok) << first_error(result);
  const snapshot& graph = *result.graph;
  const node_index catl = *graph.find("catl");
  EXPECT_EQ(graph.node_property(catl, "sector"), "batteries");  // the attribute's <default>
  EXPECT_EQ(graph.node_property(*graph.find("byd"), "sector"), "vehicles");
  EXPECT_EQ(graph.kind_name(*graph.find("stellantis")), "node");
  EXPECT_EQ(graph.node_columns().size(), 2u);  // founded and sector: no viz
  const edge_range edges = graph.out_edges(catl);
  ASSERT_EQ(edges.size(), 2u);
  EXPECT_EQ(graph.edge_property(edges.first, "since"), "2020");
  EXPECT_EQ(graph.edge_property(edges.first, "label"), "");  // the label is the relation
  EXPECT_EQ(graph.type_name(edges.first + 1), "partners_with");
  EXPECT_FALSE(graph.directed(edges.first + 1));
}

TEST(graph_file_gephi, dynamic_start_end_and_spells_become_since_and_until) {
  const auto result = read("gephi-dynamic.gexf");
  ASSERT_TRUE(result.report.ok) << first_error(result);
  const snapshot& graph = *result.graph;
  EXPECT_EQ(graph.node_property(*graph.find("byd"), "since"), "1995-02-10");
  EXPECT_EQ(graph.node_property(*graph.find("byd"), "until"), "");
  const node_index plant = *graph.find("byd-hu");
  EXPECT_EQ(graph.kind_name(plant), "subsidiary");
  EXPECT_EQ(graph.node_property(plant, "since"), "2023-12-22");
  EXPECT_EQ(graph.node_property(plant, "until"), "2026-12-31");
  EXPECT_EQ(graph.type_name(0), "owns");
  EXPECT_EQ(graph.edge_property(0, "since"), "2023-12-22");
  EXPECT_EQ(graph.edge_property(0, "until"), "2030-01-01");
}

TEST(graph_file_gephi, hierarchical_gexf_keeps_the_outer_nodes) {
  const auto result = import_graph_file(csv_input::memory("tree.gexf", R"(<gexf xmlns="http://gexf.net/1.3">
<graph><nodes>
  <node id="group" label="Group"><nodes><node id="member" label="Member"/></nodes></node>
</nodes><edges><edge source="member" target="group"/></edges></graph></gexf>)"));
  ASSERT_TRUE(result.report.ok) << first_error(result);
  EXPECT_EQ(result.graph->node_count(), 2u);
  EXPECT_EQ(result.graph->name(*result.graph->find("group")), "Group");
  EXPECT_EQ(result.graph->edge_count(), 1u);
}

TEST(graph_file_networkx, an_edge_may_come_before_its_nodes) {
  const auto result = import_graph_file(csv_input::memory("late.graphml", R"(<graphml><graph edgedefault="directed">
<edge source="a" target="b"/><node id="a"/><node id="b"/><edge source="b" target="a"/></graph></graphml>)"));
  ASSERT_TRUE(result.report.ok) << first_error(result);
  EXPECT_EQ(result.graph->edge_count(), 2u);
  EXPECT_EQ(result.graph->out_edges(*result.graph->find("a")).size(), 1u);
}

TEST(graph_file_yed, graphics_are_left_out) {
  const auto result = read("yed.graphml");
  ASSERT_TRUE(result.report.ok) << first_error(result);
  const snapshot& graph = *result.graph;
  EXPECT_EQ(graph.node_count(), 2u);
  const node_index n0 = *graph.find("n0");
  EXPECT_EQ(graph.name(n0), "n0");
  EXPECT_EQ(graph.node_property(n0, "description"), "battery maker");
  ASSERT_EQ(graph.node_columns().size(), 2u);  // url and description; no graphics
  EXPECT_EQ(graph.weight(graph.out_edges(n0).first), 2.5);
  EXPECT_EQ(graph.weight(graph.out_edges(*graph.find("n1")).first), 1.0);  // the key's <default>
  EXPECT_TRUE(graph.edge_columns().empty());
}

struct bad_file {
  const char* name;
  std::string expected;  // the first error, after the fixture folder
};

class graph_file_errors : public testing::TestWithParam<bad_file> {};

TEST_P(graph_file_errors, name_the_file_line_and_column) {
  const auto result = import_graph_file(csv_input::memory(GetParam().name, [&] {
    std::ifstream in(files / "bad" / GetParam().name, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }()));
  EXPECT_FALSE(result.report.ok);
  EXPECT_EQ(result.graph, nullptr);
  EXPECT_EQ(first_error(result), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    each_defect, graph_file_errors,
    testing::Values(
        bad_file{"mismatched_tag.graphml", "mismatched_tag.graphml:4:20: malformed XML: mismatched tag"},
        bad_file{"typed_value.graphml", "typed_value.graphml:5:21: value of 'founded': not an integer ('nineteen')"},
        bad_file{"unknown_target.gexf", "unknown_target.gexf:8:7: unknown node id 'zz'"},
        bad_file{"duplicate_node.gexf", "duplicate_node.gexf:6:21: duplicate node id 'a'"},
        bad_file{"truncated.gexf", "truncated.gexf:6:1: malformed XML: no element found"},
        bad_file{"bad_weight.gexf", "bad_weight.gexf:5:7: value of 'weight': not a number ('heavy')"},
        bad_file{"until_before_since.gexf", "until_before_since.gexf:5:7: until 2017-01-01 is before since 2019-05-01"},
        bad_file{"bad_since.graphml",
                 "bad_since.graphml:6:33: value of 'since': day 30 is not in 2019-02 ('2019-02-30')"},
        bad_file{"other_root.graphml",
                 "other_root.graphml:1:1: not a graph file: expected a <graphml> or <gexf> root element"}),
    [](const testing::TestParamInfo<bad_file>& param_info) {
      std::string name = param_info.param.name;
      std::replace(name.begin(), name.end(), '.', '_');
      return name;
    });

}  // namespace
}  // namespace chainex
