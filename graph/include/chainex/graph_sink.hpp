// graph_sink.hpp — what the one-file readers share (GraphML and GEXF in graph/src/xml, Cytoscape.js JSON in
// core/): the nodes and edges they read, checked and added to a snapshot_builder, and the import report.
//
// A reader hands over each node and edge as a pending_element once its end tag is read. Nodes are added
// at once, and so are edges whose ends are known; the others wait until the end of the file (a GraphML
// edge may name a node declared after it). The warnings are those of a CSV import: unknown kinds (once per kind),
// self-loops, negative weights, parallel edges. Every error is fatal (graph files have no --skip-bad).
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chainex/import.hpp"

namespace chainex {

// A node or an edge as a reader found it.
struct pending_element {
  std::string file;                  // the file it is in; empty: the sink's
  std::size_t line = 0, column = 0;  // of its start tag
  std::string id;                    // nodes
  std::string source, target;
  std::string kind;    // a node's kind or an edge's relation; empty: the default (import_defaults.hpp)
  std::string name;    // a node's name; empty: its id
  std::string weight;  // an edge's weight, already checked; empty: 1
  bool directed = true;
  std::vector<std::pair<std::size_t, std::string>> values;  // property column, value
};

// An element whose start tag is at `where`, with nothing read yet.
[[nodiscard]] inline pending_element element_at(const diagnostic& where) {
  pending_element element;
  element.file = where.file;
  element.line = where.line;
  element.column = where.column;
  return element;
}

enum class element_kind { node, edge };

class graph_sink {
 public:
  graph_sink(std::string file, const import_options& options, csv_convention format, std::size_t bytes);

  // The property column `name` of nodes or edges, made on first use; `fallback` is given to elements
  // that have no value of their own. An array column holds `;`-separated values.
  std::size_t column(element_kind kind, std::string_view name, value_type type,
                     std::optional<std::string> fallback = std::nullopt, bool is_array = false);
  // The type a column named `name` holds whatever a file declares: a date for since and until, else `declared`.
  [[nodiscard]] static value_type column_type(std::string_view name, value_type declared) noexcept;
  // Whether `value` is a valid `type`; if not, reports an error at `where` naming the column.
  bool check(const diagnostic& where, value_type type, std::string_view column, std::string_view value);

  void add_node(pending_element node);
  void add_edge(pending_element edge);
  void error(diagnostic where);
  void warn(diagnostic where);

  // Resolves the edges and builds the snapshot when nothing was wrong.
  [[nodiscard]] import_result finish() &&;

 private:
  void add_defaults(element_kind kind, pending_element& element) const;
  [[nodiscard]] diagnostic at(const pending_element& element, std::string message) const;
  // Whether the element's since, until and since_basis go together; if not, reports an error at it.
  bool check_lifespan_of(element_kind kind, const pending_element& element);
  // Adds the edge if both its ends are known; if not, reports the unknown one when `last_chance`.
  bool resolve(const pending_element& edge, bool last_chance);

  std::string file_;
  const import_options& options_;
  import_report report_;
  snapshot_builder builder_;
  std::vector<pending_element> waiting_;  // edges that name a node not read yet
  std::vector<std::pair<std::size_t, std::string>> node_defaults_, edge_defaults_;
  std::set<std::string, std::less<>> unknown_kinds_;
  struct lifespan_columns {
    std::optional<std::size_t> since, until, basis;
  };
  lifespan_columns node_lifespan_, edge_lifespan_;
};

}  // namespace chainex
