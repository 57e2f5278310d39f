// Weak and strong components against networkx on the fixture networks (same partition), and the
// numbering and size order on a drawn graph.
#include <gtest/gtest.h>

#include <map>

#include "chainex/query/components.hpp"
#include "graph/network_fixture.hpp"

namespace chainex {
namespace {

class components_vs_networkx : public ::testing::TestWithParam<std::string> {};

TEST_P(components_vs_networkx, same_partition) {
  const auto snap = testing::load_network(GetParam());
  const auto expected = testing::load_expected(GetParam());
  for (component_mode mode : {component_mode::weak, component_mode::strong}) {
    const auto found = connected_components(*snap, mode);
    const auto& want = expected.columns.at(std::string(to_string(mode)));
    // networkx labels a component by its smallest node; chainex numbers them in that order.
    std::map<double, std::uint32_t> label_of;
    for (std::size_t i = 0; i < want.size(); ++i) {
      const auto [it, fresh] = label_of.emplace(want[i], found.of[*snap->find(expected.ids[i])]);
      EXPECT_EQ(it->second, found.of[*snap->find(expected.ids[i])]) << to_string(mode) << " " << expected.ids[i];
    }
    EXPECT_EQ(found.count(), label_of.size()) << to_string(mode);
  }
}

INSTANTIATE_TEST_SUITE_P(networks, components_vs_networkx, ::testing::ValuesIn(testing::network_names));

// a ⇄ b → c ⇄ d ⇄ e, f alone, g – h undirected.
TEST(connected_components, numbers_by_smallest_node_and_sorts_by_size) {
  snapshot_builder builder;
  for (const char* id : {"a", "b", "c", "d", "e", "f", "g", "h"}) builder.add_node(id, "enterprise", id);
  auto at = [&](const char* id) { return *builder.find_node(id); };
  builder.add_edge(at("a"), at("b"), "supplies");
  builder.add_edge(at("b"), at("a"), "supplies");
  builder.add_edge(at("b"), at("c"), "supplies");
  builder.add_edge(at("c"), at("d"), "supplies");
  builder.add_edge(at("d"), at("c"), "supplies");
  builder.add_edge(at("d"), at("e"), "supplies");
  builder.add_edge(at("e"), at("d"), "supplies");
  builder.add_edge(at("h"), at("g"), "partners_with", 1, false);
  const auto snap = std::move(builder).build();
  const auto weak = connected_components(*snap, component_mode::weak);
  EXPECT_EQ(weak.of, (std::vector<std::uint32_t>{0, 0, 0, 0, 0, 1, 2, 2}));
  EXPECT_EQ(weak.by_size(), (std::vector<std::uint32_t>{0, 2, 1}));
  const auto strong = connected_components(*snap, component_mode::strong);
  EXPECT_EQ(strong.of, (std::vector<std::uint32_t>{0, 0, 1, 1, 1, 2, 3, 3}));
  EXPECT_EQ(strong.sizes, (std::vector<std::size_t>{2, 3, 1, 2}));
}

}  // namespace
}  // namespace chainex
