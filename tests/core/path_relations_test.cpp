// Paths that mean something (issue 14), through the query core: relations=business leaves out the
// structural relations a dataset declares, offers the structural path when there is no business one, and
// reads dataset.json's "relation_classes" over the built-in table.
//
//   a ─supplies─ c ─supplies─ b        a, b, d: enterprises; m: a market
//   a ─headquartered_in─ m ─headquartered_in─ b, d
#include <gtest/gtest.h>

#include "chainex/core/answers.hpp"
#include "chainex/core/dataset_meta.hpp"
#include "chainex/core/registry.hpp"
#include "chainex/query_error.hpp"

namespace chainex::core {
namespace {

std::shared_ptr<const snapshot> make_graph() {
  snapshot_builder builder;
  const node_index a = *builder.add_node("a", "enterprise", "A");
  const node_index b = *builder.add_node("b", "enterprise", "B");
  const node_index c = *builder.add_node("c", "enterprise", "C");
  const node_index d = *builder.add_node("d", "enterprise", "D");
  const node_index m = *builder.add_node("m", "market", "M");
  builder.add_edge(a, c, "supplies", 1);
  builder.add_edge(c, b, "supplies", 1);
  for (node_index x : {a, b, d}) builder.add_edge(x, m, "headquartered_in", 1);
  return std::move(builder).build();
}

path_answer ask(const snapshot& snap, param_values values, const relation_classes* classes = nullptr) {
  analysis_cache cache;
  const query_context context{.graph = snap, .analyses = cache, .relations = classes};
  return run_path(context, param_reader(query_named("path"), std::move(values), front_door::api));
}

std::vector<std::string> ids(const snapshot& snap, const path& p) {
  std::vector<std::string> out;
  for (node_index n : p.nodes) out.emplace_back(snap.id(n));
  return out;
}

TEST(path_relations, business_by_default_and_all_on_request) {
  const auto snap = make_graph();
  const path_answer business = ask(*snap, {{"from", "a"}, {"to", "b"}});
  ASSERT_TRUE(business.result.found());
  EXPECT_TRUE(business.business);
  EXPECT_EQ(ids(*snap, business.result.paths[0]), (std::vector<std::string>{"a", "c", "b"}));
  const path_answer all = ask(*snap, {{"from", "a"}, {"to", "b"}, {"relations", "all"}});
  EXPECT_EQ(all.result.paths[0].hops(), 2U);  // a–c–b and a–m–b tie
  const path_answer k2 = ask(*snap, {{"from", "a"}, {"to", "b"}, {"relations", "all"}, {"k", "2"}});
  ASSERT_EQ(k2.result.paths.size(), 2U);
}

TEST(path_relations, no_business_path_offers_the_structural_one) {
  const auto snap = make_graph();
  const path_answer found = ask(*snap, {{"from", "a"}, {"to", "d"}});
  EXPECT_FALSE(found.result.found());
  EXPECT_FALSE(found.business);
  ASSERT_TRUE(found.structural.has_value());
  EXPECT_EQ(ids(*snap, *found.structural), (std::vector<std::string>{"a", "m", "d"}));
  EXPECT_EQ(found.structural_types,
            (std::vector<std::string>{"located_in", "headquartered_in", "sells_in", "performs"}));
}

TEST(path_relations, the_dataset_declares_which_relations_are_structural) {
  const auto snap = make_graph();
  const relation_classes classes = relation_classes_of(
      R"({"id": "x", "relation_classes": {"business": ["headquartered_in"], "structural": ["supplies"]}})");
  const path_answer found = ask(*snap, {{"from", "a"}, {"to", "b"}}, &classes);
  ASSERT_TRUE(found.result.found());
  EXPECT_EQ(ids(*snap, found.result.paths[0]), (std::vector<std::string>{"a", "m", "b"}));
  EXPECT_EQ(relation_classes_of("").of("located_in"), relation_class::structural);
  EXPECT_THROW((void)relation_classes_of(R"({"relation_classes": {"odd": ["owns"]}})"), std::invalid_argument);
  EXPECT_THROW((void)relation_classes_of("not json"), std::invalid_argument);
}

TEST(path_relations, informative_ranking_refuses_weights) {
  const auto snap = make_graph();
  EXPECT_THROW((void)ask(*snap, {{"from", "a"}, {"to", "b"}, {"rank", "informative"}, {"weighted", "true"}}),
               query_error);
  EXPECT_TRUE(ask(*snap, {{"from", "a"}, {"to", "b"}, {"rank", "informative"}}).result.found());
}

}  // namespace
}  // namespace chainex::core
