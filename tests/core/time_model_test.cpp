// The time model through the query core (issue 13): diff, timeline and as_of on tests/fixtures/time, a
// small dated chain. Every expected value is worked out by hand from its rows (an item is present on D
// when since <= D < until; a change counts between from and to when from < its day <= to).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "chainex/core/answers.hpp"
#include "chainex/core/encode.hpp"
#include "chainex/core/registry.hpp"
#include "chainex/import.hpp"
#include "chainex/query_error.hpp"

namespace chainex::core {
namespace {

using nlohmann::json;

std::shared_ptr<const snapshot> dated_chain() {
  const auto result = import_csv(csv_source::from_folder(std::filesystem::path(CHAINEX_FIXTURES) / "time"));
  EXPECT_TRUE(result.report.ok);
  return result.graph;
}

json ask(const snapshot& graph, std::string_view query, param_values values) {
  analysis_cache cache;
  const param_reader params(query_named(query), std::move(values), front_door::api);
  const dated_snapshot then = graph_for(params, graph);
  const query_context context{.graph = then.graph ? *then.graph : graph,
                              .analyses = then.graph ? *then.analyses : cache};
  return json::parse(answer(query, context, params).body);
}

std::vector<std::string> edges_of(const json& list) {
  std::vector<std::string> out;
  for (const json& e : list)
    out.push_back(e["source"].get<std::string>() + ">" + e["target"].get<std::string>() + " " +
                  e["type"].get<std::string>());
  return out;
}

TEST(time_model, diff_lists_what_began_and_ended_between_two_dates) {
  const auto graph = dated_chain();
  const json changed = ask(*graph, "diff", {{"from", "2016"}, {"to", "2018"}});
  EXPECT_EQ(changed["from"], "2016-01-01");
  EXPECT_EQ(changed["to"], "2018-01-01");
  // byd-hu's since (2016) is `from` itself: it was there already. catl-de's (2018) is `to`: it began.
  ASSERT_EQ(changed["began"]["nodes"].size(), 1u);
  EXPECT_EQ(changed["began"]["nodes"][0]["id"], "catl-de");
  EXPECT_EQ(changed["began"]["nodes"][0]["since"], "2018");
  EXPECT_EQ(edges_of(changed["began"]["edges"]),
            (std::vector<std::string>{"byd>byd-hu owns", "byd-hu>mkt-HU located_in", "byd-hu>role:sales performs",
                                      "byd-hu>role:manufacturing performs", "catl>catl-de owns",
                                      "catl-de>mkt-DE located_in"}));
  const json& owns = changed["began"]["edges"][0];
  EXPECT_EQ(owns["since"], "2016-10");
  EXPECT_EQ(owns["until"], nullptr);
  EXPECT_EQ(owns["since_basis"], "announced");
  EXPECT_EQ(owns["citation"], "BYD press release 2016");
  EXPECT_TRUE(changed["ended"]["nodes"].empty());
  EXPECT_EQ(edges_of(changed["ended"]["edges"]), (std::vector<std::string>{"byd-hu>role:sales performs"}));
  EXPECT_EQ(changed["ended"]["edges"][0]["until"], "2017-04");

  const json around = ask(*graph, "diff", {{"from", "2016"}, {"to", "2018"}, {"id", "byd-hu"}});
  EXPECT_EQ(around["id"], "byd-hu");
  EXPECT_EQ(around["began"]["edges"].size(), 4u);
  EXPECT_EQ(around["ended"]["edges"].size(), 1u);

  const json earlier = ask(*graph, "diff", {{"from", "2014"}, {"to", "2016"}});
  ASSERT_EQ(earlier["ended"]["nodes"].size(), 1u);
  EXPECT_EQ(earlier["ended"]["nodes"][0]["id"], "old-co");
  EXPECT_EQ(edges_of(earlier["ended"]["edges"]), (std::vector<std::string>{"old-co>mkt-DE located_in"}));
}

TEST(time_model, diff_refuses_dates_in_the_wrong_order_or_not_dates) {
  const auto graph = dated_chain();
  EXPECT_THROW((void)ask(*graph, "diff", {{"from", "2018"}, {"to", "2016"}}), query_error);
  EXPECT_THROW((void)ask(*graph, "diff", {{"from", "2018-02-30"}, {"to", "2019"}}), query_error);
  EXPECT_THROW((void)ask(*graph, "diff", {{"from", "2016"}}), query_error);
  EXPECT_THROW((void)ask(*graph, "diff", {{"from", "2016"}, {"to", "2018"}, {"id", "nobody"}}), query_error);
}

TEST(time_model, timeline_lists_the_events_in_order_and_the_depth_per_year) {
  const auto graph = dated_chain();
  const json line = ask(*graph, "timeline", {{"id", "byd"}});
  EXPECT_EQ(line["id"], "byd");
  ASSERT_EQ(line["events"].size(), 3u);
  EXPECT_EQ(line["events"][0]["date"], "2016-10");
  EXPECT_EQ(line["events"][0]["change"], "began");
  EXPECT_EQ(line["events"][0]["edge"]["target"], "byd-hu");
  EXPECT_EQ(line["events"][0]["edge"]["citation"], "BYD press release 2016");
  EXPECT_EQ(line["events"][1]["date"], "2019");
  EXPECT_EQ(line["events"][1]["change"], "began");
  EXPECT_EQ(line["events"][1]["edge"]["source"], "catl");
  EXPECT_EQ(line["events"][2]["date"], "2022");
  EXPECT_EQ(line["events"][2]["change"], "ended");
  // End of 2016: byd-hu sells in Hungary (performs sales, 2016-10 to 2017-04); from 2017 it makes there.
  const json& hungary = line["depth_by_year"]["HU"];  // by the market's country code
  EXPECT_EQ(hungary["2016"], 1);
  EXPECT_EQ(hungary["2017"], 3);
  EXPECT_EQ(hungary["2021"], 3);
  EXPECT_FALSE(hungary.contains("2015"));
  EXPECT_FALSE(line["depth_by_year"].contains("DE"));  // CATL's, not BYD's
}

TEST(time_model, whole_graph_and_walking_queries_answer_as_of_a_day) {
  const auto graph = dated_chain();
  // 2017-01-01: all but catl-de (from 2018) and old-co (until 2015); byd owns byd-hu, which is in Hungary
  // and sells there; manufacturing (2017-04), supplies (2019) and CATL's plant (2018) are still to come.
  const json then = ask(*graph, "stats", {{"as_of", "2017"}});
  EXPECT_EQ(then["as_of"], "2017-01-01");
  EXPECT_EQ(then["nodes"], 7);
  EXPECT_EQ(then["edges"], 3);
  const json now = ask(*graph, "stats", {});
  EXPECT_EQ(now["as_of"], nullptr);
  EXPECT_EQ(now["nodes"], 9);
  EXPECT_EQ(now["edges"], 8);
  // since_basis: one announced (byd owns byd-hu), one source-year (catl supplies byd), six exact (given or
  // not); every edge has a since; three have an until (sales, supplies, old-co's). The edges span from
  // old-co's since (1990) to the supplies' until (2022), as first days.
  EXPECT_EQ(now["dated_edges"], json({{"exact", 6},
                                      {"source_year", 1},
                                      {"announced", 1},
                                      {"undated", 0},
                                      {"until", 3},
                                      {"first", "1990-01-01"},
                                      {"last", "2022-01-01"}}));
  EXPECT_TRUE(ask(*graph, "path", {{"from", "catl"}, {"to", "byd-hu"}, {"as_of", "2018"}})["paths"].empty());
  const json supplied = ask(*graph, "path", {{"from", "catl"}, {"to", "byd-hu"}, {"as_of", "2020-06-30"}});
  EXPECT_EQ(supplied["as_of"], "2020-06-30");
  ASSERT_EQ(supplied["paths"].size(), 1u);
  EXPECT_EQ(supplied["paths"][0]["hops"], 2);
  EXPECT_TRUE(ask(*graph, "path", {{"from", "catl"}, {"to", "byd-hu"}, {"as_of", "2022"}})["paths"].empty());
  EXPECT_EQ(ask(*graph, "neighbors", {{"id", "byd"}, {"as_of", "2016-09"}})["nodes"].size(), 1u);
  EXPECT_EQ(ask(*graph, "neighbors", {{"id", "byd"}, {"as_of", "2016-10"}})["nodes"].size(), 2u);
  EXPECT_THROW((void)ask(*graph, "neighbors", {{"id", "catl-de"}, {"as_of", "2017"}}), query_error);
  const json ranked = ask(*graph, "centrality", {{"as_of", "2017"}, {"top", "1000"}});
  EXPECT_EQ(ranked["as_of"], "2017-01-01");
  EXPECT_EQ(ranked["results"].size(), 7u);  // the nodes of 2017
  // byd-hu: 3 edges among 6 other nodes, the highest degree centrality then.
  EXPECT_EQ(ranked["results"][0]["id"], "byd-hu");
  EXPECT_DOUBLE_EQ(ranked["results"][0]["value"].get<double>(), 3.0 / 6.0);
}

}  // namespace
}  // namespace chainex::core
