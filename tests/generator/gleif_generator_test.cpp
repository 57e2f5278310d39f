// The GLEIF-shaped generator: the published column counts, valid LEIs (ISO 17442 check digits, ISO 7064
// MOD 97-10), parents before children, determinism by seed, and files the GLEIF import reads whole.
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "chainex/csv_reader.hpp"
#include "chainex/generator/gleif.hpp"
#include "chainex/import.hpp"

namespace gen = chainex::generator;

namespace {

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::vector<std::string>> read_rows(const std::filesystem::path& path, const std::string& text) {
  chainex::csv_reader reader(path.string(), text);
  chainex::csv_record record;
  std::vector<std::vector<std::string>> rows;
  while (reader.next(record)) rows.emplace_back(record.fields.begin(), record.fields.end());
  return rows;
}

// ISO 7064 MOD 97-10 as ISO 17442 applies it: letters as 10..35, the whole number mod 97 is 1.
bool valid_lei(const std::string& lei) {
  if (lei.size() != 20) return false;
  std::uint32_t remainder = 0;
  for (const char c : lei) {
    const bool digit = c >= '0' && c <= '9';
    if (!digit && (c < 'A' || c > 'Z')) return false;
    const std::uint32_t value = digit ? static_cast<std::uint32_t>(c - '0') : static_cast<std::uint32_t>(c - 'A' + 10);
    remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97;
  }
  return remainder == 1;
}

class gleif_generator : public ::testing::Test {
 protected:
  std::filesystem::path folder(const std::string& name) {
    auto path = std::filesystem::temp_directory_path() / ("chainex-gleif-" + name + "-" + std::to_string(::getpid()));
    folders_.push_back(path);
    return path;
  }
  void TearDown() override {
    for (const auto& path : folders_) std::filesystem::remove_all(path);
  }

 private:
  std::vector<std::filesystem::path> folders_;
};

TEST_F(gleif_generator, writes_the_published_column_sets_with_valid_leis) {
  const auto out = folder("columns");
  const auto written = gen::write_gleif({.records = 2000, .seed = 3}, out);
  const auto entities = read_rows(out / "lei2.csv", read_text(out / "lei2.csv"));
  const auto relationships = read_rows(out / "rr.csv", read_text(out / "rr.csv"));
  const auto exceptions = read_rows(out / "repex.csv", read_text(out / "repex.csv"));
  ASSERT_EQ(entities.size(), 2001u);
  EXPECT_EQ(entities[0].size(), 338u);
  EXPECT_EQ(entities[0][0], "LEI");
  EXPECT_EQ(entities[0][1], "Entity.LegalName");
  EXPECT_EQ(relationships[0].size(), 54u);
  EXPECT_EQ(relationships[0][0], "Relationship.StartNode.NodeID");
  EXPECT_EQ(exceptions[0].size(), 20u);
  EXPECT_EQ(exceptions[0][1], "Exception.Category");
  EXPECT_EQ(relationships.size() - 1, written.relationships);
  EXPECT_EQ(exceptions.size() - 1, written.exceptions);
  std::set<std::string> leis;
  for (std::size_t i = 1; i < entities.size(); ++i) {
    EXPECT_EQ(entities[i].size(), 338u);
    EXPECT_TRUE(valid_lei(entities[i][0])) << entities[i][0];
    leis.insert(entities[i][0]);
  }
  EXPECT_EQ(leis.size(), 2000u);
  // About 15 % have a direct parent, 60 % of those an ultimate one too.
  EXPECT_GT(written.relationships, 2000u * 15 / 100);
  EXPECT_LT(written.relationships, 2000u * 15 / 100 * 2);
}

TEST_F(gleif_generator, the_same_seed_gives_the_same_files_and_another_seed_others) {
  const auto first = folder("first");
  const auto again = folder("again");
  const auto other = folder("other");
  gen::write_gleif({.records = 500, .seed = 7}, first);
  gen::write_gleif({.records = 500, .seed = 7}, again);
  gen::write_gleif({.records = 500, .seed = 8}, other);
  for (const char* file : {"lei2.csv", "rr.csv", "repex.csv"}) {
    EXPECT_EQ(read_text(first / file), read_text(again / file)) << file;
    EXPECT_NE(read_text(first / file), read_text(other / file)) << file;
  }
}

TEST_F(gleif_generator, the_gleif_import_reads_every_record) {
  const auto out = folder("import");
  const auto written = gen::write_gleif({.records = 3000, .seed = 1}, out);
  chainex::csv_source source;
  source.node_files = {chainex::csv_input::file(out / "lei2.csv")};
  source.edge_files = {chainex::csv_input::file(out / "rr.csv"), chainex::csv_input::file(out / "repex.csv")};
  const auto result = chainex::import_csv(source);
  ASSERT_TRUE(result.report.ok) << (result.report.errors.empty() ? "" : result.report.errors[0].to_string());
  const auto markets = result.graph->find_kind("market");
  ASSERT_TRUE(markets);
  std::size_t market_count = 0;
  for (chainex::node_index v = 0; v < result.graph->node_count(); ++v)
    market_count += result.graph->kind(v) == *markets;
  EXPECT_EQ(result.graph->node_count(), written.records + market_count);
  // A located_in per entity and an owns per relationship record.
  EXPECT_EQ(result.graph->edge_count(), written.records + written.relationships);
}

}  // namespace
