// ICIJ Offshore Leaks files in: the five node files and relationships.csv (tests/fixtures/import/icij), as a
// folder and as --nodes/--edges files; kinds, markets from jurisdictions and countries, citations, ISO dates.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "chainex/dates.hpp"
#include "chainex/import.hpp"
#include "chainex/stats.hpp"

namespace chainex {
namespace {

const std::filesystem::path folder = std::filesystem::path(CHAINEX_FIXTURES) / "import" / "icij";

std::string first_error(const import_result& result) {
  return result.report.errors.empty() ? std::string() : result.report.errors.front().to_string();
}

TEST(import_icij, a_folder_of_icij_files) {
  const auto result = import_csv(csv_source::from_folder(folder));
  ASSERT_TRUE(result.report.ok) << first_error(result);
  EXPECT_EQ(result.report.convention, csv_convention::icij);
  const snapshot& graph = *result.graph;
  // 6 ICIJ nodes and the markets HKG, CHE, PAN, BVI, PMA.
  EXPECT_EQ(graph.node_count(), 11u);
  const node_index entity = *graph.find("10000001");
  EXPECT_EQ(graph.kind_name(entity), "enterprise");
  EXPECT_EQ(graph.name(entity), "TIANSHAN, \"BLUE\" LTD.");
  EXPECT_EQ(graph.node_property(entity, "icij_type"), "entity");
  EXPECT_EQ(graph.node_property(entity, "citation"), "Panama Papers");
  EXPECT_EQ(graph.node_property(entity, "url"), "https://offshoreleaks.icij.org/nodes/10000001");
  EXPECT_EQ(graph.node_property(entity, "incorporation_date"), "23-MAR-2006");
  EXPECT_EQ(graph.kind_name(*graph.find("12000001")), "person");
  EXPECT_EQ(graph.node_property(*graph.find("12000001"), "icij_type"), "officer");
  EXPECT_EQ(graph.node_property(*graph.find("11000001"), "icij_type"), "intermediary");
  EXPECT_EQ(graph.node_property(*graph.find("11000001"), "address"), "1 Queen's Road\nCentral");
  EXPECT_EQ(graph.name(*graph.find("14000001")), "ORION HOUSE, ROOM 1401, HONG KONG");  // an address: its text
  EXPECT_EQ(graph.kind_name(*graph.find("85000001")), "enterprise");
  EXPECT_EQ(graph.node_property(*graph.find("85000001"), "icij_type"), "other");
  const node_index bvi = *graph.find("mkt:BVI");
  EXPECT_EQ(graph.kind_name(bvi), "market");
  EXPECT_EQ(graph.name(bvi), "British Virgin Islands");
  EXPECT_EQ(graph.name(*graph.find("mkt:CHE")), "Switzerland");
  EXPECT_EQ(graph.name(*graph.find("mkt:PAN")), "Panama");
  // The entity: located_in its jurisdiction and its country, each cited; registered_address to the address.
  std::vector<std::string> out;
  for (edge_index e = graph.out_edges(entity).first; e < graph.out_edges(entity).last; ++e) {
    out.push_back(std::string(graph.type_name(e)) + " " + std::string(graph.id(graph.target(e))));
    EXPECT_EQ(graph.edge_property(e, "citation"), "Panama Papers");
  }
  std::sort(out.begin(), out.end());
  EXPECT_EQ(out, (std::vector<std::string>{"located_in mkt:BVI", "located_in mkt:HKG", "registered_address 14000001"}));
  const edge_index officer_of = graph.out_edges(*graph.find("12000001")).first + 1;  // after its located_in
  EXPECT_EQ(graph.type_name(officer_of), "officer_of");
  EXPECT_EQ(graph.edge_property(officer_of, "link"), "shareholder of");
  EXPECT_EQ(graph.edge_property(officer_of, "since"), "2006-03-23");
  EXPECT_EQ(graph.edge_property(officer_of, "until"), "2013-02-18");
  EXPECT_EQ(graph.edge_property(officer_of, "url"), "https://offshoreleaks.icij.org/nodes/12000001");
}

TEST(import_icij, nodes_and_edges_files_given_one_by_one) {
  csv_source source;
  for (const char* file : {"nodes-officers.csv", "nodes-entities.csv", "nodes-intermediaries.csv",
                           "nodes-addresses.csv", "nodes-others.csv"})
    source.node_files.push_back(csv_input::file(folder / file));
  source.edge_files.push_back(csv_input::file(folder / "relationships.csv"));
  const auto result = import_csv(source);
  ASSERT_TRUE(result.report.ok) << first_error(result);
  EXPECT_EQ(result.graph->node_count(), 11u);
  EXPECT_EQ(result.graph->edge_count(), import_csv(csv_source::from_folder(folder)).graph->edge_count());
}

TEST(import_icij, a_bad_date_or_an_unknown_node_is_an_error_at_its_position) {
  csv_source source;
  source.node_files.push_back(csv_input::memory("nodes-officers.csv",
                                                "node_id,name,countries,country_codes,sourceID,valid_until,note\n"
                                                "1,A,,,Panama Papers,,\n2,B,,,Panama Papers,,\n"));
  source.edge_files.push_back(
      csv_input::memory("relationships.csv",
                        "node_id_start,node_id_end,rel_type,link,status,start_date,end_date,sourceID\n"
                        "1,2,officer_of,,,2006-03-23,,Panama Papers\n1,3,officer_of,,,,,Panama Papers\n"));
  const auto result = import_csv(source);
  EXPECT_FALSE(result.report.ok);
  ASSERT_EQ(result.report.errors.size(), 2u);
  EXPECT_EQ(result.report.errors[0].to_string(),
            "relationships.csv:2:18: '2006-03-23' in start_date is not a date like 23-MAR-2006");
  EXPECT_EQ(result.report.errors[1].to_string(), "relationships.csv:3:1: unknown node id '3'");
}

TEST(import_icij, markets_carry_their_iso_country_so_statistics_count_them) {
  const auto result = import_csv(csv_source::from_folder(folder));
  ASSERT_TRUE(result.report.ok) << first_error(result);
  const snapshot& graph = *result.graph;
  // ISO 3166-1 (Debian's iso-codes): HKG is HK, CHE CH, PAN PA; ICIJ's jurisdiction BVI, "British Virgin Islands",
  // is ISO's "Virgin Islands, British", VG; its PMA, "Panama", is PA.
  EXPECT_EQ(graph.node_property(*graph.find("mkt:HKG"), "country"), "HK");
  EXPECT_EQ(graph.node_property(*graph.find("mkt:CHE"), "country"), "CH");
  EXPECT_EQ(graph.node_property(*graph.find("mkt:PAN"), "country"), "PA");
  EXPECT_EQ(graph.node_property(*graph.find("mkt:BVI"), "country"), "VG");
  EXPECT_EQ(graph.node_property(*graph.find("mkt:PMA"), "country"), "PA");
  EXPECT_EQ(graph.node_property(*graph.find("10000001"), "country"), "");  // only markets
  EXPECT_EQ(compute_stats(graph).countries, 4u);

  csv_source unknown;
  unknown.node_files.push_back(csv_input::memory(
      "nodes-others.csv",
      "node_id,name,type,incorporation_date,struck_off_date,closed_date,jurisdiction,jurisdiction_description,"
      "countries,country_codes,sourceID,valid_until,note\n"
      "1,A,FUND,,,,XXX,Undetermined,Not identified;Bahamas,XXX;BHS,Bahamas Leaks,,\n"
      "2,B,FUND,,,,BAH,Bahamas,,,Bahamas Leaks,,\n"
      "3,C,FUND,,,,,,British Virgin Islands,BVI,Bahamas Leaks,,\n"));
  const auto others = import_csv(unknown);
  ASSERT_TRUE(others.report.ok) << first_error(others);
  EXPECT_EQ(others.graph->node_property(*others.graph->find("mkt:XXX"), "country"), "");  // no country ISO knows
  EXPECT_EQ(others.graph->node_property(*others.graph->find("mkt:BHS"), "country"), "BS");
  EXPECT_EQ(others.graph->node_property(*others.graph->find("mkt:BAH"), "country"), "BS");  // by its name
  EXPECT_EQ(others.graph->node_property(*others.graph->find("mkt:BVI"), "country"), "VG");  // no ISO code: its name
  EXPECT_EQ(compute_stats(*others.graph).countries, 2u);
}

TEST(import_icij, incorporation_is_a_nodes_since_and_its_first_end_its_until) {
  const auto result = import_csv(csv_source::from_folder(folder));
  ASSERT_TRUE(result.report.ok) << first_error(result);
  const snapshot& graph = *result.graph;
  const node_index defaulted = *graph.find("10000001");  // inactivated 18-FEB-2013, struck off 15-FEB-2013
  EXPECT_EQ(graph.node_property(defaulted, "since"), "2006-03-23");
  EXPECT_EQ(graph.node_property(defaulted, "until"), "2013-02-15");
  EXPECT_EQ(graph.node_property(defaulted, "incorporation_date"), "23-MAR-2006");  // as written, too
  EXPECT_EQ(graph.node_property(*graph.find("10000002"), "since"), "2010-01-01");
  EXPECT_EQ(graph.node_property(*graph.find("10000002"), "until"), "");
  EXPECT_EQ(graph.node_property(*graph.find("85000001"), "since"), "2001-04-02");
  EXPECT_EQ(graph.node_property(*graph.find("12000001"), "since"), "");  // officers have no dates
  // As of a day before its incorporation the entity is not there; between, it is; after it was struck off, not.
  EXPECT_FALSE(graph.node_lifespans().present(defaulted, *day_of("2006-03-22")));
  EXPECT_TRUE(graph.node_lifespans().present(defaulted, *day_of("2013-02-14")));
  EXPECT_FALSE(graph.node_lifespans().present(defaulted, *day_of("2013-02-15")));
}

TEST(import_icij, a_malformed_node_date_is_an_error_at_its_field_an_end_before_the_start_a_warning) {
  const std::string header =
      "node_id,name,jurisdiction,jurisdiction_description,incorporation_date,inactivation_date,struck_off_date,"
      "dorm_date,company_type,sourceID\n";
  csv_source bad;
  bad.node_files.push_back(csv_input::memory("nodes-entities.csv", header + "1,A,,,23-MAR-2006,,,,,Panama Papers\n"
                                                                            "2,B,,,2006-03-23,,,,,Panama Papers\n"
                                                                            "3,C,,,,31/12/2010,,,,Panama Papers\n"));
  const auto refused = import_csv(bad);
  EXPECT_FALSE(refused.report.ok);
  ASSERT_EQ(refused.report.errors.size(), 2u);
  EXPECT_EQ(refused.report.errors[0].to_string(),
            "nodes-entities.csv:3:7: '2006-03-23' in incorporation_date is not a date like 23-MAR-2006");
  EXPECT_EQ(refused.report.errors[1].to_string(),
            "nodes-entities.csv:4:8: '31/12/2010' in inactivation_date is not a date like 23-MAR-2006");

  csv_source backwards;
  backwards.node_files.push_back(
      csv_input::memory("nodes-entities.csv", header + "1,A,,,23-MAR-2006,01-JAN-2001,,,,Panama Papers\n"));
  const auto kept = import_csv(backwards);
  ASSERT_TRUE(kept.report.ok) << first_error(kept);
  ASSERT_EQ(kept.report.warnings.size(), 1u);
  EXPECT_EQ(kept.report.warnings[0].to_string(),
            "nodes-entities.csv:2:19: inactivation_date 2001-01-01 is before incorporation_date 2006-03-23: the node "
            "is kept without an until");
  EXPECT_EQ(kept.graph->node_property(*kept.graph->find("1"), "since"), "2006-03-23");
  EXPECT_EQ(kept.graph->node_property(*kept.graph->find("1"), "until"), "");
}

}  // namespace
}  // namespace chainex
