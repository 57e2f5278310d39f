// neo4j-admin import files: ID spaces, array properties, :IGNORE columns and the round trip through
// `--to neo4j` (their errors, and header errors in every convention, are in import_test.cpp).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "chainex/export.hpp"
#include "chainex/import.hpp"

namespace chainex {
namespace {

const std::filesystem::path spaces = std::filesystem::path(CHAINEX_FIXTURES) / "import" / "neo4j-spaces";

csv_source spaces_source() {
  csv_source source;
  source.node_files = {csv_input::file(spaces / "companies.csv"), csv_input::file(spaces / "people.csv")};
  source.edge_files = {csv_input::file(spaces / "roles.csv"), csv_input::file(spaces / "supplies.csv")};
  return source;
}

import_result import_text(const std::string& nodes, const std::string& edges) {
  csv_source source;
  source.node_files.push_back(csv_input::memory("nodes.csv", nodes));
  source.edge_files.push_back(csv_input::memory("edges.csv", edges));
  return import_csv(source);
}

std::vector<column_info> sorted(std::span<const column_info> columns) {
  std::vector<column_info> list(columns.begin(), columns.end());
  std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return list;
}

std::string first_error(const import_result& result) {
  return result.report.errors.empty() ? std::string() : result.report.errors.front().to_string();
}

TEST(import_neo4j_spaces, the_same_id_in_two_spaces_is_two_nodes) {
  const auto result = import_csv(spaces_source());
  ASSERT_TRUE(result.report.ok) << first_error(result);
  const snapshot& graph = *result.graph;
  EXPECT_EQ(graph.node_count(), 4u);
  EXPECT_EQ(graph.edge_count(), 3u);
  const node_index byd = *graph.find("Company:1");
  const node_index wang = *graph.find("Person:1");
  EXPECT_EQ(graph.name(byd), "BYD");
  EXPECT_EQ(graph.name(wang), "Wang Chuanfu");
  EXPECT_FALSE(graph.find("1").has_value());
  // The id column keeps the id as written.
  EXPECT_EQ(graph.node_property(byd, "companyId"), "1");
  EXPECT_EQ(graph.node_property(wang, "personId"), "1");
  const edge_range leads = graph.out_edges(wang);
  ASSERT_EQ(leads.size(), 1u);
  EXPECT_EQ(graph.target(leads.first), byd);
  EXPECT_EQ(graph.type_name(leads.first), "LEADS");
  const edge_range supplies = graph.out_edges(*graph.find("Company:2"));
  ASSERT_EQ(supplies.size(), 1u);
  EXPECT_EQ(graph.target(supplies.first), byd);
  EXPECT_EQ(graph.weight(supplies.first), 2.5);
}

TEST(import_neo4j_arrays, are_kept_as_typed_lists_and_ignored_columns_are_left_out) {
  const auto result = import_csv(spaces_source());
  ASSERT_TRUE(result.report.ok) << first_error(result);
  const snapshot& graph = *result.graph;
  const node_index byd = *graph.find("Company:1");
  EXPECT_EQ(graph.node_property(byd, "tags"), "EV;batteries");
  EXPECT_EQ(graph.node_property(byd, "scores"), "3;5");
  for (const auto& column : graph.node_columns()) {
    EXPECT_NE(column.name, "note");
    EXPECT_EQ(column.array, column.name == "tags" || column.name == "scores") << column.name;
    if (column.name == "scores") {
      EXPECT_EQ(column.type, value_type::integer);
    }
  }
  EXPECT_EQ(graph.edge_property(graph.out_edges(*graph.find("Person:1")).first, "titles"), "chairman;president");
}

TEST(import_neo4j, repeated_ignore_columns_are_not_duplicates) {
  const auto result = import_text("id:ID,:IGNORE,:IGNORE,name\na,x,y,A\n", ":START_ID,:END_ID,:TYPE\na,a,X\n");
  ASSERT_TRUE(result.report.ok) << first_error(result);
  EXPECT_EQ(result.graph->name(0), "A");
  EXPECT_TRUE(result.graph->node_columns().empty());
}

// neo4j-admin 5's header rules as the export must follow them: typed columns (`long`, `double`,
// `boolean`, `string`, `type[]` for arrays), `:ID`/`:LABEL`/`:START_ID`/`:END_ID`/`:TYPE`, booleans as
// `true`/`false`.
TEST(export_neo4j, writes_neo4j_admin_headers_and_reads_back_to_the_same_graph) {
  const auto first = import_csv(spaces_source());
  ASSERT_TRUE(first.report.ok) << first_error(first);
  std::ostringstream nodes;
  std::ostringstream edges;
  write_nodes_table(*first.graph, export_format::neo4j, nodes);
  write_edges_table(*first.graph, export_format::neo4j, edges);
  const std::string nodes_text = nodes.str();
  EXPECT_EQ(nodes_text.substr(0, nodes_text.find('\n')),
            "id:ID,:LABEL,name,companyId:string,tags:string[],scores:long[],founded:long,personId:string");
  EXPECT_NE(nodes_text.find("\nCompany:1,enterprise,BYD,1,EV;batteries,3;5,1995,\n"), std::string::npos) << nodes_text;
  const std::string edges_text = edges.str();
  EXPECT_EQ(edges_text.substr(0, edges_text.find('\n')),
            // since is a date of the time model, written as text: a partial date (2017) is no neo4j date
            ":START_ID,:END_ID,:TYPE,weight:double,since:string,titles:string[]");
  const auto second = import_text(nodes_text, edges_text);
  ASSERT_TRUE(second.report.ok) << first_error(second);
  EXPECT_EQ(second.graph->node_count(), first.graph->node_count());
  EXPECT_EQ(second.graph->edge_count(), first.graph->edge_count());
  for (node_index node = 0; node < first.graph->node_count(); ++node) {
    const node_index same = *second.graph->find(first.graph->id(node));
    EXPECT_EQ(second.graph->kind_name(same), first.graph->kind_name(node));
    EXPECT_EQ(second.graph->name(same), first.graph->name(node));
    for (const auto& column : first.graph->node_columns())
      EXPECT_EQ(second.graph->node_property(same, column.name), first.graph->node_property(node, column.name));
  }
  // The same columns with the same types and array flags (in another order: `labels` comes last).
  EXPECT_EQ(sorted(second.graph->node_columns()), sorted(first.graph->node_columns()));
  EXPECT_EQ(sorted(second.graph->edge_columns()), sorted(first.graph->edge_columns()));
}

TEST(export_neo4j, writes_booleans_as_neo4j_admin_reads_them) {
  const auto typed = import_text("id:ID,:LABEL,name,listed:boolean,flags:boolean[]\na,enterprise,A,1,1;False\n",
                                 ":START_ID,:END_ID,:TYPE\n");
  ASSERT_TRUE(typed.report.ok) << first_error(typed);
  std::ostringstream nodes;
  write_nodes_table(*typed.graph, export_format::neo4j, nodes);
  EXPECT_EQ(nodes.str(), "id:ID,:LABEL,name,listed:boolean,flags:boolean[]\na,enterprise,A,true,true;false\n");
}

}  // namespace
}  // namespace chainex
