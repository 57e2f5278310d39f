// network_fixture.hpp — loads the graphs and expected values of tests/fixtures/networks for query tests.
//
// The files are written by tests/fixtures/networks/make_fixtures.py (networkx 2.8); see its header for
// their columns. Graphs are built with snapshot_builder directly: every node has kind "node", every
// edge type "link", with the file's weight and direction.
//   auto snap = load_network("karate");  expected_values e = load_expected("karate");
#pragma once

#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "chainex/snapshot.hpp"

namespace chainex::testing {

inline std::string network_file(const std::string& name) { return std::string(CHAINEX_FIXTURES) + "/networks/" + name; }

// Rows of a comma-separated file without quoting, header row first.
inline std::vector<std::vector<std::string>> read_rows(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::vector<std::vector<std::string>> rows;
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> cells;
    std::stringstream fields(line);
    for (std::string cell; std::getline(fields, cell, ',');) cells.push_back(cell);
    rows.push_back(std::move(cells));
  }
  return rows;
}

inline std::shared_ptr<const snapshot> load_network(const std::string& name) {
  snapshot_builder builder;
  const auto nodes = read_rows(network_file(name + ".nodes.csv"));
  for (std::size_t i = 1; i < nodes.size(); ++i) builder.add_node(nodes[i][0], "node", nodes[i][0]);
  const auto edges = read_rows(network_file(name + ".edges.csv"));
  for (std::size_t i = 1; i < edges.size(); ++i) {
    const auto& row = edges[i];
    builder.add_edge(*builder.find_node(row[0]), *builder.find_node(row[1]), "link", std::stod(row[2]), row[3] == "1");
  }
  return std::move(builder).build();
}

// NAME.expected.csv by column, values in the node order of NAME.nodes.csv.
struct expected_values {
  std::vector<std::string> ids;
  std::map<std::string, std::vector<double>> columns;
  [[nodiscard]] bool has(const std::string& column) const { return columns.count(column) != 0; }
};

inline expected_values load_expected(const std::string& name) {
  const auto rows = read_rows(network_file(name + ".expected.csv"));
  expected_values result;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    result.ids.push_back(rows[r][0]);
    for (std::size_t c = 1; c < rows[0].size(); ++c) result.columns[rows[0][c]].push_back(std::stod(rows[r][c]));
  }
  return result;
}

inline const std::vector<std::string> network_names = {
    "karate", "lesmis", "florentine", "random_directed_small", "random_directed", "random_undirected"};

}  // namespace chainex::testing
