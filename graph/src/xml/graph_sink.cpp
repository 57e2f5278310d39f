#include "chainex/graph_sink.hpp"

#include <algorithm>
#include <variant>

#include "chainex/dates.hpp"
#include "import_defaults.hpp"
#include "import_plan.hpp"
#include "parallel_edges.hpp"
#include "value_parse.hpp"

namespace chainex {
namespace {

bool has_value(const pending_element& element, std::size_t column) {
  return std::any_of(element.values.begin(), element.values.end(), [&](const auto& v) { return v.first == column; });
}

}  // namespace

graph_sink::graph_sink(std::string file, const import_options& options, csv_convention format, std::size_t bytes)
    : file_(std::move(file)), options_(options) {
  report_.convention = format;
  report_.bytes = bytes;
}

std::size_t graph_sink::column(element_kind kind, std::string_view name, value_type type,
                               std::optional<std::string> fallback, bool is_array) {
  const std::size_t index = kind == element_kind::node ? builder_.node_column(name, type, is_array)
                                                       : builder_.edge_column(name, type, is_array);
  lifespan_columns& lifespan = kind == element_kind::node ? node_lifespan_ : edge_lifespan_;
  if (name == "since") lifespan.since = index;
  if (name == "until") lifespan.until = index;
  if (name == "since_basis") lifespan.basis = index;
  if (fallback)
    (kind == element_kind::node ? node_defaults_ : edge_defaults_).emplace_back(index, std::move(*fallback));
  return index;
}

bool graph_sink::check_lifespan_of(element_kind kind, const pending_element& element) {
  const lifespan_columns& lifespan = kind == element_kind::node ? node_lifespan_ : edge_lifespan_;
  const auto value = [&](const std::optional<std::size_t>& column) -> std::string_view {
    if (!column) return {};
    for (const auto& [c, text] : element.values)
      if (c == *column) return text;
    return {};
  };
  std::string why = check_lifespan(value(lifespan.since), value(lifespan.until));
  if (why.empty()) why = check_since_basis(value(lifespan.basis));
  if (why.empty()) return true;
  error(at(element, std::move(why)));
  return false;
}

value_type graph_sink::column_type(std::string_view name, value_type declared) noexcept {
  return is_date_column(name) ? value_type::date : declared;
}

bool graph_sink::check(const diagnostic& where, value_type type, std::string_view column, std::string_view value) {
  const std::string why = check_value(type, value);
  if (why.empty()) return true;
  error({where.file, where.line, where.column,
         "value of '" + std::string(column) + "': " + why + " ('" + std::string(value) + "')"});
  return false;
}

void graph_sink::add_defaults(element_kind kind, pending_element& element) const {
  for (const auto& [column, value] : kind == element_kind::node ? node_defaults_ : edge_defaults_) {
    if (!has_value(element, column)) element.values.emplace_back(column, value);
  }
}

diagnostic graph_sink::at(const pending_element& element, std::string message) const {
  return {element.file.empty() ? file_ : element.file, element.line, element.column, std::move(message)};
}

void graph_sink::add_node(pending_element node) {
  if (node.id.empty()) return error(at(node, "node without an id"));
  add_defaults(element_kind::node, node);
  if (!check_lifespan_of(element_kind::node, node)) return;
  const std::string_view kind = node.kind.empty() ? default_kind : std::string_view(node.kind);
  const auto added = builder_.add_node(node.id, kind, node.name.empty() ? node.id : node.name);
  if (!added) return error(at(node, "duplicate node id '" + node.id + "'"));
  for (const auto& [column, value] : node.values) builder_.set_node_value(*added, column, value);
  if (!is_known_kind(kind) && unknown_kinds_.insert(std::string(kind)).second)
    warn(at(node, "unknown node kind '" + std::string(kind) + "' (kept, shown without special styling)"));
}

void graph_sink::add_edge(pending_element edge) {
  add_defaults(element_kind::edge, edge);
  if (!check_lifespan_of(element_kind::edge, edge)) return;
  if (!resolve(edge, false)) waiting_.push_back(std::move(edge));
}

bool graph_sink::resolve(const pending_element& edge, bool last_chance) {
  const auto source = builder_.find_node(edge.source);
  const auto target = builder_.find_node(edge.target);
  if (!source || !target) {
    if (last_chance) error(at(edge, "unknown node id '" + (source ? edge.target : edge.source) + "'"));
    return false;
  }
  const auto number = edge.weight.empty() ? parsed<double>(1.0) : parse_float(edge.weight);
  const double weight = std::holds_alternative<double>(number) ? std::get<double>(number) : 1.0;
  const std::string_view relation = edge.kind.empty() ? default_relation : std::string_view(edge.kind);
  const edge_index index = builder_.add_edge(*source, *target, relation, weight, edge.directed);
  for (const auto& [column, value] : edge.values) builder_.set_edge_value(index, column, value);
  if (weight < 0) warn(at(edge, "negative weight " + edge.weight + " (kept; weighted path queries refuse it)"));
  if (*source == *target) warn(at(edge, "self-loop on '" + edge.source + "'"));
  return true;
}

void graph_sink::error(diagnostic where) {
  ++report_.error_count;
  if (report_.errors.size() < options_.max_reported) report_.errors.push_back(std::move(where));
}

void graph_sink::warn(diagnostic where) {
  ++report_.warning_count;
  if (report_.warnings.size() < options_.max_reported) report_.warnings.push_back(std::move(where));
}

import_result graph_sink::finish() && {
  for (const auto& edge : waiting_) resolve(edge, true);
  waiting_.clear();
  report_.ok = report_.error_count == 0;
  import_result result;
  if (report_.ok) {
    report_.nodes = builder_.node_count();
    report_.edges = builder_.edge_count();
    result.graph = std::move(builder_).build();
    auto parallel = find_parallel_edges(*result.graph, file_, options_.max_reported);
    for (auto& warning : parallel.listed) warn(std::move(warning));
    report_.warning_count += parallel.count - parallel.listed.size();
  }
  result.report = std::move(report_);
  return result;
}

}  // namespace chainex
