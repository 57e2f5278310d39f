// The server on a real socket (127.0.0.1, a free port): limits, malformed input, HEAD, static files and
// traversal attempts, ETag, timeouts, the token, imports swapped in under concurrent reads, shutdown.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

#include "app_fixture.hpp"
#include "chainex/server/access_log.hpp"
#include "chainex/server/data_store.hpp"
#include "chainex/server/server.hpp"
#include "wire_client.hpp"

namespace chainex::server {
namespace {

using namespace std::chrono_literals;
using nlohmann::json;
using testing::fetch;
using testing::get_request;
using testing::wire_connection;
namespace http = testing::http;
namespace net = testing::net;

constexpr std::string_view token = "s3cret-token";

using testing::read_file;

struct running_server : ::testing::Test {
  running_server()
      : data_dir(std::filesystem::temp_directory_path() / ("chainex-server-test-" + std::to_string(::getpid()))),
        app({.token = std::string(token), .data_dir = data_dir}),
        server(testing::small_limits(500ms, 1s), app.app, log) {
    server.start();
    port = server.port();
  }
  ~running_server() override {
    server.stop();
    std::filesystem::remove_all(data_dir);
  }

  struct part {
    std::string name;
    std::string filename;
    std::string content;
  };
  // A POST /api/import request carrying the parts as multipart/form-data.
  static std::string import_request(const std::vector<part>& parts, std::string_view query = "",
                                    std::string_view auth = token) {
    std::string body;
    for (const part& p : parts)
      body += "--XyZ\r\nContent-Disposition: form-data; name=\"" + p.name + "\"; filename=\"" + p.filename +
              "\"\r\n\r\n" + p.content + "\r\n";
    body += "--XyZ--\r\n";
    return "POST /api/import" + std::string(query) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
           std::string(auth) +
           "\r\nContent-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: " + std::to_string(body.size()) +
           "\r\n\r\n" + body;
  }
  static std::string upload(std::string_view nodes, std::string_view edges, std::string_view auth = token) {
    return import_request({{"nodes", "nodes.csv", std::string(nodes)}, {"edges", "edges.csv", std::string(edges)}}, "",
                          auth);
  }

  std::filesystem::path data_dir;
  access_log log{nullptr};
  testing::app_fixture app;
  http_server server;
  std::uint16_t port = 0;
};

json body_of(const testing::wire_answer& a) { return json::parse(a.message.body()); }

TEST_F(running_server, answers_api_and_static_files_with_security_headers) {
  const auto stats = fetch(port, get_request("/api/stats"));
  ASSERT_FALSE(stats.error) << stats.error.message();
  EXPECT_EQ(stats.status(), 200u);
  EXPECT_EQ(body_of(stats)["nodes"], 10);
  EXPECT_EQ(stats.message["X-Content-Type-Options"], "nosniff");
  EXPECT_FALSE(stats.message["Content-Security-Policy"].empty());

  const auto node = fetch(port, get_request("/api/nodes/byd%2Fhu"));
  EXPECT_EQ(node.status(), 200u);
  EXPECT_EQ(body_of(node)["node"]["id"], "byd/hu");

  const auto page = fetch(port, get_request("/"));
  EXPECT_EQ(page.status(), 200u);
  EXPECT_EQ(page.message[http::field::content_type], "text/html; charset=utf-8");
  EXPECT_NE(page.message.body().find("chainex test page"), std::string::npos);
  EXPECT_EQ(fetch(port, get_request("/css/site.css")).message[http::field::content_type], "text/css; charset=utf-8");
  EXPECT_EQ(fetch(port, get_request("/app.js")).message[http::field::content_type], "text/javascript; charset=utf-8");
}

TEST_F(running_server, etag_gives_304) {
  const auto first = fetch(port, get_request("/app.js"));
  const std::string etag(first.message[http::field::etag]);
  ASSERT_FALSE(etag.empty());
  EXPECT_EQ(first.message[http::field::cache_control], "no-cache");
  const auto again = fetch(port, get_request("/app.js", "If-None-Match: " + etag + "\r\n"));
  EXPECT_EQ(again.status(), 304u);
  EXPECT_TRUE(again.message.body().empty());
  EXPECT_EQ(fetch(port, get_request("/app.js", "If-None-Match: \"other\"\r\n")).status(), 200u);
}

TEST_F(running_server, no_request_escapes_the_web_folder) {
  for (const char* target : {"/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
                             "/css/..%2f..%2fsecret.txt", "/escape.txt", "/.hidden", "/%2fetc%2fpasswd", "//etc/passwd",
                             "/css/%00.css", "/..%5csecret.txt", "/node_modules/x.js", "/css/../../secret.txt"}) {
    const auto answer = fetch(port, get_request(target));
    EXPECT_TRUE(answer.status() == 404u || answer.status() == 400u) << target << " gave " << answer.status();
    EXPECT_EQ(answer.message.body().find("outside the web root"), std::string::npos) << target;
  }
}

TEST_F(running_server, head_has_length_but_no_body) {
  const auto get = fetch(port, get_request("/api/stats"));
  wire_connection connection(port);
  const auto head = connection.exchange("HEAD /api/stats HTTP/1.1\r\nHost: x\r\n\r\n", true);
  EXPECT_EQ(head.status(), 200u);
  EXPECT_EQ(head.message[http::field::content_length], std::to_string(get.message.body().size()));
  // The connection is still in step: the next answer is the next request's.
  EXPECT_EQ(connection.exchange(get_request("/api/nodes/huawei")).status(), 200u);
}

TEST_F(running_server, protocol_errors_get_their_status) {
  EXPECT_EQ(fetch(port, "GET /api/stats HTTP/1.1\r\n\r\n").status(), 400u);  // no Host
  EXPECT_EQ(fetch(port, "GET /api/stats HTTP/1.0\r\n\r\n").status(), 200u);  // HTTP/1.0 needs none
  EXPECT_EQ(fetch(port, "BLAH\r\n\r\n").status(), 400u);
  EXPECT_EQ(fetch(port, "GET /api/stats HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n").status(), 400u);
  EXPECT_EQ(fetch(port, "POST /api/import HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n").status(), 501u);
  EXPECT_EQ(fetch(port, get_request("/" + std::string(3000, 'a'))).status(), 414u);
  EXPECT_EQ(fetch(port, get_request("/api/stats", "X-Big: " + std::string(5000, 'b') + "\r\n")).status(), 431u);
  EXPECT_EQ(fetch(port, get_request("/api/stats", "X-Huge: " + std::string(9000, 'b') + "\r\n")).status(), 431u);
  const auto big = fetch(port, "POST /api/stats HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n");
  EXPECT_EQ(big.status(), 413u);
  EXPECT_EQ(big.message[http::field::content_type], "application/problem+json");
  const auto huge_upload = fetch(port, "POST /api/import HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n");
  EXPECT_EQ(huge_upload.status(), 413u);
  const auto chunked = fetch(port,
                             "POST /api/stats HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                             "800\r\n" +
                                 std::string(0x800, 'c') + "\r\n0\r\n\r\n");
  EXPECT_EQ(chunked.status(), 413u);
  const auto wrong = fetch(port, "DELETE /api/stats HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_EQ(wrong.status(), 405u);
  EXPECT_EQ(wrong.message[http::field::allow], "GET, HEAD");
  // After all of that the server still answers.
  EXPECT_EQ(fetch(port, get_request("/api/stats")).status(), 200u);
}

// The slow client is cut off at the 500 ms header timeout. The bound is 10 s, not a few times 500 ms, so
// that a loaded 2-core machine cannot fail it; it still tells the header timeout from no timeout at all,
// since the slow connection waits 30 s for the server to close it.
TEST_F(running_server, slow_client_is_cut_off_and_others_are_served) {
  wire_connection slow(port, 30s);
  net::write(slow.stream().socket(), net::buffer(std::string("GET /api/stats HTTP/1.1\r\nHo")));
  const auto begun = std::chrono::steady_clock::now();
  EXPECT_EQ(fetch(port, get_request("/api/stats")).status(), 200u);  // not held up by the slow one
  EXPECT_TRUE(slow.closed_by_server());
  EXPECT_LT(std::chrono::steady_clock::now() - begun, 10s);

  wire_connection idle(port, 5s);  // an idle keep-alive connection is closed after the idle timeout
  EXPECT_EQ(idle.exchange(get_request("/api/stats")).status(), 200u);
  EXPECT_TRUE(idle.closed_by_server());
}

TEST_F(running_server, import_needs_the_token) {
  const std::string nodes = "id,kind,name\na,enterprise,A\n";
  const std::string edges = "source,target,type\n";
  const auto none = fetch(port, "POST /api/import HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
  EXPECT_EQ(none.status(), 401u);
  EXPECT_EQ(none.message[http::field::www_authenticate], "Bearer realm=\"chainex\"");
  EXPECT_EQ(fetch(port, upload(nodes, edges, "wrong")).status(), 401u);
  EXPECT_EQ(fetch(port, upload(nodes, edges, std::string(token) + "x")).status(), 401u);
  EXPECT_EQ(body_of(fetch(port, get_request("/api/stats")))["nodes"], 10);  // nothing changed
}

TEST_F(running_server, bad_csv_is_422_with_position_and_keeps_the_old_graph) {
  const auto before = body_of(fetch(port, get_request("/api/stats")));
  const auto answer = fetch(port, upload("id,kind,name\na,enterprise,A\na,enterprise,Again\n", "source,target,type\n"));
  ASSERT_EQ(answer.status(), 422u) << answer.message.body();
  const json problem = body_of(answer);
  ASSERT_FALSE(problem["errors"].empty());
  EXPECT_EQ(problem["errors"][0]["file"], "nodes.csv");
  EXPECT_EQ(problem["errors"][0]["line"], 3);
  EXPECT_GT(problem["errors"][0]["column"].get<int>(), 0);
  EXPECT_EQ(body_of(fetch(port, get_request("/api/stats")))["version"], before["version"]);
  EXPECT_FALSE(data_store(data_dir).last_good());
}

TEST_F(running_server, good_import_is_stored_and_swapped_in) {
  const std::string nodes = "id,kind,name\nx,enterprise,X Corp\ny,market,Y Land\n";
  const std::string edges = "source,target,type,citation\nx,y,located_in,a report\n";
  const auto answer = fetch(port, upload(nodes, edges));
  ASSERT_EQ(answer.status(), 200u) << answer.message.body();
  EXPECT_EQ(body_of(answer)["nodes"], 2);
  EXPECT_TRUE(body_of(answer)["stored"].get<bool>());
  const auto stats = body_of(fetch(port, get_request("/api/stats")));
  EXPECT_EQ(stats["nodes"], 2);
  EXPECT_EQ(stats["version"], body_of(answer)["version"]);
  EXPECT_EQ(body_of(fetch(port, get_request("/api/search?q=x%20corp")))["results"][0]["id"], "x");
  const auto folder = data_store(data_dir).last_good();
  ASSERT_TRUE(folder);
  EXPECT_EQ(read_file(*folder / "nodes.csv"), nodes);
  EXPECT_EQ(read_file(*folder / "edges.csv"), edges);
}

TEST_F(running_server, a_graphml_file_imports_and_is_stored_as_chainex_csv) {
  const std::string graphml =
      R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="k" for="node" attr.name="kind" attr.type="string"/>
  <key id="t" for="edge" attr.name="type" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="x"><data key="k">enterprise</data></node>
    <node id="y"><data key="k">market</data></node>
    <edge source="x" target="y"><data key="t">located_in</data></edge>
  </graph>
</graphml>
)";
  const auto answer = fetch(port, import_request({{"graph", "chain.graphml", graphml}}));
  ASSERT_EQ(answer.status(), 200u) << answer.message.body();
  EXPECT_EQ(body_of(answer)["convention"], "graphml");
  EXPECT_EQ(body_of(fetch(port, get_request("/api/stats")))["edges"], 1);
  const auto folder = data_store(data_dir).last_good();
  ASSERT_TRUE(folder);
  const import_result stored = import_csv(csv_source::from_folder(*folder));  // the stored CSV imports back
  ASSERT_TRUE(stored.report.ok);
  EXPECT_EQ(stored.graph->node_count(), 2u);
  EXPECT_EQ(stored.graph->type_name(0), "located_in");
}

TEST_F(running_server, a_cytoscape_json_file_imports_and_a_bad_one_is_422_at_its_position) {
  const std::string cyjs = R"({"elements": {"nodes": [{"data": {"id": "x", "kind": "enterprise"}},
  {"data": {"id": "y", "kind": "market"}}], "edges": [{"data": {"source": "x", "target": "y", "type": "located_in"}}]}}
)";
  const auto answer = fetch(port, import_request({{"graph", "chain.cyjs", cyjs}}));
  ASSERT_EQ(answer.status(), 200u) << answer.message.body();
  EXPECT_EQ(body_of(answer)["convention"], "cytoscape");
  EXPECT_EQ(body_of(fetch(port, get_request("/api/stats")))["edges"], 1);
  const auto bad = fetch(port, import_request({{"graph", "bad.cyjs", "{\"elements\": [\n  {\"data\": {\"id\": }}]}"}}));
  ASSERT_EQ(bad.status(), 422u) << bad.message.body();
  const json problem = body_of(bad);
  EXPECT_EQ(problem["errors"][0]["file"], "bad.cyjs");
  EXPECT_EQ(problem["errors"][0]["line"], 2);
  EXPECT_EQ(problem["errors"][0]["column"], 19);
}

TEST_F(running_server, a_dry_run_answers_the_report_and_changes_nothing) {
  const auto before = body_of(fetch(port, get_request("/api/stats")));
  const auto answer = fetch(port, import_request({{"nodes", "n.csv", "id,kind,name\nx,enterprise,X\n"},
                                                  {"edges", "e.csv", "source,target,type\nx,x,owns\n"}},
                                                 "?dry_run=true"));
  ASSERT_EQ(answer.status(), 200u) << answer.message.body();
  EXPECT_EQ(body_of(answer)["nodes"], 1);
  EXPECT_FALSE(body_of(answer)["applied"].get<bool>());
  EXPECT_FALSE(body_of(answer)["stored"].get<bool>());
  EXPECT_EQ(body_of(answer)["warning_count"], 1);  // the self-loop
  const auto after = body_of(fetch(port, get_request("/api/stats")));
  EXPECT_EQ(after["version"], before["version"]);
  EXPECT_EQ(after["nodes"], before["nodes"]);
  EXPECT_FALSE(data_store(data_dir).last_good());
}

TEST_F(running_server, several_node_and_edge_files_import_as_one_graph) {
  const auto answer = fetch(port, import_request({{"nodes", "firms.csv", "id,kind,name\nx,enterprise,X\n"},
                                                  {"nodes", "places.csv", "id,kind,name\nhu,market,Hungary\n"},
                                                  {"edges", "sites.csv", "source,target,type\nx,hu,located_in\n"},
                                                  {"edges", "more.csv", "source,target,type\nhu,x,partners_with\n"}}));
  ASSERT_EQ(answer.status(), 200u) << answer.message.body();
  EXPECT_TRUE(body_of(answer)["applied"].get<bool>());
  const auto stats = body_of(fetch(port, get_request("/api/stats")));
  EXPECT_EQ(stats["nodes"], 2);
  EXPECT_EQ(stats["edges"], 2);
  const auto folder = data_store(data_dir).last_good();  // stored as one nodes.csv and one edges.csv
  ASSERT_TRUE(folder);
  const import_result stored = import_csv(csv_source::from_folder(*folder));
  ASSERT_TRUE(stored.report.ok);
  EXPECT_EQ(stored.graph->edge_count(), 2u);
}

TEST_F(running_server, a_bad_file_among_several_is_named_in_the_error) {
  const auto answer = fetch(port, import_request({{"nodes", "firms.csv", "id,kind,name\nx,enterprise,X\n"},
                                                  {"nodes", "places.csv", "id,kind,name\nx,market,Again\n"},
                                                  {"edges", "sites.csv", "source,target,type\n"}}));
  ASSERT_EQ(answer.status(), 422u) << answer.message.body();
  const auto error = body_of(answer)["errors"][0];
  EXPECT_EQ(error["file"], "places.csv");
  EXPECT_EQ(error["line"], 2);
}

const std::filesystem::path gleif_fixtures = std::filesystem::path(CHAINEX_SOURCE_DIR) / "tests/fixtures/gleif";
const std::filesystem::path icij_fixtures = std::filesystem::path(CHAINEX_SOURCE_DIR) / "tests/fixtures/import/icij";

// The "type target citation" of each edge leaving `id`, in the served graph.
std::vector<std::string> out_edges(std::uint16_t port, const std::string& id) {
  std::vector<std::string> edges;
  const json answer = body_of(fetch(port, get_request("/api/nodes/" + id)));
  for (const json& edge : answer["edges"]["out"])
    edges.push_back(edge["type"].get<std::string>() + " " + edge["target"].get<std::string>() + " " +
                    edge["properties"].value("citation", ""));
  std::sort(edges.begin(), edges.end());
  return edges;
}

TEST_F(running_server, gleif_csv_files_import_with_their_citations) {
  const auto answer = fetch(port, import_request({{"nodes", "lei2.csv", read_file(gleif_fixtures / "lei2.csv")},
                                                  {"edges", "rr.csv", read_file(gleif_fixtures / "rr.csv")},
                                                  {"edges", "repex.csv", read_file(gleif_fixtures / "repex.csv")}}));
  ASSERT_EQ(answer.status(), 200u) << answer.message.body();
  EXPECT_EQ(body_of(answer)["convention"], "gleif");
  // 5 entities and the markets CN, HU, VN, DE; 5 located_in and 4 owns (tests/fixtures/gleif/README.md).
  EXPECT_EQ(body_of(answer)["nodes"], 9);
  EXPECT_EQ(body_of(answer)["edges"], 9);
  const json child = body_of(fetch(port, get_request("/api/nodes/lei%3A5299000000000000HU01")))["node"];
  EXPECT_EQ(child["kind"], "subsidiary");
  EXPECT_EQ(child["name"], "Huaxin Hungary Kft.");
  EXPECT_EQ(out_edges(port, "lei%3A5299000000000000CN01"),
            (std::vector<std::string>{"located_in mkt:CN GLEIF — LEI record 5299000000000000CN01",
                                      "owns lei:5299000000000000HU01 GLEIF — LEI record 5299000000000000HU01",
                                      "owns lei:5299000000000000HU02 GLEIF — LEI record 5299000000000000HU02",
                                      "owns lei:5299000000000000VN01 GLEIF — LEI record 5299000000000000VN01",
                                      // directly and ultimately consolidated
                                      "owns lei:5299000000000000VN01 GLEIF — LEI record 5299000000000000VN01"}));
}

TEST_F(running_server, a_gleif_zip_of_several_tables_imports_alone_and_is_stored) {
  const auto answer =
      fetch(port, import_request({{"nodes", "golden-copy.zip", read_file(gleif_fixtures / "golden-copy.zip")}}));
  ASSERT_EQ(answer.status(), 200u) << answer.message.body();
  EXPECT_EQ(body_of(answer)["convention"], "gleif");
  EXPECT_EQ(body_of(answer)["nodes"], 9);
  EXPECT_EQ(body_of(answer)["edges"], 9);
  EXPECT_TRUE(body_of(answer)["applied"].get<bool>());
  EXPECT_EQ(body_of(fetch(port, get_request("/api/stats")))["version"], body_of(answer)["version"]);
  EXPECT_EQ(out_edges(port, "lei%3A5299000000000000VN01"),
            (std::vector<std::string>{"located_in mkt:VN GLEIF — LEI record 5299000000000000VN01"}));
  const auto folder = data_store(data_dir).last_good();  // kept as chainex CSV, which imports back
  ASSERT_TRUE(folder);
  const import_result stored = import_csv(csv_source::from_folder(*folder));
  ASSERT_TRUE(stored.report.ok);
  EXPECT_EQ(stored.graph->node_count(), 9u);
  EXPECT_EQ(stored.graph->edge_count(), 9u);
}

TEST_F(running_server, a_corrupt_or_foreign_zip_is_422_naming_it_and_keeps_the_old_graph) {
  const auto before = body_of(fetch(port, get_request("/api/stats")));
  const std::string zip = read_file(gleif_fixtures / "golden-copy.zip");
  const auto cut = fetch(port, import_request({{"nodes", "cut.zip", zip.substr(0, zip.size() / 2)}}));
  ASSERT_EQ(cut.status(), 422u) << cut.message.body();
  EXPECT_EQ(cut.message[http::field::content_type], "application/problem+json");
  EXPECT_EQ(body_of(cut)["errors"][0]["file"], "cut.zip");
  EXPECT_TRUE(body_of(cut)["errors"][0]["message"].get<std::string>().starts_with("cannot open the zip archive"));
  const auto foreign =
      fetch(port, import_request({{"nodes", "not-gleif.zip", read_file(gleif_fixtures / "not-gleif.zip")}}));
  ASSERT_EQ(foreign.status(), 422u) << foreign.message.body();
  EXPECT_EQ(body_of(foreign)["errors"][0]["file"], "not-gleif.zip:native_nodes.csv");
  EXPECT_EQ(body_of(foreign)["errors"][0]["line"], 1);
  const auto short_row =
      fetch(port, import_request({{"nodes", "short-row.zip", read_file(gleif_fixtures / "short-row.zip")}}));
  ASSERT_EQ(short_row.status(), 422u) << short_row.message.body();
  EXPECT_EQ(body_of(short_row)["errors"][0]["file"], "short-row.zip:lei2-short-row.csv");
  EXPECT_EQ(body_of(short_row)["errors"][0]["line"], 3);
  EXPECT_EQ(body_of(fetch(port, get_request("/api/stats")))["version"], before["version"]);
  EXPECT_FALSE(data_store(data_dir).last_good());
}

TEST_F(running_server, icij_csv_files_import_with_their_citations_markets_and_dates) {
  std::vector<part> parts;
  for (const char* file : {"nodes-entities.csv", "nodes-officers.csv", "nodes-intermediaries.csv",
                           "nodes-addresses.csv", "nodes-others.csv"})
    parts.push_back({"nodes", file, read_file(icij_fixtures / file)});
  parts.push_back({"edges", "relationships.csv", read_file(icij_fixtures / "relationships.csv")});
  const auto answer = fetch(port, import_request(parts));
  ASSERT_EQ(answer.status(), 200u) << answer.message.body();
  EXPECT_EQ(body_of(answer)["convention"], "icij");
  // 6 ICIJ nodes and the markets HKG, CHE, PAN, BVI, PMA (tests/fixtures/import/icij).
  EXPECT_EQ(body_of(answer)["nodes"], 11);
  const json entity = body_of(fetch(port, get_request("/api/nodes/10000001")))["node"];
  EXPECT_EQ(entity["properties"]["citation"], "Panama Papers");
  EXPECT_EQ(entity["properties"]["url"], "https://offshoreleaks.icij.org/nodes/10000001");
  EXPECT_EQ(out_edges(port, "10000001"),
            (std::vector<std::string>{"located_in mkt:BVI Panama Papers", "located_in mkt:HKG Panama Papers",
                                      "registered_address 14000001 Panama Papers"}));
  const json officer = body_of(fetch(port, get_request("/api/nodes/12000001")))["edges"]["out"];
  const auto officer_of =
      std::find_if(officer.begin(), officer.end(), [](const json& edge) { return edge["type"] == "officer_of"; });
  ASSERT_NE(officer_of, officer.end());
  EXPECT_EQ((*officer_of)["properties"]["since"], "2006-03-23");
  EXPECT_EQ((*officer_of)["properties"]["until"], "2013-02-18");
}

// Readers hammer /api/stats and /api/nodes while imports swap two different graphs in and out: every
// answer must describe one whole graph (nodes and edges of the same version), never a mix.
TEST_F(running_server, concurrent_reads_during_import_swaps_see_whole_graphs) {
  const std::string small_nodes = "id,kind,name\nx,enterprise,X\ny,market,Y\nz,role,Z\n";
  const std::string small_edges = "source,target,type\nx,y,located_in\n";
  const std::string big_nodes = read_file(testing::fixtures / "graph/nodes.csv");
  const std::string big_edges = read_file(testing::fixtures / "graph/edges.csv");
  std::atomic<bool> done{false};
  std::atomic<int> answers{0};
  std::atomic<int> bad{0};
  std::vector<std::thread> readers;
  for (int r = 0; r < 4; ++r)
    readers.emplace_back([&] {
      wire_connection connection(port);
      const auto deadline = std::chrono::steady_clock::now() + 10s;
      while (!done && std::chrono::steady_clock::now() < deadline) {
        const auto a = connection.exchange(get_request("/api/stats"));
        if (a.error || a.status() != 200) {
          ++bad;
          return;
        }
        const json s = json::parse(a.message.body());
        const bool whole = (s["nodes"] == 10 && s["edges"] == 7) || (s["nodes"] == 3 && s["edges"] == 1);
        if (!whole || a.message["X-Chainex-Version"] != std::to_string(s["version"].get<std::uint64_t>())) ++bad;
        ++answers;
      }
    });
  for (int i = 0; i < 6; ++i) {
    const bool small = i % 2 == 0;
    const auto a = fetch(port, upload(small ? small_nodes : big_nodes, small ? small_edges : big_edges));
    EXPECT_EQ(a.status(), 200u) << a.message.body();
  }
  done = true;
  for (auto& t : readers) t.join();
  EXPECT_EQ(bad, 0);
  EXPECT_GT(answers, 0);
}

// A server of its own whose idle timeout and drain are a minute: a stop held up by the idle connection
// would take that long. The bound is 10 s rather than the milliseconds a stop takes, so that a loaded
// 2-core machine cannot fail it.
TEST_F(running_server, stop_finishes_and_refuses_new_connections) {
  server_options patient = testing::small_limits(500ms, 60s);
  patient.drain = 60s;
  http_server own(patient, app.app, log);
  own.start();
  wire_connection idle(own.port(), 30s);
  EXPECT_EQ(idle.exchange(get_request("/api/stats")).status(), 200u);
  const auto begun = std::chrono::steady_clock::now();
  own.stop();
  EXPECT_LT(std::chrono::steady_clock::now() - begun, 10s);  // the idle connection did not hold it up
  EXPECT_TRUE(idle.closed_by_server());
  EXPECT_TRUE(fetch(own.port(), get_request("/api/stats")).error);
}

}  // namespace
}  // namespace chainex::server
