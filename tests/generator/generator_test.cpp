// The synthetic generator: determinism, exact counts, well-formed and consistent files, heavy tails.
#include <gtest/gtest.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chainex/generator/generator.hpp"
#include "chainex/import.hpp"
#include "chainex/query/position.hpp"

namespace gen = chainex::generator;

namespace {

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  for (std::size_t begin = 0;;) {
    const std::size_t end = text.find(separator, begin);
    parts.push_back(text.substr(begin, end - begin));
    if (end == std::string_view::npos) return parts;
    begin = end + 1;
  }
}

// The rows of a CSV file the generator wrote (it never quotes), header first.
std::vector<std::vector<std::string_view>> rows_of(std::string_view text) {
  if (!text.ends_with('\n')) {  // remove_suffix below needs it
    ADD_FAILURE() << "the file does not end with a line break";
    return {};
  }
  text.remove_suffix(1);
  std::vector<std::vector<std::string_view>> rows;
  for (const std::string_view line : split(text, '\n')) rows.push_back(split(line, ','));
  return rows;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

class temporary_folder {
 public:
  temporary_folder()
      : path_(std::filesystem::temp_directory_path() /
              ("chainex-generator-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name())) {
    std::filesystem::remove_all(path_);
  }
  ~temporary_folder() { std::filesystem::remove_all(path_); }
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

std::uint64_t fnv1a(std::string_view text, std::uint64_t hash = 0xcbf29ce484222325ULL) {
  for (const char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  return hash;
}

// Which kinds of node each edge type joins.
const std::map<std::string_view, std::pair<std::string_view, std::string_view>> joins{
    {"owns", {"enterprise", "subsidiary"}},     {"located_in", {"subsidiary", "market"}},
    {"performs", {"subsidiary", "role"}},       {"leads", {"person", "enterprise"}},
    {"supplies", {"enterprise", "enterprise"}}, {"partners_with", {"enterprise", "enterprise"}}};

// Checks everything a reader of the files relies on and returns each node's degree.
std::unordered_map<std::string_view, std::size_t> check_well_formed(const gen::dataset_text& text,
                                                                    const gen::options& wanted) {
  const auto nodes = rows_of(text.nodes);
  const auto edges = rows_of(text.edges);
  if (nodes.empty() || edges.empty()) return {};  // rows_of failed already; nothing below can be checked
  EXPECT_EQ(nodes.front(), (std::vector<std::string_view>{"id", "kind", "name", "country", "sector"}));
  EXPECT_EQ(edges.front(), (std::vector<std::string_view>{"source", "target", "type", "weight"}));
  EXPECT_EQ(nodes.size() - 1, wanted.nodes);
  EXPECT_EQ(edges.size() - 1, wanted.edges);
  EXPECT_EQ(text.counts.nodes, wanted.nodes);
  EXPECT_EQ(text.counts.edges, wanted.edges);

  std::unordered_map<std::string_view, std::string_view> kind_of;
  std::map<std::string_view, std::uint64_t> kinds;
  for (std::size_t i = 1; i < nodes.size(); ++i) {
    const auto& row = nodes[i];
    EXPECT_EQ(row.size(), 5u) << "nodes.csv line " << i + 1;
    if (row.size() != 5) continue;  // its fields below would be read past the row's end
    EXPECT_FALSE(row[0].empty() || row[2].empty()) << "nodes.csv line " << i + 1;
    EXPECT_TRUE(kind_of.emplace(row[0], row[1]).second) << "duplicate id " << row[0];
    ++kinds[row[1]];
  }
  for (std::size_t kind = 0; kind < gen::node_kind_count; ++kind) {
    const auto name = gen::to_string(static_cast<gen::node_kind>(kind));
    EXPECT_EQ(kinds[name], text.counts.nodes_by_kind[kind]) << name;
    EXPECT_GE(kinds[name], 1u) << name;
  }
  EXPECT_EQ(kinds.size(), gen::node_kind_count);

  std::unordered_map<std::string_view, std::size_t> degree;
  std::set<std::pair<std::string_view, std::string_view>> pairs;
  std::map<std::string_view, std::uint64_t> types;
  for (std::size_t i = 1; i < edges.size(); ++i) {
    const auto& row = edges[i];
    EXPECT_EQ(row.size(), 4u) << "edges.csv line " << i + 1;
    if (row.size() != 4) continue;
    const auto source = kind_of.find(row[0]);
    const auto target = kind_of.find(row[1]);
    EXPECT_TRUE(source != kind_of.end() && target != kind_of.end()) << "edges.csv line " << i + 1;
    if (source == kind_of.end() || target == kind_of.end()) continue;
    const auto join = joins.find(row[2]);
    EXPECT_TRUE(join != joins.end()) << "unknown type " << row[2];
    if (join != joins.end()) {
      EXPECT_EQ(source->second, join->second.first) << "edges.csv line " << i + 1;
      EXPECT_EQ(target->second, join->second.second) << "edges.csv line " << i + 1;
    }
    double weight = 0;
    const auto parsed = std::from_chars(row[3].data(), row[3].data() + row[3].size(), weight);
    EXPECT_TRUE(parsed.ec == std::errc{} && parsed.ptr == row[3].data() + row[3].size() && weight > 0)
        << "edges.csv line " << i + 1 << ": weight " << row[3];
    EXPECT_NE(row[0], row[1]) << "self-loop on edges.csv line " << i + 1;
    EXPECT_TRUE(pairs.emplace(row[0], row[1]).second) << "parallel edge on edges.csv line " << i + 1;
    ++types[row[2]];
    ++degree[row[0]];
    ++degree[row[1]];
  }
  for (std::size_t type = 0; type < gen::edge_type_count; ++type) {
    const auto name = gen::to_string(static_cast<gen::edge_type>(type));
    EXPECT_EQ(types[name], text.counts.edges_by_type[type]) << name;
  }
  return degree;
}

TEST(Generator, PresetsHaveTheSizesOfTheIssue) {
  EXPECT_EQ(gen::preset("S")->nodes, 10'000u);
  EXPECT_EQ(gen::preset("S")->edges, 50'000u);
  EXPECT_EQ(gen::preset("M")->nodes, 200'000u);
  EXPECT_EQ(gen::preset("M")->edges, 1'000'000u);
  EXPECT_EQ(gen::preset("L")->nodes, 2'000'000u);
  EXPECT_EQ(gen::preset("L", 9)->edges, 10'000'000u);
  EXPECT_EQ(gen::preset("L", 9)->seed, 9u);
  EXPECT_FALSE(gen::preset("XL"));
}

TEST(Generator, SameSeedGivesByteIdenticalFiles) {
  const temporary_folder first;
  const temporary_folder second;
  const gen::options small = *gen::preset("S", 5);
  const gen::summary written = gen::write_dataset(small, first.path() / "a");
  gen::write_dataset(small, first.path() / "b");
  const std::string nodes = read_file(first.path() / "a" / "nodes.csv");
  const std::string edges = read_file(first.path() / "a" / "edges.csv");
  EXPECT_EQ(nodes, read_file(first.path() / "b" / "nodes.csv"));
  EXPECT_EQ(edges, read_file(first.path() / "b" / "edges.csv"));
  EXPECT_EQ(written.node_bytes, nodes.size());
  EXPECT_EQ(written.edge_bytes, edges.size());
  EXPECT_FALSE(std::filesystem::exists(first.path() / "a" / "edges.csv.part"));

  const gen::dataset_text text = gen::generate_text(small);  // the in-memory form is the same text
  EXPECT_EQ(text.nodes, nodes);
  EXPECT_EQ(text.edges, edges);
}

TEST(Generator, DifferentSeedsGiveDifferentGraphs) {
  const gen::dataset_text one = gen::generate_text(*gen::preset("S", 1));
  const gen::dataset_text two = gen::generate_text(*gen::preset("S", 2));
  EXPECT_NE(one.nodes, two.nodes);
  EXPECT_NE(one.edges, two.edges);
  EXPECT_EQ(one.counts.nodes_by_kind, two.counts.nodes_by_kind);  // the kinds' shares depend on size only
}

// The output of a seed is fixed on every platform and standard library. If you change the generator on
// purpose, the hash changes: update it here and say so in the commit.
TEST(Generator, OutputOfASeedIsPinned) {
  const gen::dataset_text text = gen::generate_text({.nodes = 300, .edges = 1'200, .seed = 7});
  EXPECT_EQ(fnv1a(text.edges, fnv1a(text.nodes)), 0x82b581a98a88b4acULL);
}

TEST(Generator, FilesAreWellFormedAndCountsExact) {
  const std::vector<gen::options> cases{
      *gen::preset("S", 3),
      {.nodes = 1'234, .edges = 5'678, .seed = 1},
      {.nodes = 6, .edges = 0, .seed = 1},                    // the smallest graph, no edges
      {.nodes = 5'000, .edges = 1'000, .seed = 1},            // fewer edges than subsidiaries
      {.nodes = 2'000, .edges = 150'000, .seed = 1},          // dense: trade nearly saturated
      {.nodes = 20, .edges = gen::max_edges(20), .seed = 1},  // every edge the model allows
  };
  for (const gen::options& wanted : cases) {
    SCOPED_TRACE(std::to_string(wanted.nodes) + " nodes, " + std::to_string(wanted.edges) + " edges");
    check_well_formed(gen::generate_text(wanted), wanted);
  }
}

TEST(Generator, EnterpriseDegreesAreHeavyTailed) {
  const gen::options medium{.nodes = 50'000, .edges = 250'000, .seed = 11};
  const gen::dataset_text text = gen::generate_text(medium);
  const auto degree = check_well_formed(text, medium);
  std::vector<std::size_t> enterprise_degrees;
  for (const auto& [id, d] : degree) {
    if (id.starts_with("ent:")) enterprise_degrees.push_back(d);
  }
  std::sort(enterprise_degrees.begin(), enterprise_degrees.end());
  double mean = 0;
  for (const std::size_t d : enterprise_degrees) mean += static_cast<double>(d);
  mean /= static_cast<double>(enterprise_degrees.size());
  const auto median = static_cast<double>(enterprise_degrees[enterprise_degrees.size() / 2]);
  EXPECT_GT(static_cast<double>(enterprise_degrees.back()), 50 * mean);
  EXPECT_LT(median, mean);  // skewed right: most enterprises are small
}

// chainex's own importer reads the files as they are meant: every kind and type known, no warning, and
// every role one that chain-position queries grade.
TEST(Generator, FilesImportCleanlyIntoASnapshot) {
  const gen::dataset_text text = gen::generate_text(*gen::preset("S", 4));
  chainex::csv_source source;
  source.node_files.push_back(chainex::csv_input::memory("nodes.csv", text.nodes));
  source.edge_files.push_back(chainex::csv_input::memory("edges.csv", text.edges));
  const chainex::import_result result = chainex::import_csv(source);
  ASSERT_TRUE(result.report.ok) << (result.report.errors.empty() ? "" : result.report.errors[0].to_string());
  EXPECT_EQ(result.report.convention, chainex::csv_convention::native);
  EXPECT_EQ(result.report.warning_count, 0u)
      << (result.report.warnings.empty() ? "" : result.report.warnings[0].to_string());
  const chainex::snapshot& graph = *result.graph;
  EXPECT_EQ(graph.node_count(), 10'000u);
  EXPECT_EQ(graph.edge_count(), 50'000u);
  const auto hub = graph.find("ent:1");
  ASSERT_TRUE(hub);
  EXPECT_EQ(graph.kind_name(*hub), "enterprise");
  EXPECT_EQ(graph.node_property(*hub, "country"), "CN");
  for (std::size_t type = 0; type < gen::edge_type_count; ++type) {
    EXPECT_TRUE(graph.find_type(gen::to_string(static_cast<gen::edge_type>(type))));
  }
  std::size_t roles = 0;
  for (chainex::node_index node = 0; node < graph.node_count(); ++node) {
    if (graph.kind_name(node) != "role") continue;
    ++roles;
    const std::string_view id = graph.id(node);
    ASSERT_TRUE(id.starts_with("role:")) << id;
    EXPECT_NE(chainex::grade_of_role(id.substr(5)), chainex::localization_grade::none) << id;
  }
  EXPECT_EQ(roles, 13u);
}

TEST(Generator, RefusesWhatCannotBeBuilt) {
  EXPECT_THROW((void)gen::generate_text({.nodes = 5, .edges = 0, .seed = 1}), std::invalid_argument);
  EXPECT_THROW((void)gen::generate_text({.nodes = 20, .edges = gen::max_edges(20) + 1, .seed = 1}),
               std::invalid_argument);
  EXPECT_THROW((void)gen::max_edges(std::uint64_t{1} << 40), std::invalid_argument);
}

}  // namespace
