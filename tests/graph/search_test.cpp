// The name index: match classes, ranking, case folding, Chinese names, kind filter, limits.
#include "chainex/search.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace chainex {
namespace {

// Nodes (id, name, name_zh) and edges chosen so that degree decides between equal matches:
//   hw (Huawei, 华为) has degree 3, hwc (Huawei Cloud, 华为云) degree 1, byd (BYD, 比亚迪) degree 2,
//   shw (Shanghai Hwa Tech) degree 0, mkt-de (Germany) a market.
std::shared_ptr<const snapshot> sample() {
  snapshot_builder b;
  const auto zh = b.node_column("name_zh");
  const auto add = [&](std::string_view id, std::string_view kind, std::string_view name, std::string_view name_zh) {
    const node_index n = *b.add_node(id, kind, name);
    if (!name_zh.empty()) b.set_node_value(n, zh, name_zh);
    return n;
  };
  const auto hw = add("hw", "enterprise", "Huawei", "华为");
  const auto hwc = add("hwc", "subsidiary", "Huawei Cloud", "华为云");
  const auto byd = add("byd", "enterprise", "BYD", "比亚迪");
  add("shw", "enterprise", "Shanghai Hwa Tech", "");
  const auto de = add("mkt-de", "market", "Germany", "德国");
  b.add_edge(hw, hwc, "owns");
  b.add_edge(hw, de, "located_in");
  b.add_edge(byd, de, "located_in");
  b.add_edge(byd, hw, "supplies");
  return std::move(b).build();
}

std::vector<std::string> ids(const snapshot& g, const std::vector<search_hit>& hits) {
  std::vector<std::string> out;
  for (const auto& h : hits) out.emplace_back(g.id(h.node));
  return out;
}

TEST(name_index, exact_before_prefix_before_substring) {
  const auto g = sample();
  const name_index names(*g);
  const auto hits = names.search("huawei");
  ASSERT_EQ(ids(*g, hits), (std::vector<std::string>{"hw", "hwc"}));
  EXPECT_EQ(hits[0].match, match_kind::exact);
  EXPECT_EQ(hits[1].match, match_kind::prefix);
  EXPECT_EQ(hits[0].field, match_field::name);
}

TEST(name_index, ascii_case_is_ignored_and_blanks_trimmed) {
  const auto g = sample();
  const name_index names(*g);
  EXPECT_EQ(ids(*g, names.search("  HuAWEI cl ")), (std::vector<std::string>{"hwc"}));
  EXPECT_EQ(ids(*g, names.search("byd")), (std::vector<std::string>{"byd"}));
}

TEST(name_index, substring_ranks_by_degree) {
  const auto g = sample();
  const name_index names(*g);
  // "hw" is the exact id of hw, a prefix of hwc's id, and a substring of "Shanghai Hwa Tech".
  const auto hits = names.search("hw");
  ASSERT_EQ(ids(*g, hits), (std::vector<std::string>{"hw", "hwc", "shw"}));
  EXPECT_EQ(hits[2].match, match_kind::substring);
  // "e" is inside Huawei (degree 3), Germany (2), Huawei Cloud (1) and Shanghai Hwa Tech (0).
  EXPECT_EQ(ids(*g, names.search("e")), (std::vector<std::string>{"hw", "mkt-de", "hwc", "shw"}));
}

TEST(name_index, chinese_names_match_by_prefix_and_substring) {
  const auto g = sample();
  const name_index names(*g);
  const auto hits = names.search("华为");
  ASSERT_EQ(ids(*g, hits), (std::vector<std::string>{"hw", "hwc"}));
  EXPECT_EQ(hits[0].field, match_field::name_zh);
  EXPECT_EQ(hits[0].match, match_kind::exact);
  const auto inner = names.search("亚");
  ASSERT_EQ(ids(*g, inner), (std::vector<std::string>{"byd"}));
  EXPECT_EQ(inner[0].match, match_kind::substring);
}

TEST(name_index, limit_and_kind_filter) {
  const auto g = sample();
  const name_index names(*g);
  EXPECT_EQ(names.search("h", {.limit = 1, .kind = {}}).size(), 1u);
  EXPECT_EQ(ids(*g, names.search("hua", {.limit = 10, .kind = g->find_kind("subsidiary")})),
            (std::vector<std::string>{"hwc"}));
  EXPECT_EQ(ids(*g, names.search("e", {.limit = 10, .kind = g->find_kind("market")})),
            (std::vector<std::string>{"mkt-de"}));
}

TEST(name_index, empty_and_unmatched_queries_give_nothing) {
  const auto g = sample();
  const name_index names(*g);
  EXPECT_TRUE(names.search("").empty());
  EXPECT_TRUE(names.search("   ").empty());
  EXPECT_TRUE(names.search("zzz").empty());
  EXPECT_TRUE(names.search(std::string_view("a\0b", 3)).empty());
}

}  // namespace
}  // namespace chainex
