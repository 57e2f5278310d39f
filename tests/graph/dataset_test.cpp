// The bundled dataset (datasets/east-forward-2025) imports cleanly and holds together: every edge is
// sourced, every market can be drawn on the map, every going-global enterprise stands in a market, and
// no entity appears twice under two ids. The figures issue 5 asks for are checked as floors.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>
#include <set>

#include "chainex/import.hpp"

namespace chainex {
namespace {

const snapshot& dataset() {
  static const auto result =
      import_csv(csv_source::from_folder(std::string(CHAINEX_SOURCE_DIR) + "/datasets/east-forward-2025"));
  if (!result.report.ok) {
    for (const auto& error : result.report.errors) ADD_FAILURE() << error.to_string();
    std::abort();
  }
  return *result.graph;
}

std::vector<node_index> nodes_of_kind(const snapshot& graph, std::string_view kind) {
  std::vector<node_index> nodes;
  for (node_index node = 0; node < graph.node_count(); ++node)
    if (graph.kind_name(node) == kind) nodes.push_back(node);
  return nodes;
}

std::optional<double> number(std::string_view text) {
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::string lowercase(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower;
}

TEST(dataset, imports_without_errors_or_warnings) {
  const auto result =
      import_csv(csv_source::from_folder(std::string(CHAINEX_SOURCE_DIR) + "/datasets/east-forward-2025"));
  EXPECT_TRUE(result.report.ok);
  EXPECT_EQ(result.report.error_count, 0u);  // so no dangling ids and no duplicate ids
  for (const auto& warning : result.report.warnings) ADD_FAILURE() << warning.to_string();
}

TEST(dataset, uses_only_the_documented_kinds_and_types) {
  const snapshot& graph = dataset();
  const std::set<std::string> kinds{"enterprise", "subsidiary", "market", "role", "person"};
  const std::set<std::string> types{"owns",  "located_in", "headquartered_in", "performs",     "supplies",
                                    "leads", "founded",    "invests_in",       "partners_with"};
  for (const auto& kind : graph.kinds()) EXPECT_TRUE(kinds.contains(kind)) << kind;
  for (const auto& type : graph.types()) EXPECT_TRUE(types.contains(type)) << type;
}

TEST(dataset, every_edge_has_a_citation) {
  const snapshot& graph = dataset();
  std::size_t with_url = 0;
  for (edge_index edge = 0; edge < graph.edge_count(); ++edge) {
    EXPECT_FALSE(graph.edge_property(edge, "citation").empty())
        << graph.id(graph.source(edge)) << " -" << graph.type_name(edge) << "-> " << graph.id(graph.target(edge));
    if (graph.edge_property(edge, "url").starts_with("http")) ++with_url;
  }
  RecordProperty("edges_with_url", static_cast<int>(with_url));
}

TEST(dataset, every_market_has_an_iso_code_a_continent_and_a_centroid) {
  const snapshot& graph = dataset();
  for (const node_index market : nodes_of_kind(graph, "market")) {
    const std::string_view code = graph.node_property(market, "country");
    EXPECT_TRUE(code.size() == 2 && std::isupper(static_cast<unsigned char>(code[0])) &&
                std::isupper(static_cast<unsigned char>(code[1])))
        << graph.id(market) << ": '" << code << "'";
    EXPECT_EQ(graph.id(market), "mkt:" + std::string(code));
    EXPECT_FALSE(graph.node_property(market, "continent").empty()) << graph.id(market);
    const auto lat = number(graph.node_property(market, "lat"));
    const auto lon = number(graph.node_property(market, "lon"));
    ASSERT_TRUE(lat && lon) << graph.id(market);
    EXPECT_TRUE(*lat >= -90 && *lat <= 90 && *lon >= -180 && *lon <= 180) << graph.id(market);
  }
}

// A market an enterprise stands in: its HQ country, or where one of its subsidiaries is located.
bool stands_in_a_market(const snapshot& graph, node_index enterprise) {
  const auto is_market = [&](node_index node) { return graph.kind_name(node) == "market"; };
  for (edge_index edge = graph.out_edges(enterprise).first; edge < graph.out_edges(enterprise).last; ++edge) {
    const node_index next = graph.target(edge);
    if (graph.type_name(edge) == "headquartered_in" && is_market(next)) return true;
    if (graph.type_name(edge) != "owns") continue;
    for (edge_index hop = graph.out_edges(next).first; hop < graph.out_edges(next).last; ++hop)
      if (graph.type_name(hop) == "located_in" && is_market(graph.target(hop))) return true;
  }
  return false;
}

TEST(dataset, every_enterprise_stands_in_at_least_one_market) {
  const snapshot& graph = dataset();
  for (const node_index enterprise : nodes_of_kind(graph, "enterprise")) {
    if (graph.node_property(enterprise, "country") != "CN") continue;
    EXPECT_TRUE(stands_in_a_market(graph, enterprise)) << graph.id(enterprise);
  }
}

TEST(dataset, no_entity_appears_under_two_ids) {
  const snapshot& graph = dataset();
  std::map<std::string, std::string> seen;  // kind + lowercase name -> id
  for (node_index node = 0; node < graph.node_count(); ++node) {
    const std::string key = std::string(graph.kind_name(node)) + "|" + lowercase(graph.name(node));
    const auto [place, added] = seen.emplace(key, graph.id(node));
    EXPECT_TRUE(added) << graph.id(node) << " and " << place->second << " are both '" << graph.name(node) << "'";
    const std::string_view name_zh = graph.node_property(node, "name_zh");
    if (name_zh.empty() || graph.kind_name(node) != "enterprise") continue;
    const auto [zh_place, zh_added] = seen.emplace("zh|" + std::string(name_zh), graph.id(node));
    EXPECT_TRUE(zh_added) << graph.id(node) << " and " << zh_place->second << " are both " << name_zh;
  }
}

TEST(dataset, reaches_the_sizes_the_issue_asks_for) {
  const snapshot& graph = dataset();
  std::size_t roster = 0;
  for (const node_index enterprise : nodes_of_kind(graph, "enterprise")) {
    const std::string_view category = graph.node_property(enterprise, "category");
    if (category != "technology" && category != "brand-consumer" && category != "content") continue;
    ++roster;
    EXPECT_FALSE(graph.node_property(enterprise, "name_zh").empty()) << graph.id(enterprise);
    EXPECT_FALSE(graph.node_property(enterprise, "sector").empty()) << graph.id(enterprise);
  }
  EXPECT_GE(roster, 40u);
  std::size_t complete = 0;
  for (const node_index subsidiary : nodes_of_kind(graph, "subsidiary")) {
    EXPECT_FALSE(graph.node_property(subsidiary, "status").empty()) << graph.id(subsidiary);
    EXPECT_FALSE(graph.node_property(subsidiary, "year").empty()) << graph.id(subsidiary);
    if (!graph.node_property(subsidiary, "city").empty()) ++complete;
  }
  EXPECT_GE(complete, 120u);
}

}  // namespace
}  // namespace chainex
