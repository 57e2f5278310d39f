// Queries as of a day against brute force on the graph filtered by hand: on random small graphs with
// dated nodes and edges, paths (BFS, Dijkstra, Yen, informative) and neighbourhoods walked with as_of
// find what a plain search finds on the graph rebuilt from only the items present that day, and
// snapshot_as_of is that graph.
#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <queue>
#include <random>
#include <string>
#include <vector>

#include "chainex/dates.hpp"
#include "chainex/query/neighborhood.hpp"
#include "chainex/query/paths.hpp"
#include "chainex/snapshot_as_of.hpp"
#include "graph_description.hpp"

namespace chainex {
namespace {

struct item_dates {
  std::string since, until;
};

struct dated_graph {
  std::size_t nodes = 0;
  struct edge {
    node_index source, target;
    double weight;
    item_dates dates;
  };
  std::vector<item_dates> node_dates;
  std::vector<edge> edges;
};

dated_graph random_graph(std::mt19937& random, std::size_t nodes, std::size_t edges) {
  dated_graph g;
  g.nodes = nodes;
  std::uniform_int_distribution<int> year(2000, 2020);
  std::uniform_int_distribution<int> percent(0, 99);
  std::uniform_int_distribution<node_index> node(0, static_cast<node_index>(nodes - 1));
  const auto dates = [&](int with_since, int with_until) {
    item_dates d;
    const int begins = year(random);
    if (percent(random) < with_since) d.since = std::to_string(begins) + (percent(random) < 50 ? "-06" : "");
    if (percent(random) < with_until) d.until = std::to_string(begins + 1 + percent(random) % 5);
    return d;
  };
  for (std::size_t v = 0; v < nodes; ++v) g.node_dates.push_back(dates(25, 10));
  for (std::size_t e = 0; e < edges; ++e)
    g.edges.push_back({node(random), node(random), 1.0 + percent(random) % 3, dates(60, 20)});
  return g;
}

// The graph with every item (keep_all) or only those present on `day`, built through the builder.
std::shared_ptr<const snapshot> build(const dated_graph& g, bool keep_all, day_number day) {
  const auto present = [&](const item_dates& d) {
    return keep_all || present_on(d.since.empty() ? first_day : *day_of(d.since),
                                  d.until.empty() ? last_day : *day_of(d.until), day);
  };
  snapshot_builder builder;
  const std::size_t node_since = builder.node_column("since", value_type::date);
  const std::size_t node_until = builder.node_column("until", value_type::date);
  const std::size_t edge_since = builder.edge_column("since", value_type::date);
  const std::size_t edge_until = builder.edge_column("until", value_type::date);
  for (std::size_t v = 0; v < g.nodes; ++v) {
    if (!present(g.node_dates[v])) continue;
    const node_index added = *builder.add_node("n" + std::to_string(v), "enterprise", "N" + std::to_string(v));
    builder.set_node_value(added, node_since, g.node_dates[v].since);
    builder.set_node_value(added, node_until, g.node_dates[v].until);
  }
  for (const auto& e : g.edges) {
    const auto source = builder.find_node("n" + std::to_string(e.source));
    const auto target = builder.find_node("n" + std::to_string(e.target));
    if (!present(e.dates) || !source || !target) continue;
    const edge_index added = builder.add_edge(*source, *target, "supplies", e.weight);
    builder.set_edge_value(added, edge_since, e.dates.since);
    builder.set_edge_value(added, edge_until, e.dates.until);
  }
  return std::move(builder).build();
}

// The ids of a path's nodes, to compare paths across two numberings.
std::vector<std::string> ids(const snapshot& graph, const path& p) {
  std::vector<std::string> out;
  for (const node_index v : p.nodes) out.emplace_back(graph.id(v));
  return out;
}

class as_of_vs_filtered : public testing::TestWithParam<unsigned> {};

TEST_P(as_of_vs_filtered, walks_find_what_the_filtered_graph_has) {
  std::mt19937 random(GetParam());
  const dated_graph g = random_graph(random, 30, 70);
  const auto whole = build(g, true, 0);
  for (const char* date : {"1999", "2003-06-30", "2008", "2012-06", "2016-01-01", "2030"}) {
    SCOPED_TRACE(date);
    const day_number day = *day_of(date);
    const auto filtered = build(g, false, day);
    EXPECT_EQ(describe(*filtered), describe(*snapshot_as_of(*whole, day).graph));
    for (const direction mode : {direction::out, direction::both}) {
      const traversal dated = make_traversal(*whole, mode, {}, {}, 1'000'000, day);
      const traversal plain = make_traversal(*filtered, mode);
      for (node_index a = 0; a < filtered->node_count(); ++a) {
        const node_index from = *whole->find(filtered->id(a));
        const ego_result near = ego_network(*whole, dated, from, 2, 1000);
        const ego_result expected_near = ego_network(*filtered, plain, a, 2, 1000);
        ASSERT_EQ(near.nodes.size(), expected_near.nodes.size());
        ASSERT_EQ(near.edges.size(), expected_near.edges.size());
        for (node_index b = 0; b < filtered->node_count(); ++b) {
          const node_index to = *whole->find(filtered->id(b));
          for (const bool weighted : {false, true}) {
            const path_query asked{.from = from, .to = to, .weighted = weighted, .k = 3};
            const path_result found = find_paths(*whole, dated, asked);
            const path_result expected =
                find_paths(*filtered, plain, {.from = a, .to = b, .weighted = weighted, .k = 3});
            ASSERT_EQ(found.paths.size(), expected.paths.size()) << a << " " << b;
            for (std::size_t i = 0; i < found.paths.size(); ++i) {
              EXPECT_EQ(found.paths[i].cost, expected.paths[i].cost);
              for (const edge_index e : found.paths[i].edges) EXPECT_TRUE(whole->edge_lifespans().present(e, day));
            }
            if (!found.paths.empty()) EXPECT_EQ(ids(*whole, found.paths[0]).size(), expected.paths[0].nodes.size());
          }
          const path_result informative =
              find_paths(*whole, dated, {.from = from, .to = to, .rank = path_rank::informative});
          EXPECT_EQ(informative.found(), find_paths(*filtered, plain, {.from = a, .to = b}).found());
          for (const auto& p : informative.paths)
            for (const edge_index e : p.edges) EXPECT_TRUE(whole->edge_lifespans().present(e, day));
        }
      }
    }
  }
}

INSTANTIATE_TEST_SUITE_P(seeds, as_of_vs_filtered, testing::Range(1U, 13U));

TEST(as_of, an_undated_graph_is_not_copied) {
  snapshot_builder builder;
  const node_index a = *builder.add_node("a", "enterprise", "A");
  const node_index b = *builder.add_node("b", "enterprise", "B");
  builder.add_edge(a, b, "supplies");
  const auto graph = std::move(builder).build();
  EXPECT_FALSE(graph->edge_lifespans().dated());
  EXPECT_EQ(snapshot_as_of(*graph, 0).graph, nullptr);
}

}  // namespace
}  // namespace chainex
