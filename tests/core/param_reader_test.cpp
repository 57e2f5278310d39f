// The query registry's parameter reader: defaults, bounds, choices, lists, required values, and which
// front door takes a parameter (core/include/chainex/core/param_reader.hpp).
#include <gtest/gtest.h>

#include "chainex/core/param_reader.hpp"
#include "chainex/query_error.hpp"

namespace chainex::core {
namespace {

param_reader api(std::string_view query, param_values values) {
  return {query_named(query), std::move(values), front_door::api};
}

// The parameter a failed read named, or "" when it did not fail with bad_parameter.
std::string rejected(const std::function<void()>& read) {
  try {
    read();
  } catch (const query_error& error) {
    if (error.code() != failure_code::bad_parameter || error.details().empty()) return "wrong error";
    return error.details().front().second;
  }
  return "";
}

TEST(param_reader, absent_parameters_take_the_registry_default) {
  const param_reader params = api("path", {{"from", "a"}, {"to", "b"}});
  EXPECT_EQ(params.integer("k"), 1);
  EXPECT_FALSE(params.boolean("weighted"));
  EXPECT_EQ(params.choice("direction"), "both");
  EXPECT_EQ(params.integer("max_visited"), 2'000'000);
  EXPECT_TRUE(params.list("kinds").empty());
}

TEST(param_reader, bounds_are_the_registry_s_and_inclusive) {
  EXPECT_EQ(api("path", {{"k", "20"}}).integer("k"), 20);
  EXPECT_EQ(rejected([] { (void)api("path", {{"k", "21"}}).integer("k"); }), "k");
  EXPECT_EQ(rejected([] { (void)api("path", {{"k", "0"}}).integer("k"); }), "k");
  EXPECT_EQ(rejected([] { (void)api("path", {{"k", "2x"}}).integer("k"); }), "k");
  EXPECT_EQ(rejected([] { (void)api("path", {{"k", ""}}).integer("k"); }), "k");
  EXPECT_DOUBLE_EQ(api("centrality", {{"epsilon", "0.5"}}).number("epsilon"), 0.5);
  EXPECT_EQ(rejected([] { (void)api("centrality", {{"epsilon", "0.6"}}).number("epsilon"); }), "epsilon");
  EXPECT_EQ(rejected([] { (void)api("centrality", {{"epsilon", "nan"}}).number("epsilon"); }), "epsilon");
}

TEST(param_reader, choices_and_list_items_must_be_allowed) {
  EXPECT_EQ(api("centrality", {{"metric", "pagerank"}}).choice("metric"), "pagerank");
  EXPECT_EQ(rejected([] { (void)api("centrality", {{"metric", "PageRank"}}).choice("metric"); }), "metric");
  EXPECT_EQ(api("position", {{"metrics", "degree,,pagerank"}}).list("metrics"),
            (std::vector<std::string>{"degree", "pagerank"}));
  EXPECT_EQ(rejected([] { (void)api("position", {{"metrics", "degree,speed"}}).list("metrics"); }), "metrics");
}

TEST(param_reader, required_parameters_must_be_given_and_non_empty) {
  EXPECT_EQ(rejected([] { (void)api("path", {{"to", "b"}}).text("from"); }), "from");
  EXPECT_EQ(rejected([] { (void)api("path", {{"from", ""}, {"to", "b"}}).text("from"); }), "from");
}

TEST(param_reader, check_finds_a_bad_value_the_query_would_not_read) {
  EXPECT_EQ(rejected([] { api("path", {{"from", "a"}, {"to", "b"}, {"weighted", "maybe"}}).check(); }), "weighted");
  EXPECT_EQ(rejected([] { api("path", {{"from", "a"}, {"to", "b"}}).check(); }), "");
}

TEST(param_reader, a_parameter_of_the_other_front_door_is_not_read) {
  // --all is the command line's; the API ignores an `all` it is sent, like any name it does not take.
  EXPECT_FALSE(api("centrality", {{"all", "true"}}).boolean("all"));
  EXPECT_TRUE(param_reader(query_named("centrality"), {{"all", "true"}}, front_door::cli).boolean("all"));
  EXPECT_EQ(rejected([] { api("centrality", {{"all", "garbage"}}).check(); }), "");
}

TEST(registry, every_parameter_is_declared_once_with_a_default_inside_its_bounds) {
  for (const query_spec& query : all_queries()) {
    for (const param_spec& param : query.params) {
      SCOPED_TRACE(std::string(query.name) + "." + std::string(param.name));
      EXPECT_EQ(query.find(param.name), &param);  // the first of that name is this one
      EXPECT_FALSE(param.help.empty());
      if (param.fallback.empty()) continue;
      const param_reader defaults(query, {}, param.door == front_door::api ? front_door::api : front_door::cli);
      if (param.type == param_type::integer) EXPECT_NO_THROW((void)defaults.integer(param.name));
      if (param.type == param_type::number) EXPECT_NO_THROW((void)defaults.number(param.name));
      if (param.type == param_type::choice) EXPECT_NO_THROW((void)defaults.choice(param.name));
      if (param.type == param_type::boolean) EXPECT_NO_THROW((void)defaults.boolean(param.name));
    }
  }
}

}  // namespace
}  // namespace chainex::core
