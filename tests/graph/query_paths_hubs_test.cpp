// Shortest paths on a graph with hubs (markets and roles of a generated industrial chain), where the
// search leaves hubs unscanned: lengths equal networkx's in every direction mode (fixture made by
// tests/fixtures/paths_hubs/make_lengths.py), paths are valid, and a filter that turns the hub bit sets
// off finds the same lengths by visiting more nodes.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "chainex/import.hpp"
#include "chainex/query/paths.hpp"
#include "graph/network_fixture.hpp"

namespace chainex {
namespace {

const std::string folder = std::string(CHAINEX_FIXTURES) + "/paths_hubs";

void expect_valid(const snapshot& snap, direction mode, const path& p, node_index from, node_index to) {
  ASSERT_FALSE(p.nodes.empty());
  EXPECT_EQ(p.nodes.front(), from);
  EXPECT_EQ(p.nodes.back(), to);
  ASSERT_EQ(p.edges.size() + 1, p.nodes.size());
  EXPECT_EQ(std::set<node_index>(p.nodes.begin(), p.nodes.end()).size(), p.nodes.size());
  for (std::size_t i = 0; i < p.edges.size(); ++i) {
    const edge_index e = p.edges[i];
    const bool forward = snap.source(e) == p.nodes[i] && snap.target(e) == p.nodes[i + 1];
    const bool backward = snap.target(e) == p.nodes[i] && snap.source(e) == p.nodes[i + 1];
    EXPECT_TRUE((forward && mode != direction::in) || (backward && mode != direction::out))
        << "edge " << e << " does not lead from " << p.nodes[i] << " to " << p.nodes[i + 1];
  }
}

TEST(find_paths_with_hubs, lengths_match_networkx_in_every_mode) {
  const auto imported = import_csv(csv_source::from_folder(folder));
  ASSERT_TRUE(imported.report.ok);
  const snapshot& snap = *imported.graph;
  std::vector<std::string> all_types(snap.types().begin(), snap.types().end());
  std::size_t visited = 0;
  std::size_t visited_scanning_hubs = 0;
  const auto rows = testing::read_rows(folder + "/lengths.csv");
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const node_index from = *snap.find(rows[r][0]);
    const node_index to = *snap.find(rows[r][1]);
    const direction mode = *parse_direction(rows[r][2]);
    const int hops = std::stoi(rows[r][3]);
    const std::string where = rows[r][0] + " -> " + rows[r][1] + " " + rows[r][2];
    const auto result = find_paths(snap, make_traversal(snap, mode), {.from = from, .to = to});
    const auto scanning = find_paths(snap, make_traversal(snap, mode, {}, all_types), {.from = from, .to = to});
    EXPECT_FALSE(result.capped) << where;
    ASSERT_EQ(result.found(), hops >= 0) << where;
    ASSERT_EQ(scanning.found(), hops >= 0) << where;
    visited += result.visited;
    visited_scanning_hubs += scanning.visited;
    if (hops < 0) continue;
    EXPECT_EQ(result.paths[0].hops(), static_cast<std::size_t>(hops)) << where;
    EXPECT_EQ(scanning.paths[0].hops(), static_cast<std::size_t>(hops)) << where;
    expect_valid(snap, mode, result.paths[0], from, to);
  }
  EXPECT_LT(visited * 2, visited_scanning_hubs);
}

}  // namespace
}  // namespace chainex
