// GLEIF golden copy (issue 12): LEI-CDF, RR-CDF and reporting exceptions, as CSV and as the published .zip,
// and a chainex source linked to GLEIF records through an `lei` or `same_as` column. The fixtures are written
// from the documented column sets (tests/fixtures/gleif/README.md); expected values are read off them.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <tuple>

#include "chainex/import.hpp"
#include "chainex/query/position.hpp"

namespace chainex {
namespace {

const std::filesystem::path fixtures = std::filesystem::path(CHAINEX_FIXTURES) / "gleif";
constexpr std::string_view parent_lei = "5299000000000000CN01";

csv_source gleif_source(std::string_view extension = "") {
  const std::string suffix(extension);
  csv_source source;
  source.node_files = {csv_input::file(fixtures / ("lei2.csv" + suffix))};
  source.edge_files = {csv_input::file(fixtures / ("rr.csv" + suffix)),
                       csv_input::file(fixtures / ("repex.csv" + suffix))};
  return source;
}

std::string first_error(const import_result& result) {
  return result.report.errors.empty() ? std::string() : result.report.errors.front().to_string();
}

// The edges of one type from `source` to `target`.
std::vector<edge_index> edges_between(const snapshot& graph, node_index source, node_index target,
                                      std::string_view type) {
  std::vector<edge_index> found;
  const edge_range range = graph.out_edges(source);
  for (edge_index e = range.first; e < range.last; ++e) {
    if (graph.target(e) == target && graph.type_name(e) == type) found.push_back(e);
  }
  return found;
}

node_index node(const snapshot& graph, std::string_view id) {
  const auto found = graph.find(id);
  EXPECT_TRUE(found) << id;
  return found.value_or(0);
}

TEST(import_gleif, the_three_tables_are_told_apart_by_their_header) {
  const auto result = import_csv(gleif_source());
  ASSERT_TRUE(result.report.ok) << first_error(result);
  EXPECT_EQ(result.report.convention, csv_convention::gleif);
  // 5 entities and the markets of their legal addresses (CN, HU, VN, DE).
  EXPECT_EQ(result.graph->node_count(), 9u);
  // 5 located_in and 4 owns.
  EXPECT_EQ(result.graph->edge_count(), 9u);
}

TEST(import_gleif, an_entity_keeps_its_names_form_countries_status_and_registration) {
  const auto result = import_csv(gleif_source());
  ASSERT_TRUE(result.report.ok) << first_error(result);
  const snapshot& graph = *result.graph;
  const node_index parent = node(graph, "lei:5299000000000000CN01");
  EXPECT_EQ(graph.kind_name(parent), "enterprise");
  // RR-CDF names it as a child: a subsidiary, whose market its parent's position counts.
  EXPECT_EQ(graph.kind_name(node(graph, "lei:5299000000000000HU02")), "subsidiary");
  EXPECT_EQ(graph.kind_name(node(graph, "lei:529900000000000DE001")), "enterprise");
  EXPECT_EQ(graph.name(parent), "Huaxin Holdings Co., Ltd.");
  EXPECT_EQ(graph.node_property(parent, "lei"), parent_lei);
  EXPECT_EQ(graph.node_property(parent, "other_names"), "华信控股有限公司;Huaxin Group");
  EXPECT_EQ(graph.node_property(parent, "transliterated_names"), "HUAXIN KONGGU YOUXIAN GONGSI");
  EXPECT_EQ(graph.node_property(parent, "legal_form"), "ECAK");
  EXPECT_EQ(graph.node_property(parent, "legal_country"), "CN");
  EXPECT_EQ(graph.node_property(parent, "hq_country"), "CN");
  EXPECT_EQ(graph.node_property(parent, "entity_status"), "ACTIVE");
  EXPECT_EQ(graph.node_property(parent, "registration_status"), "ISSUED");
  EXPECT_EQ(graph.node_property(parent, "initial_registration"), "2014-03-10");
  EXPECT_EQ(graph.node_property(parent, "url"), "https://search.gleif.org/#/record/5299000000000000CN01");

  const node_index lapsed = node(graph, "lei:5299000000000000HU02");
  EXPECT_EQ(graph.node_property(lapsed, "hq_country"), "HU");
  EXPECT_EQ(graph.node_property(lapsed, "entity_status"), "INACTIVE");
  EXPECT_EQ(graph.node_property(lapsed, "registration_status"), "LAPSED");
  const node_index hungary = node(graph, "lei:5299000000000000HU01");
  EXPECT_EQ(graph.node_property(hungary, "legal_form"), "8888");
  EXPECT_EQ(graph.node_property(hungary, "legal_form_other"), "korlátolt felelősségű társaság");
  EXPECT_EQ(graph.node_property(hungary, "other_names"), "");
}

TEST(import_gleif, each_entity_is_located_in_its_legal_address_market_with_a_citation) {
  const auto result = import_csv(gleif_source());
  ASSERT_TRUE(result.report.ok) << first_error(result);
  const snapshot& graph = *result.graph;
  const node_index market = node(graph, "mkt:HU");
  EXPECT_EQ(graph.kind_name(market), "market");
  EXPECT_EQ(graph.node_property(market, "country"), "HU");
  // Debrecen's entity has its head office in Budapest: the legal address decides.
  const auto located = edges_between(graph, node(graph, "lei:5299000000000000HU02"), market, "located_in");
  ASSERT_EQ(located.size(), 1u);
  EXPECT_EQ(graph.edge_property(located[0], "url"), "https://search.gleif.org/#/record/5299000000000000HU02");
  EXPECT_EQ(graph.edge_property(located[0], "citation"), "GLEIF — LEI record 5299000000000000HU02");
}

TEST(import_gleif, a_relationship_is_an_owns_edge_from_parent_to_child_with_its_relationship_period) {
  const auto result = import_csv(gleif_source());
  ASSERT_TRUE(result.report.ok) << first_error(result);
  const snapshot& graph = *result.graph;
  const node_index parent = node(graph, "lei:5299000000000000CN01");
  // The RELATIONSHIP_PERIOD is the second of three periods: the accounting period's dates are not it.
  const auto active = edges_between(graph, parent, node(graph, "lei:5299000000000000HU01"), "owns");
  ASSERT_EQ(active.size(), 1u);
  EXPECT_EQ(graph.edge_property(active[0], "relationship_type"), "IS_DIRECTLY_CONSOLIDATED_BY");
  EXPECT_EQ(graph.edge_property(active[0], "relationship_status"), "ACTIVE");
  EXPECT_EQ(graph.edge_property(active[0], "since"), "2018-05-02");
  EXPECT_EQ(graph.edge_property(active[0], "until"), "");
  EXPECT_EQ(graph.edge_property(active[0], "url"), "https://search.gleif.org/#/record/5299000000000000HU01");

  const auto ended = edges_between(graph, parent, node(graph, "lei:5299000000000000HU02"), "owns");
  ASSERT_EQ(ended.size(), 1u);
  EXPECT_EQ(graph.edge_property(ended[0], "relationship_status"), "INACTIVE");
  EXPECT_EQ(graph.edge_property(ended[0], "since"), "2019-01-01");
  EXPECT_EQ(graph.edge_property(ended[0], "until"), "2024-06-30");

  // Direct and ultimate consolidation of the same pair are two edges, told apart by their type.
  const auto vietnam = edges_between(graph, parent, node(graph, "lei:5299000000000000VN01"), "owns");
  ASSERT_EQ(vietnam.size(), 2u);
  std::vector<std::string_view> types{graph.edge_property(vietnam[0], "relationship_type"),
                                      graph.edge_property(vietnam[1], "relationship_type")};
  std::sort(types.begin(), types.end());
  EXPECT_EQ(types, (std::vector<std::string_view>{"IS_DIRECTLY_CONSOLIDATED_BY", "IS_ULTIMATELY_CONSOLIDATED_BY"}));
  // Nothing points from a child to its parent.
  EXPECT_TRUE(edges_between(graph, node(graph, "lei:5299000000000000HU01"), parent, "owns").empty());
}

// "Entities abroad whose parent is in CN": the CN parent's position lists the markets of the entities it
// consolidates, with how many stand in each.
TEST(import_gleif, a_parents_position_counts_the_entities_it_controls_per_market) {
  const auto result = import_csv(gleif_source());
  ASSERT_TRUE(result.report.ok) << first_error(result);
  const snapshot& graph = *result.graph;
  const chain_position position = chain_position_of(graph, node(graph, "lei:5299000000000000CN01"));
  std::vector<std::pair<std::string_view, std::size_t>> markets;
  for (const auto& presence : position.markets)
    markets.emplace_back(graph.id(presence.market), presence.subsidiaries.size());
  std::sort(markets.begin(), markets.end());
  EXPECT_EQ(markets, (std::vector<std::pair<std::string_view, std::size_t>>{{"mkt:HU", 2}, {"mkt:VN", 1}}));
}

TEST(import_gleif, reporting_exceptions_are_kept_per_category_with_every_reason) {
  const auto result = import_csv(gleif_source());
  ASSERT_TRUE(result.report.ok) << first_error(result);
  const snapshot& graph = *result.graph;
  const node_index unrelated = node(graph, "lei:529900000000000DE001");
  EXPECT_EQ(graph.node_property(unrelated, "exception_direct_accounting_consolidation_parent"), "NATURAL_PERSONS");
  EXPECT_EQ(graph.node_property(unrelated, "exception_ultimate_accounting_consolidation_parent"), "NATURAL_PERSONS");
  const node_index parent = node(graph, "lei:5299000000000000CN01");
  EXPECT_EQ(graph.node_property(parent, "exception_direct_accounting_consolidation_parent"),
            "NON_CONSOLIDATING;NO_KNOWN_PERSON");
  EXPECT_EQ(
      graph.node_property(node(graph, "lei:5299000000000000HU01"), "exception_direct_accounting_consolidation_parent"),
      "");
}

TEST(import_gleif, the_published_zip_files_give_the_same_graph_as_the_csv_files) {
  const auto csv = import_csv(gleif_source());
  const auto zip = import_csv(gleif_source(".zip"));
  ASSERT_TRUE(csv.report.ok) << first_error(csv);
  ASSERT_TRUE(zip.report.ok) << first_error(zip);
  EXPECT_EQ(zip.report.convention, csv_convention::gleif);
  EXPECT_EQ(zip.report.bytes, csv.report.bytes);
  ASSERT_EQ(zip.graph->node_count(), csv.graph->node_count());
  ASSERT_EQ(zip.graph->edge_count(), csv.graph->edge_count());
  for (node_index v = 0; v < csv.graph->node_count(); ++v) {
    EXPECT_EQ(zip.graph->id(v), csv.graph->id(v));
    for (const auto& column : csv.graph->node_columns())
      EXPECT_EQ(zip.graph->node_property(v, column.name), csv.graph->node_property(v, column.name));
  }
  for (edge_index e = 0; e < csv.graph->edge_count(); ++e) {
    EXPECT_EQ(zip.graph->source(e), csv.graph->source(e));
    EXPECT_EQ(zip.graph->target(e), csv.graph->target(e));
    EXPECT_EQ(zip.graph->edge_property(e, "since"), csv.graph->edge_property(e, "since"));
  }
}

std::string file_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The node ids, and every edge as "source type target", of a graph.
std::vector<std::string> described(const snapshot& graph) {
  std::vector<std::string> lines;
  for (node_index v = 0; v < graph.node_count(); ++v) lines.emplace_back(graph.id(v));
  for (edge_index e = 0; e < graph.edge_count(); ++e)
    lines.push_back(std::string(graph.id(graph.source(e))) + " " + std::string(graph.type_name(e)) + " " +
                    std::string(graph.id(graph.target(e))));
  std::sort(lines.begin(), lines.end());
  return lines;
}

TEST(import_gleif, a_zip_of_the_three_tables_on_disk_or_in_memory_gives_the_graph_of_the_csv_files) {
  const auto csv = import_csv(gleif_source());
  ASSERT_TRUE(csv.report.ok) << first_error(csv);
  csv_source on_disk;
  on_disk.node_files = {csv_input::file(fixtures / "golden-copy.zip")};
  const auto from_disk = import_csv(on_disk);
  ASSERT_TRUE(from_disk.report.ok) << first_error(from_disk);
  EXPECT_EQ(from_disk.report.convention, csv_convention::gleif);
  EXPECT_EQ(from_disk.report.bytes, csv.report.bytes);
  EXPECT_EQ(described(*from_disk.graph), described(*csv.graph));
  // RR-CDF named the children before LEI-CDF was read, though lei2.csv comes first in the archive.
  EXPECT_EQ(from_disk.graph->kind_name(node(*from_disk.graph, "lei:5299000000000000HU01")), "subsidiary");

  const std::string bytes = file_text(fixtures / "golden-copy.zip");
  csv_source in_memory;
  in_memory.node_files = {csv_input::view("upload.zip", bytes)};
  const auto from_memory = import_csv(in_memory);
  ASSERT_TRUE(from_memory.report.ok) << first_error(from_memory);
  EXPECT_EQ(described(*from_memory.graph), described(*csv.graph));
}

TEST(import_gleif, an_error_in_a_zip_names_the_archive_and_the_csv_file_in_it) {
  csv_source short_row;
  short_row.node_files = {csv_input::file(fixtures / "short-row.zip")};
  const auto unzipped = import_csv({{csv_input::file(fixtures / "lei2-short-row.csv")}, {}});
  ASSERT_EQ(unzipped.report.errors.size(), 1u);
  const diagnostic& expected = unzipped.report.errors.front();
  EXPECT_EQ(expected.line, 3u);
  const auto zipped = import_csv(short_row);
  ASSERT_EQ(zipped.report.errors.size(), 1u);
  const diagnostic& error = zipped.report.errors.front();
  EXPECT_EQ(error.file, (fixtures / "short-row.zip").string() + ":lei2-short-row.csv");
  EXPECT_EQ(std::tie(error.line, error.column, error.message),
            std::tie(expected.line, expected.column, expected.message));

  const std::string not_gleif = file_text(fixtures / "not-gleif.zip");
  const auto refused = import_csv({{csv_input::view("not-gleif.zip", not_gleif)}, {}});
  EXPECT_FALSE(refused.report.ok);
  EXPECT_TRUE(first_error(refused).starts_with("not-gleif.zip:native_nodes.csv:1: not a GLEIF golden-copy table"))
      << first_error(refused);
}

TEST(import_gleif, a_zip_made_on_a_mac_reads_its_tables_and_not_their_resource_forks) {
  const auto csv = import_csv(gleif_source());
  const auto mac = import_csv({{csv_input::file(fixtures / "mac.zip")}, {}});  // holds __MACOSX/._lei2.csv too
  ASSERT_TRUE(mac.report.ok) << first_error(mac);
  EXPECT_EQ(described(*mac.graph), described(*csv.graph));
}

TEST(import_gleif, a_zip_without_a_csv_file_is_an_error_naming_it) {
  const auto result = import_csv({{csv_input::file(fixtures / "no-csv.zip")}, {}});
  EXPECT_FALSE(result.report.ok);
  EXPECT_EQ(first_error(result), (fixtures / "no-csv.zip").string() + ": the zip archive holds no .csv file");
}

TEST(import_gleif, a_truncated_zip_is_an_error_naming_it) {
  const std::string bytes = file_text(fixtures / "golden-copy.zip");
  const std::string cut = bytes.substr(0, bytes.size() / 2);
  const auto result = import_csv({{csv_input::view("cut.zip", cut)}, {}});
  EXPECT_FALSE(result.report.ok);
  EXPECT_TRUE(first_error(result).starts_with("cut.zip: cannot open the zip archive: ")) << first_error(result);
  EXPECT_EQ(result.graph, nullptr);
}

TEST(import_gleif, a_relationship_naming_an_unknown_lei_is_an_error_at_its_field) {
  csv_source source;
  source.node_files = {csv_input::file(fixtures / "lei2.csv")};
  source.edge_files = {
      csv_input::memory("rr.csv",
                        "Relationship.StartNode.NodeID,Relationship.EndNode.NodeID,Relationship.RelationshipType\n"
                        "5299000000000000HU01,5299000000000000CN01,IS_DIRECTLY_CONSOLIDATED_BY\n"
                        "5299000000000000HU01,UNKNOWN0000000000000,IS_DIRECTLY_CONSOLIDATED_BY\n")};
  const auto result = import_csv(source);
  EXPECT_FALSE(result.report.ok);
  ASSERT_EQ(result.report.errors.size(), 1u);
  EXPECT_EQ(first_error(result), "rr.csv:3:22: unknown LEI 'UNKNOWN0000000000000' (no LEI-CDF record)");

  import_options tolerant;
  tolerant.skip_bad = true;
  const auto skipped = import_csv(source, tolerant);
  ASSERT_TRUE(skipped.report.ok) << first_error(skipped);
  EXPECT_EQ(skipped.report.skipped, 1u);
  EXPECT_EQ(skipped.graph->edge_count(), 5u + 1u);
}

TEST(import_gleif, a_bad_date_and_a_missing_column_are_named) {
  csv_source dates;
  dates.node_files = {csv_input::memory("lei.csv",
                                        "LEI,Entity.LegalName,Registration.InitialRegistrationDate\n"
                                        "5299000000000000CN01,Huaxin,10/03/2014\n")};
  EXPECT_EQ(first_error(import_csv(dates)),
            "lei.csv:2:29: Registration.InitialRegistrationDate: not an ISO 8601 date ('10/03/2014')");
  csv_source ended_before;
  ended_before.node_files = {csv_input::file(fixtures / "lei2.csv")};
  ended_before.edge_files = {csv_input::memory(
      "rr.csv",
      "Relationship.StartNode.NodeID,Relationship.EndNode.NodeID,Relationship.RelationshipType,"
      "Relationship.Period.1.startDate,Relationship.Period.1.endDate,Relationship.Period.1.periodType\n"
      "5299000000000000HU01,5299000000000000CN01,IS_DIRECTLY_CONSOLIDATED_BY,2020-02-30T00:00:00Z,,"
      "RELATIONSHIP_PERIOD\n"
      "5299000000000000HU02,5299000000000000CN01,IS_DIRECTLY_CONSOLIDATED_BY,2020-05-01,2019-01-01,"
      "RELATIONSHIP_PERIOD\n")};
  import_options tolerant;
  tolerant.skip_bad = true;
  const auto periods = import_csv(ended_before, tolerant);
  ASSERT_EQ(periods.report.rejected.size(), 2u);
  // February has no 30th day.
  EXPECT_EQ(periods.report.rejected[0].reason.to_string(),
            "rr.csv:2:71: relationship period: not an ISO 8601 date ('2020-02-30T00:00:00Z')");
  EXPECT_EQ(periods.report.rejected[1].reason.line, 3u);
  EXPECT_NE(periods.report.rejected[1].reason.message.find("until"), std::string::npos)
      << periods.report.rejected[1].reason.message;
  import_options gleif;
  gleif.convention = csv_convention::gleif;
  csv_source missing;
  missing.node_files = {csv_input::memory("lei.csv", "LEI,Name\nX,Y\n")};
  EXPECT_EQ(first_error(import_csv(missing, gleif)),
            "lei.csv:1: not a GLEIF golden-copy table: expected LEI,Entity.LegalName (LEI-CDF), "
            "Relationship.StartNode.NodeID (RR-CDF) or LEI,Exception.Category (reporting exceptions)");
}

// datasets/README.md, "Several sources in one graph": a node of another source naming an LEI becomes that
// LEI's node; GLEIF's properties and edges join it and no `lei:` node is made.
TEST(import_gleif, a_chainex_node_naming_an_lei_takes_that_gleif_record) {
  csv_source source = gleif_source();
  source.node_files.insert(source.node_files.begin(), csv_input::file(fixtures / "native_nodes.csv"));
  source.edge_files.insert(source.edge_files.begin(), csv_input::file(fixtures / "native_edges.csv"));
  // The GLEIF file given first: the chainex nodes are read before it all the same.
  std::swap(source.node_files[0], source.node_files[1]);
  const auto result = import_csv(source);
  ASSERT_TRUE(result.report.ok) << first_error(result);
  const snapshot& graph = *result.graph;
  EXPECT_FALSE(graph.find("lei:5299000000000000CN01"));
  const node_index huaxin = node(graph, "ent:huaxin");
  EXPECT_EQ(graph.name(huaxin), "Huaxin");  // the chainex source's name stays
  EXPECT_EQ(graph.node_property(huaxin, "other_names"), "华信控股有限公司;Huaxin Group");
  EXPECT_EQ(graph.node_property(huaxin, "url"), "https://search.gleif.org/#/record/5299000000000000CN01");
  EXPECT_EQ(graph.node_property(huaxin, "exception_ultimate_accounting_consolidation_parent"), "NON_CONSOLIDATING");
  // Both sources' citations: the news story's edge and GLEIF's.
  const node_index china = node(graph, "mkt:CN");
  const auto headquartered = edges_between(graph, huaxin, china, "headquartered_in");
  ASSERT_EQ(headquartered.size(), 1u);
  EXPECT_EQ(graph.edge_property(headquartered[0], "url"), "https://news.example/huaxin-hq");
  const auto located = edges_between(graph, huaxin, china, "located_in");
  ASSERT_EQ(located.size(), 1u);
  EXPECT_EQ(graph.edge_property(located[0], "url"), "https://search.gleif.org/#/record/5299000000000000CN01");
  const auto owns = edges_between(graph, huaxin, node(graph, "lei:5299000000000000HU01"), "owns");
  ASSERT_EQ(owns.size(), 1u);
  EXPECT_EQ(graph.edge_property(owns[0], "url"), "https://search.gleif.org/#/record/5299000000000000HU01");
  EXPECT_EQ(graph.name(china), "China");        // the chainex market, not a second one
  EXPECT_EQ(graph.node_count(), 4u + 4u + 3u);  // 3 chainex enterprises and CN; 4 GLEIF entities; HU, VN, DE
}

TEST(import_gleif, a_same_as_column_naming_lei_links_like_an_lei_column) {
  csv_source source = gleif_source();
  source.node_files.push_back(csv_input::file(fixtures / "same_as_nodes.csv"));
  const auto result = import_csv(source);
  ASSERT_TRUE(result.report.ok) << first_error(result);
  const snapshot& graph = *result.graph;
  EXPECT_FALSE(graph.find("lei:529900000000000DE001"));
  const node_index rhein = node(graph, "ent:rhein");
  EXPECT_EQ(graph.node_property(rhein, "lei"), "529900000000000DE001");
  EXPECT_EQ(graph.node_property(rhein, "exception_direct_accounting_consolidation_parent"), "NATURAL_PERSONS");
  EXPECT_EQ(edges_between(graph, rhein, node(graph, "mkt:DE"), "located_in").size(), 1u);
}

}  // namespace
}  // namespace chainex
