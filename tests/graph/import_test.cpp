// Import: each header convention, every error class with its exact position, strict vs skip-bad,
// warnings, and the round trip through the csv and neo4j exports.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "chainex/export.hpp"
#include "chainex/import.hpp"
#include "graph/graph_description.hpp"

namespace chainex {
namespace {

const std::filesystem::path fixtures = std::filesystem::path(CHAINEX_FIXTURES) / "import";

import_result import_text(const std::string& nodes, const std::string& edges, import_options options = {}) {
  csv_source source;
  source.node_files.push_back(csv_input::memory("nodes.csv", nodes));
  source.edge_files.push_back(csv_input::memory("edges.csv", edges));
  return import_csv(source, options);
}

std::vector<std::string> messages(const std::vector<diagnostic>& list) {
  std::vector<std::string> text;
  for (const auto& item : list) text.push_back(item.to_string());
  return text;
}

const std::string good_nodes = "id,kind,name,year\na,enterprise,A,2001\nb,market,B,\nc,role,C,\n";
const std::string spaced_nodes = "id:ID(Company),:LABEL,name\n1,enterprise,A\n";  // neo4j-admin, an ID space
const std::string good_edges = "source,target,type,weight\na,b,located_in,\nb,c,performs,2\n";

TEST(import_native, reads_kinds_names_properties_and_edges) {
  const auto result = import_csv(csv_source::from_folder(fixtures / "native"));
  ASSERT_TRUE(result.report.ok) << messages(result.report.errors).front();
  const snapshot& graph = *result.graph;
  EXPECT_EQ(result.report.convention, csv_convention::native);
  EXPECT_EQ(graph.node_count(), 4u);
  EXPECT_EQ(graph.edge_count(), 3u);
  const node_index byd = *graph.find("ent:byd");
  EXPECT_EQ(graph.kind_name(byd), "enterprise");
  EXPECT_EQ(graph.name(byd), "BYD");
  EXPECT_EQ(graph.node_property(byd, "name_zh"), "比亚迪");
  EXPECT_EQ(graph.node_property(byd, "founded"), "1995");
  const edge_range owns = graph.out_edges(byd);
  ASSERT_EQ(owns.size(), 1u);
  EXPECT_EQ(graph.type_name(owns.first), "owns");
  EXPECT_EQ(graph.weight(owns.first), 1.0);
  EXPECT_EQ(graph.edge_property(owns.first, "citation"), "Saarbrücker Zeitung — \"BYD baut Werk in Ungarn\" — 2023");
  EXPECT_EQ(graph.edge_property(owns.first, "url"), "https://example.org/a");
  const node_index plant = *graph.find("sub:byd-hu");
  const edge_range plant_edges = graph.out_edges(plant);
  ASSERT_EQ(plant_edges.size(), 2u);
  EXPECT_EQ(graph.weight(plant_edges.first + 1), 2.5);
  EXPECT_EQ(graph.edge_property(plant_edges.first, "citation"), "Agency, report");
}

TEST(import_gephi, reads_labels_kinds_relations_and_undirected_edges) {
  const auto result = import_csv(csv_source::from_folder(fixtures / "gephi"));
  ASSERT_TRUE(result.report.ok) << messages(result.report.errors).front();
  const snapshot& graph = *result.graph;
  EXPECT_EQ(result.report.convention, csv_convention::gephi);
  const node_index catl = *graph.find("catl");
  EXPECT_EQ(graph.name(catl), "CATL");
  EXPECT_EQ(graph.kind_name(catl), "enterprise");
  EXPECT_EQ(graph.node_property(catl, "sector"), "batteries");
  EXPECT_EQ(graph.kind_name(*graph.find("stellantis")), "node");
  const edge_range edges = graph.out_edges(catl);
  ASSERT_EQ(edges.size(), 2u);
  EXPECT_EQ(graph.type_name(edges.first), "supplies");
  EXPECT_TRUE(graph.directed(edges.first));
  EXPECT_EQ(graph.weight(edges.first), 3.0);
  EXPECT_EQ(graph.type_name(edges.first + 1), "partners_with");
  EXPECT_FALSE(graph.directed(edges.first + 1));
  EXPECT_TRUE(graph.has_undirected_edges());
}

TEST(import_neo4j, reads_ids_labels_and_typed_columns) {
  const auto result = import_csv(csv_source::from_folder(fixtures / "neo4j"));
  ASSERT_TRUE(result.report.ok) << messages(result.report.errors).front();
  const snapshot& graph = *result.graph;
  EXPECT_EQ(result.report.convention, csv_convention::neo4j);
  const node_index byd = *graph.find("byd");
  EXPECT_EQ(graph.kind_name(byd), "Enterprise");
  EXPECT_EQ(graph.node_property(byd, "labels"), "Enterprise;Company");
  EXPECT_EQ(graph.node_property(byd, "companyId"), "byd");
  EXPECT_EQ(graph.node_property(byd, "founded"), "1995");
  EXPECT_EQ(graph.node_property(byd, "listed"), "true");
  const edge_range supplies = graph.out_edges(*graph.find("catl"));
  ASSERT_EQ(supplies.size(), 1u);
  EXPECT_EQ(graph.type_name(supplies.first), "SUPPLIES");
  EXPECT_EQ(graph.weight(supplies.first), 2.5);
  EXPECT_EQ(graph.edge_property(supplies.first, "since"), "2020");
  // Capitalised labels are not the kinds chainex styles: one warning per unknown kind.
  EXPECT_EQ(result.report.warning_count, 2u);
}

struct bad_case {
  const char* what;
  std::string nodes;
  std::string edges;
  std::string expected;  // the first error, as printed
};

class import_errors : public testing::TestWithParam<bad_case> {};

TEST_P(import_errors, fail_with_position_and_load_nothing) {
  const auto& param = GetParam();
  const auto result = import_text(param.nodes, param.edges);
  EXPECT_FALSE(result.report.ok);
  EXPECT_EQ(result.graph, nullptr);
  ASSERT_FALSE(result.report.errors.empty());
  EXPECT_EQ(result.report.errors.front().to_string(), param.expected);
}

INSTANTIATE_TEST_SUITE_P(
    each_class, import_errors,
    testing::Values(
        bad_case{"duplicate_id", "id,kind,name\na,enterprise,A\nb,market,B\na,role,C\n", "source,target,type\n",
                 "nodes.csv:4:1: duplicate node id 'a' (first defined at nodes.csv:2)"},
        bad_case{"unknown_target", good_nodes, "source,target,type\na,b,x\na,zz,y\n",
                 "edges.csv:3:3: unknown node id 'zz'"},
        bad_case{"empty_source", good_nodes, "source,target,type\n,b,x\n", "edges.csv:2:1: empty node id"},
        bad_case{"empty_kind", "id,kind,name\na,,A\n", "source,target,type\n", "nodes.csv:2:3: empty kind"},
        bad_case{"empty_name", "id,kind,name\na,role,\n", "source,target,type\n", "nodes.csv:2:8: empty name"},
        bad_case{"empty_type", good_nodes, "source,target,type\na,b,\n", "edges.csv:2:5: empty relation type"},
        bad_case{"ragged_short", good_nodes, "source,target,type,weight\na,b,x\n",
                 "edges.csv:2:6: row has 3 fields, the header has 4"},
        bad_case{"ragged_long", good_nodes, "source,target,type\na,b,x,y\n",
                 "edges.csv:2:7: row has 4 fields, the header has 3"},
        bad_case{"weight_text", good_nodes, "source,target,type,weight\na,b,x,heavy\n",
                 "edges.csv:2:7: weight: not a number ('heavy')"},
        bad_case{"weight_nan", good_nodes, "source,target,type,weight\na,b,x,NaN\n",
                 "edges.csv:2:7: weight: NaN and infinity are not allowed ('NaN')"},
        bad_case{"weight_inf", good_nodes, "source,target,type,weight\na,b,x,-inf\n",
                 "edges.csv:2:7: weight: NaN and infinity are not allowed ('-inf')"},
        bad_case{"weight_hex", good_nodes, "source,target,type,weight\na,b,x,0x10\n",
                 "edges.csv:2:7: weight: hexadecimal numbers are not allowed ('0x10')"},
        bad_case{"weight_range", good_nodes, "source,target,type,weight\na,b,x,1e400\n",
                 "edges.csv:2:7: weight: number out of range ('1e400')"},
        bad_case{"year_text", "id,kind,name,year\na,enterprise,A,2001\nb,market,B,soon\n", "source,target,type\n",
                 "nodes.csv:3:12: column 'year': not an integer ('soon')"},
        bad_case{"gephi_type", "Id,Label\na,A\nb,B\n", "Source,Target,Type\na,b,Sideways\n",
                 "edges.csv:2:5: Type must be Directed or Undirected, not 'Sideways'"},
        bad_case{"missing_column", "id,kind\na,role\n", "source,target,type\n",
                 "nodes.csv:1: missing required column 'name' (chainex convention)"},
        bad_case{"unknown_convention", "key,what\na,b\n", "source,target,type\n",
                 "nodes.csv:1: cannot tell the CSV convention from the header: expected id,kind,name (chainex), "
                 "Id,Label (Gephi) or :ID,:LABEL (neo4j-admin)"},
        bad_case{"empty_file", "", "source,target,type\n",
                 "nodes.csv:1:1: the file is empty: a header row is required"},
        bad_case{"bad_utf8_in_row", "id,kind,name\na,role,\xff\n", "source,target,type\n",
                 "nodes.csv:2:8: invalid UTF-8 byte 0xff"},

        bad_case{"end_id_missing_from_space", spaced_nodes, ":START_ID(Company),:END_ID(Person),:TYPE\n1,1,X\n",
                 "edges.csv:2:3: unknown node id '1' in ID space 'Person'"},
        bad_case{"start_id_in_the_global_space", spaced_nodes, ":START_ID,:END_ID(Company),:TYPE\n1,1,X\n",
                 "edges.csv:2:1: unknown node id '1'"},
        bad_case{"array_element", "id:ID,scores:int[]\na,1;x\n", ":START_ID,:END_ID,:TYPE\n",
                 "nodes.csv:2:3: column 'scores' element 2: not an integer ('x')"},
        bad_case{"duplicate_chainex", "id,kind,name,name\na,role,A,B\n", "source,target,type\n",
                 "nodes.csv:1:14: column 'name' appears twice in the header (first as column 3)"},
        bad_case{"duplicate_chainex_property", "id,kind,name,year,year\n", "source,target,type\n",
                 "nodes.csv:1:19: column 'year' appears twice in the header (first as column 4)"},
        bad_case{"duplicate_gephi", "Id,Label,label\n", "Source,Target\n",
                 "nodes.csv:1:10: column 'label' appears twice in the header (first as column 2)"},
        bad_case{"duplicate_neo4j", "id:ID,name,name:string\n", ":START_ID,:END_ID,:TYPE\n",
                 "nodes.csv:1:12: column 'name:string' appears twice in the header (first as column 2)"},
        bad_case{"duplicate_neo4j_edges", spaced_nodes, ":START_ID,:END_ID,:TYPE,since:int,since:long\n",
                 "edges.csv:1:35: column 'since:long' appears twice in the header (first as column 4)"},
        bad_case{"duplicate_after_wide_characters", "id,kind,名称,名称\n", "source,target,type\n",
                 "nodes.csv:1:12: column '名称' appears twice in the header (first as column 3)"},
        bad_case{"empty_nodes_file", "", "source,target,type\n",
                 "nodes.csv:1:1: the file is empty: a header row is required"},
        bad_case{"empty_edges_file", spaced_nodes, "", "edges.csv:1:1: the file is empty: a header row is required"}),
    [](const testing::TestParamInfo<bad_case>& param_info) { return std::string(param_info.param.what); });

TEST(import_strictness, reports_every_bad_row_not_just_the_first) {
  const auto result = import_text(good_nodes, "source,target,type\na,x1,t\na,b,t\na,x2,t\n");
  EXPECT_EQ(result.report.error_count, 2u);
  EXPECT_EQ(messages(result.report.errors),
            (std::vector<std::string>{"edges.csv:2:3: unknown node id 'x1'", "edges.csv:4:3: unknown node id 'x2'"}));
}

TEST(import_strictness, skip_bad_imports_the_rest_and_lists_rejected_rows) {
  import_options options;
  options.skip_bad = true;
  const auto result = import_text(good_nodes, "source,target,type,weight\na,x1,t,\na,b,t,\n\"a\",c,t,bad\n", options);
  ASSERT_TRUE(result.report.ok);
  EXPECT_EQ(result.graph->edge_count(), 1u);
  EXPECT_EQ(result.report.skipped, 2u);
  ASSERT_EQ(result.report.rejected.size(), 2u);
  EXPECT_EQ(result.report.rejected[0].reason.to_string(), "edges.csv:2:3: unknown node id 'x1'");
  EXPECT_EQ(result.report.rejected[0].text, "a,x1,t,");
  EXPECT_EQ(result.report.rejected[1].reason.line, 4u);
  EXPECT_EQ(result.report.rejected[1].text, "a,c,t,bad");
}

TEST(import_strictness, skip_bad_fails_past_the_tolerance) {
  import_options options;
  options.skip_bad = true;
  options.max_bad = 1;
  const auto result = import_text(good_nodes, "source,target,type\na,x1,t\na,x2,t\na,b,t\n", options);
  EXPECT_FALSE(result.report.ok);
  EXPECT_EQ(result.graph, nullptr);
  EXPECT_EQ(result.report.errors.back().message, "more than 1 bad rows (the --max-bad tolerance); import stopped");
}

TEST(import_warnings, are_counted_and_not_fatal) {
  const auto result =
      import_text("id,kind,name\na,enterprise,A\nb,plant,B\n", "source,target,type,weight\na,a,x,\na,b,y,-2\na,b,y,\n");
  ASSERT_TRUE(result.report.ok);
  EXPECT_EQ(messages(result.report.warnings),
            (std::vector<std::string>{"nodes.csv:3:3: unknown node kind 'plant' (kept, shown without special styling)",
                                      "edges.csv:2:1: self-loop on 'a'",
                                      "edges.csv:3:7: negative weight -2 (kept; weighted path queries refuse it)",
                                      "edges.csv: parallel edges: 'a' -[y]-> 'b' appears 2 times"}));
  EXPECT_EQ(result.graph->weight(result.graph->out_edges(0).first + 1), -2.0);
}

TEST(import_files, a_missing_file_is_an_error_naming_it) {
  const auto result = import_csv(csv_source::from_folder(fixtures / "no-such-folder"));
  ASSERT_FALSE(result.report.ok);
  const std::string message = result.report.errors.front().to_string();
  EXPECT_NE(message.find("no-such-folder/nodes.csv: cannot open: No such file or directory"), std::string::npos)
      << message;
}

// Reading an edges file in two halves on two threads gives the same graph, errors, warnings and rejected
// rows, in the same order, as reading it front to back. two_threads_from = 0 reads in two halves whatever
// the CPU count, so on a one-CPU machine too this compares two threads with one.
TEST(import_two_threads, gives_what_one_thread_gives) {
  std::string edges = "source,target,type,weight,citation\n";
  for (int i = 0; i < 2000; ++i) {
    const char* from = i % 3 == 0 ? "a" : "b";
    edges += std::string(from) + ",c,t" + std::to_string(i % 5) + "," + std::to_string(i % 7) + ",\"note, " +
             std::to_string(i) + "\"\"quoted\"\"\nline\"\n";
    if (i % 400 == 17) edges += "a,missing" + std::to_string(i) + ",t,1,x\n";  // rejected
    if (i % 500 == 3) edges += "c,c,loop,-1,y\n";                              // two warnings
  }
  import_options one_thread;
  one_thread.skip_bad = true;
  one_thread.two_threads_from = SIZE_MAX;
  import_options two_threads = one_thread;
  two_threads.two_threads_from = 0;
  const auto expected = import_text(good_nodes, edges, one_thread);
  const auto actual = import_text(good_nodes, edges, two_threads);
  ASSERT_TRUE(expected.report.ok);
  ASSERT_TRUE(actual.report.ok);
  EXPECT_EQ(actual.graph->edge_count(), expected.graph->edge_count());
  for (edge_index e = 0; e < expected.graph->edge_count(); ++e) {
    ASSERT_EQ(actual.graph->source(e), expected.graph->source(e));
    ASSERT_EQ(actual.graph->target(e), expected.graph->target(e));
    ASSERT_EQ(actual.graph->type_name(e), expected.graph->type_name(e));
    ASSERT_EQ(actual.graph->weight(e), expected.graph->weight(e));
    ASSERT_EQ(actual.graph->edge_property(e, "citation"), expected.graph->edge_property(e, "citation"));
  }
  EXPECT_EQ(messages(actual.report.warnings), messages(expected.report.warnings));
  ASSERT_EQ(actual.report.rejected.size(), expected.report.rejected.size());
  EXPECT_EQ(expected.report.rejected.size(), 5u);
  for (std::size_t i = 0; i < expected.report.rejected.size(); ++i) {
    EXPECT_EQ(actual.report.rejected[i].reason, expected.report.rejected[i].reason);
    EXPECT_EQ(actual.report.rejected[i].text, expected.report.rejected[i].text);
  }
}

TEST(import_two_threads, a_malformed_second_half_fails_the_import_with_its_position) {
  std::string edges = "source,target,type\n";
  for (int i = 0; i < 100; ++i) edges += "a,b,t\n";
  edges += "a,b,\"open\n";  // an unterminated quote in the second half
  import_options options;
  options.two_threads_from = 0;
  const auto result = import_text(good_nodes, edges, options);
  ASSERT_FALSE(result.report.ok);
  EXPECT_EQ(result.report.errors.front().to_string(),
            "edges.csv:103:1: unterminated quoted field (opened at line 102, column 5)");
}

class import_round_trip : public testing::TestWithParam<std::tuple<const char*, export_format>> {};

TEST_P(import_round_trip, export_then_import_gives_the_same_graph) {
  const auto& [folder, format] = GetParam();
  const auto first = import_csv(csv_source::from_folder(fixtures / folder));
  ASSERT_TRUE(first.report.ok);
  std::ostringstream nodes;
  std::ostringstream edges;
  write_nodes_table(*first.graph, format, nodes);
  write_edges_table(*first.graph, format, edges);
  const auto second = import_text(nodes.str(), edges.str());
  ASSERT_TRUE(second.report.ok) << messages(second.report.errors).front();
  EXPECT_EQ(describe(*second.graph), describe(*first.graph));
}

INSTANTIATE_TEST_SUITE_P(formats, import_round_trip,
                         testing::Combine(testing::Values("native", "gephi", "neo4j"),
                                          testing::Values(export_format::csv, export_format::neo4j)));

}  // namespace
}  // namespace chainex
