// The bad-input corpus for CSV (tests/fixtures/bad/csv): every input there holds one defect and a sidecar
// <input>.expect says exactly what the real importer must answer. A `X.nodes.csv` input is imported
// with good.edges.csv, a `X.edges.csv` input with good.nodes.csv, unless the sidecar names the partner:
//   # what is wrong (comment lines start with '#')
//   nodes: gephi.good.nodes.csv       (or edges: …) the other file of the pair
//   error: X.nodes.csv:3:9: invalid UTF-8 byte 0xfc      every error, in order, as the user reads it
//   warning: …                                              every warning, in order
//   ok                                                      when the import succeeds (then no error: lines)
// Every input must have its sidecar. The one defect too big for a fixture (a field over the 16 MiB
// limit) is generated below.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "chainex/import.hpp"

namespace chainex {
namespace {

namespace fs = std::filesystem;

const fs::path corpus = fs::path(CHAINEX_FIXTURES) / "bad" / "csv";

struct expectation {
  std::string nodes;
  std::string edges;
  bool ok = false;
  std::vector<std::string> errors;
  std::vector<std::string> warnings;
};

expectation read_expectation(const std::string& input) {
  expectation expected;
  const bool is_nodes = input.ends_with(".nodes.csv");
  (is_nodes ? expected.nodes : expected.edges) = input;
  (is_nodes ? expected.edges : expected.nodes) = is_nodes ? "good.edges.csv" : "good.nodes.csv";
  std::ifstream in(corpus / (input + ".expect"));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line.starts_with('#')) continue;
    if (line == "ok") {
      expected.ok = true;
    } else if (line.starts_with("error: ")) {
      expected.errors.push_back(line.substr(7));
    } else if (line.starts_with("warning: ")) {
      expected.warnings.push_back(line.substr(9));
    } else if (line.starts_with("nodes: ")) {
      expected.nodes = line.substr(7);
    } else if (line.starts_with("edges: ")) {
      expected.edges = line.substr(7);
    } else {
      ADD_FAILURE() << input << ".expect: cannot read the line '" << line << "'";
    }
  }
  return expected;
}

// Diagnostics name files by their path; the corpus folder is left out so that the sidecars stay short.
std::vector<std::string> shown(const std::vector<diagnostic>& list) {
  const std::string folder = corpus.string() + "/";
  std::vector<std::string> lines;
  for (const diagnostic& d : list) {
    std::string line = d.to_string();
    for (auto at = line.find(folder); at != std::string::npos; at = line.find(folder)) line.erase(at, folder.size());
    lines.push_back(std::move(line));
  }
  return lines;
}

// A test name from an input's file name: letters and digits kept, anything else '_'.
std::string test_name(const ::testing::TestParamInfo<std::string>& input) {
  std::string name = input.param.substr(0, input.param.size() - 4);
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

std::vector<std::string> corpus_inputs() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(corpus)) {
    const std::string name = entry.path().filename().string();
    if (name.ends_with(".csv") && !name.ends_with(".good.nodes.csv") && !name.ends_with(".good.edges.csv") &&
        !name.starts_with("good."))
      names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

class bad_csv : public ::testing::TestWithParam<std::string> {};

TEST_P(bad_csv, gives_exactly_the_expected_report) {
  const std::string input = GetParam();
  ASSERT_TRUE(fs::exists(corpus / (input + ".expect"))) << "every corpus input needs its .expect sidecar";
  const expectation expected = read_expectation(input);
  csv_source source;
  source.node_files.push_back(csv_input::file(corpus / expected.nodes));
  source.edge_files.push_back(csv_input::file(corpus / expected.edges));
  const import_result result = import_csv(source);
  EXPECT_EQ(result.report.ok, expected.ok);
  EXPECT_EQ(result.graph != nullptr, expected.ok);
  EXPECT_EQ(shown(result.report.errors), expected.errors);
  EXPECT_EQ(shown(result.report.warnings), expected.warnings);
}

INSTANTIATE_TEST_SUITE_P(corpus, bad_csv, ::testing::ValuesIn(corpus_inputs()), test_name);

TEST(bad_csv_generated, field_over_the_16_mib_limit_is_an_error_not_an_allocation) {
  const std::string nodes = "id,kind,name\nent:x,enterprise,\"" + std::string((16u << 20) + 1, 'N') + "\"\n";
  csv_source source;
  source.node_files.push_back(csv_input::memory("nodes.csv", nodes));
  source.edge_files.push_back(csv_input::memory("edges.csv", "source,target,type\n"));
  const import_result result = import_csv(source);
  ASSERT_FALSE(result.report.ok);
  EXPECT_EQ(shown(result.report.errors), std::vector<std::string>{"nodes.csv:2:18: field longer than 16777216 bytes"});
}

}  // namespace
}  // namespace chainex
