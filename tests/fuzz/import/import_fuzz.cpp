// libFuzzer harness for the importer (graph/src/import.cpp, import_plan.cpp, snapshot_builder.cpp).
//
// Input layout: one control byte, then the nodes file, a NUL byte, then the edges file (no NUL: one
// file only, the edges file is empty). Bits of the control byte:
//   0-1  convention: automatic (detected from the headers) | native | gephi | neo4j
//   2    prepend that convention's usual header rows, so the fuzzer spends its time on rows
//   3    skip_bad;  4  max_bad = 2;  5  max_reported = 1
// The import must never throw for bad data, and its report must agree with itself and with the graph.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "chainex/import.hpp"
#include "fuzz_check.hpp"

namespace {

struct headers {
  std::string_view nodes;
  std::string_view edges;
};

constexpr headers usual_headers[] = {
    {"id,kind,name,country,founded\n", "source,target,type,weight,directed,since,citation\n"},  // automatic: native
    {"id,kind,name,country,founded\n", "source,target,type,weight,directed,since,citation\n"},
    {"Id,Label,Kind,sector\n", "Source,Target,Type,Id,Label,Weight\n"},
    {"id:ID,:LABEL,name,founded:int,listed:boolean\n", ":START_ID,:END_ID,:TYPE,weight:float,since:int\n"},
};

constexpr chainex::csv_convention conventions[] = {chainex::csv_convention::automatic, chainex::csv_convention::native,
                                                   chainex::csv_convention::gephi, chainex::csv_convention::neo4j};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t control = data[0];
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::size_t split = rest.find('\0');
  std::string nodes(rest.substr(0, split));
  std::string edges(split == std::string_view::npos ? std::string_view() : rest.substr(split + 1));
  if ((control & 4u) != 0) {
    nodes.insert(0, usual_headers[control & 3u].nodes);
    edges.insert(0, usual_headers[control & 3u].edges);
  }

  chainex::import_options options;
  options.convention = conventions[control & 3u];
  options.skip_bad = (control & 8u) != 0;
  if ((control & 16u) != 0) options.max_bad = 2;
  if ((control & 32u) != 0) options.max_reported = 1;
  chainex::csv_source source;
  source.node_files.push_back(chainex::csv_input::memory("nodes.csv", std::move(nodes)));
  source.edge_files.push_back(chainex::csv_input::memory("edges.csv", std::move(edges)));

  const chainex::import_result result = chainex::import_csv(source, options);
  const chainex::import_report& report = result.report;
  fuzz_check(report.ok == (report.error_count == 0), "ok disagrees with the error count");
  fuzz_check(report.ok == (result.graph != nullptr), "a graph without ok, or ok without a graph");
  fuzz_check(report.errors.size() <= options.max_reported && report.errors.size() <= report.error_count,
             "more errors listed than counted or allowed");
  fuzz_check(report.warnings.size() <= options.max_reported && report.warnings.size() <= report.warning_count,
             "more warnings listed than counted or allowed");
  fuzz_check(options.skip_bad || report.skipped == 0, "rows skipped without skip_bad");
  fuzz_check(report.rejected.size() <= report.skipped, "more rows rejected than skipped");
  for (const chainex::diagnostic& error : report.errors)
    fuzz_check(error.line > 0 || error.column == 0, "a column without a line");
  if (result.graph) {
    fuzz_check(result.graph->node_count() == report.nodes, "node count differs from the report");
    fuzz_check(result.graph->edge_count() == report.edges, "edge count differs from the report");
    for (chainex::node_index node = 0; node < result.graph->node_count(); ++node)
      fuzz_check(result.graph->find(result.graph->id(node)) == node, "a node's id does not lead back to it");
  }
  return 0;
}
