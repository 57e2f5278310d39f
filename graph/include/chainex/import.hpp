// import.hpp — turns CSV files (or one GraphML or GEXF file) into a snapshot, with a report of everything
// wrong with them.
//
// Three conventions are read, detected from the header row unless given:
//   native  nodes `id,kind,name,…`            edges `source,target,type,…`          (datasets/README.md)
//   gephi   nodes `Id,Label,…`                edges `Source,Target,Type,Kind|Label,Weight,…` (Data Laboratory)
//   neo4j   nodes `:ID,:LABEL,name:string,…`  edges `:START_ID,:END_ID,:TYPE,weight:float,…` (neo4j-admin)
//           an ID space (`:ID(Company)`) makes the chainex id `Company:<id>`; `tags:string[]` arrays are kept.
//   gleif   GLEIF golden copy: LEI-CDF `LEI,Entity.LegalName,…`, RR-CDF `Relationship.StartNode.NodeID,…` and
//           reporting exceptions `LEI,Exception.Category,…`, as CSV or the published .zip, given as nodes or
//           edges files (graph/src/gleif/gleif_loader.hpp; read after the other nodes files).
//   icij    ICIJ Offshore Leaks: nodes-entities|officers|intermediaries|addresses|others.csv `node_id,…,sourceID`
//           and relationships.csv `node_id_start,node_id_end,rel_type,…` (graph/src/icij; every error fatal).
// Strict by default: any error fails the whole import and no snapshot is returned. With skip_bad, bad
// rows are left out (up to max_bad of them) and listed in the report with their reason. Warnings
// (self-loops, parallel edges, unknown kinds, negative weights) are counted and never fatal.
//
//   import_result result = import_csv(csv_source::from_folder("datasets/east-forward-2025"), {});
//   if (!result.report.ok) print(result.report.errors);
#pragma once

#include <array>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "chainex/diagnostic.hpp"
#include "chainex/name_table.hpp"
#include "chainex/snapshot.hpp"

namespace chainex {

// The conventions of CSV headers, and (graphml, gexf, cytoscape) the graph file a report is about.
enum class csv_convention { automatic, native, gephi, neo4j, gleif, graphml, gexf, cytoscape, icij };
inline constexpr std::array csv_convention_names{
    named{csv_convention::automatic, "auto"}, named{csv_convention::native, "chainex"},
    named{csv_convention::gephi, "gephi"},    named{csv_convention::neo4j, "neo4j"},
    named{csv_convention::gleif, "gleif"},    named{csv_convention::graphml, "graphml"},
    named{csv_convention::gexf, "gexf"},      named{csv_convention::cytoscape, "cytoscape"},
    named{csv_convention::icij, "icij"}};
[[nodiscard]] constexpr std::string_view to_string(csv_convention convention) noexcept {
  return name_in(csv_convention_names, convention);
}
// A convention by its name; "native" is the older name of "chainex".
[[nodiscard]] constexpr std::optional<csv_convention> parse_convention(std::string_view name) noexcept {
  return name == "native" ? csv_convention::native : value_in(csv_convention_names, name);
}

// One CSV input: a file on disk (mapped when read) or text already in memory (an HTTP upload), which is either
// the input's own (`memory`) or the caller's, kept alive by it until the import returns (`view`). Either may be a
// .zip (GLEIF's), whose CSV files the import reads one by one as inputs named `<zip>:<csv>` (`member`).
struct csv_input {
  std::string name;            // how diagnostics name it
  std::filesystem::path path;  // read from here when `in_memory` is false
  std::string text;            // the text, when the input owns it
  std::string_view borrowed;   // the text, when the caller owns it
  bool in_memory = false;
  std::string member;  // in a zip archive: the CSV file to read ("": its first)

  [[nodiscard]] std::string_view content() const noexcept { return text.empty() ? borrowed : std::string_view(text); }

  static csv_input file(std::filesystem::path path);
  static csv_input memory(std::string name, std::string text);
  static csv_input view(std::string name, std::string_view text);
};

struct csv_source {
  std::vector<csv_input> node_files;
  std::vector<csv_input> edge_files;

  // `folder/nodes.csv` and `folder/edges.csv`.
  static csv_source from_folder(const std::filesystem::path& folder);
};

struct import_progress {
  std::string file;
  std::size_t bytes_done = 0;
  std::size_t bytes_total = 0;  // over all files
};

// import_options::two_threads_from's default for this machine.
[[nodiscard]] std::size_t default_two_threads_from() noexcept;

struct import_options {
  csv_convention convention = csv_convention::automatic;
  char delimiter = '\0';  // '\0': detect per file
  bool skip_bad = false;
  std::size_t max_bad = 1000;      // with skip_bad: more bad rows than this fail the import
  std::size_t max_reported = 100;  // errors and warnings listed in full; the rest are only counted
  // Edges files of this many bytes or more are read by two threads. The default is 32 MiB, or never on a
  // one-CPU machine, where the second thread would only take turns with the first; any value set here is
  // obeyed whatever the CPU count (the tests set 0 to always read in two halves).
  std::size_t two_threads_from = default_two_threads_from();
  std::function<void(const import_progress&)> on_progress;  // called every few MB
};

// A row left out under skip_bad.
struct rejected_row {
  diagnostic reason;
  std::string text;  // the row as it stood in the file
};

struct import_report {
  bool ok = false;
  csv_convention convention = csv_convention::automatic;
  std::size_t nodes = 0;
  std::size_t edges = 0;
  std::vector<diagnostic> errors;
  std::vector<diagnostic> warnings;
  std::size_t error_count = 0;  // may exceed errors.size() (max_reported)
  std::size_t warning_count = 0;
  std::size_t skipped = 0;  // rows left out under skip_bad
  std::vector<rejected_row> rejected;
  std::size_t bytes = 0;  // CSV bytes read
};

struct import_result {
  import_report report;
  std::shared_ptr<const snapshot> graph;  // null unless report.ok
};

// Never throws for bad data: every problem is in the report. Throws std::bad_alloc and the like.
[[nodiscard]] import_result import_csv(const csv_source& source, const import_options& options = {});

// Graph files: one GraphML or GEXF document holding nodes and edges (as networkx, Gephi, yEd and chainex's
// own export write them), told apart by the root element, whatever the file is called. The mapping to
// kinds, names, relations and weights is in README.md ("Import conventions"). Errors carry the file, line
// and column; every error is fatal (skip_bad, delimiter and convention do not apply). Cytoscape.js JSON
// (`cytoscape`) is read by core/ (chainex/core/graph_document.hpp), which tells all three apart.
enum class graph_file_format { none, graphml, gexf, cytoscape };
[[nodiscard]] std::optional<graph_file_format> detect_graph_file(const csv_input& input);
[[nodiscard]] import_result import_graph_file(const csv_input& input, const import_options& options = {});

}  // namespace chainex
