// Exact betweenness against Boost's sequential brandes_betweenness_centrality, an implementation that
// shares nothing with ours, on seeded random graphs shaped to reach every special case of betweenness.cpp:
// leaves (folded into their neighbour), leaves on the same node, two-node components, isolated nodes,
// self-loops, parallel and reciprocal edges, several components; undirected (`both`) and directed (`out`,
// `in`). Boost counts parallel edges as distinct paths, so it gets the simple graph networkx would see.
// Its raw sums are over ordered pairs on a directed graph and over unordered pairs on an undirected one;
// times 1/((n − 1)(n − 2)), resp. 2/((n − 1)(n − 2)), they are networkx's normalised values.
// This test alone sees Boost's headers (tests/CMakeLists.txt); the library keeps them private.
#include <gtest/gtest.h>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <cmath>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "chainex/query/betweenness.hpp"

namespace chainex {
namespace {

struct random_network {
  std::size_t nodes = 0;
  std::vector<std::pair<node_index, node_index>> edges;
};

// A sparse random core with leaves hung on it (some nodes get several), a few two-node components,
// isolated nodes, self-loops and repeated edges.
random_network make_network(std::uint64_t seed, std::size_t core) {
  std::mt19937_64 random(seed);
  random_network g;
  g.nodes = core;
  std::uniform_int_distribution<node_index> any(0, static_cast<node_index>(core - 1));
  for (std::size_t i = 0; i < core * 2; ++i) g.edges.emplace_back(any(random), any(random));
  for (std::size_t i = 0; i < core / 2; ++i) g.edges.emplace_back(any(random), static_cast<node_index>(g.nodes++));
  for (int i = 0; i < 3; ++i) {
    g.edges.emplace_back(static_cast<node_index>(g.nodes), static_cast<node_index>(g.nodes + 1));
    g.nodes += 2;
  }
  g.nodes += 2;  // isolated
  for (int i = 0; i < 5; ++i) g.edges.push_back(g.edges[i]);
  return g;
}

std::shared_ptr<const snapshot> to_snapshot(const random_network& g) {
  snapshot_builder builder;
  for (std::size_t v = 0; v < g.nodes; ++v) (void)builder.add_node("n" + std::to_string(v), "node", "");
  for (const auto& [u, v] : g.edges) builder.add_edge(u, v, "link");
  return std::move(builder).build();
}

// Boost's betweenness on the simple graph the mode picks, normalised as networkx does.
template <class Graph>
std::vector<double> boost_betweenness(const random_network& g, direction mode) {
  std::set<std::pair<node_index, node_index>> arcs;
  for (auto [u, v] : g.edges) {
    if (mode == direction::in) std::swap(u, v);
    if (mode == direction::both && v < u) std::swap(u, v);
    arcs.emplace(u, v);
  }
  Graph boost_graph(g.nodes);
  for (const auto& [u, v] : arcs) boost::add_edge(u, v, boost_graph);
  std::vector<double> centrality(g.nodes, 0.0);
  boost::brandes_betweenness_centrality(
      boost_graph, boost::make_iterator_property_map(centrality.begin(), boost::get(boost::vertex_index, boost_graph)));
  const double n = static_cast<double>(g.nodes);
  const double pairs = mode == direction::both ? 2.0 : 1.0;
  for (double& c : centrality) c *= pairs / ((n - 1) * (n - 2));
  return centrality;
}

using undirected_graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using directed_graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

class betweenness_against_boost : public ::testing::TestWithParam<std::tuple<direction, std::uint64_t>> {};

TEST_P(betweenness_against_boost, equal_to_1e9_relative) {
  const auto [mode, seed] = GetParam();
  const random_network g = make_network(seed, 300);
  const auto snap = to_snapshot(g);
  const auto expected = mode == direction::both ? boost_betweenness<undirected_graph>(g, mode)
                                                : boost_betweenness<directed_graph>(g, mode);
  const auto values = betweenness_centrality(*snap, mode, 2);
  ASSERT_EQ(values.size(), expected.size());
  for (std::size_t v = 0; v < values.size(); ++v) {
    EXPECT_NEAR(values[v], expected[v], 1e-9 * std::max(std::abs(expected[v]), 1e-6)) << "node " << v;
  }
}

INSTANTIATE_TEST_SUITE_P(random_graphs, betweenness_against_boost,
                         ::testing::Combine(::testing::Values(direction::both, direction::out, direction::in),
                                            ::testing::Values(1U, 2U, 3U)));

}  // namespace
}  // namespace chainex
