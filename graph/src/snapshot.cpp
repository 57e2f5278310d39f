#include "chainex/snapshot.hpp"

#include <algorithm>

#include "snapshot_data.hpp"

namespace chainex {
namespace {

std::optional<std::uint16_t> index_of(const std::vector<std::string>& names, std::string_view name) noexcept {
  const auto found = std::find(names.begin(), names.end(), name);
  if (found == names.end()) return std::nullopt;
  return static_cast<std::uint16_t>(found - names.begin());
}

std::string_view value_in(const snapshot_data& data, const property_columns& columns, std::size_t row,
                          std::string_view column) noexcept {
  for (std::size_t c = 0; c < columns.info.size(); ++c) {
    if (columns.info[c].name == column) return data.strings.at(columns.values[c][row]);
  }
  return {};
}

}  // namespace

snapshot::snapshot(std::unique_ptr<const snapshot_data> data) : data_(std::move(data)) {}
snapshot::~snapshot() = default;

std::uint64_t snapshot::version() const noexcept { return data_->version; }
std::size_t snapshot::node_count() const noexcept { return data_->kinds.size(); }
std::size_t snapshot::edge_count() const noexcept { return data_->sources.size(); }

std::optional<node_index> snapshot::find(std::string_view id) const noexcept { return data_->ids.find(id); }
std::string_view snapshot::id(node_index node) const noexcept { return data_->ids.at(node); }
std::string_view snapshot::name(node_index node) const noexcept { return data_->names.at(node); }
kind_code snapshot::kind(node_index node) const noexcept { return data_->kinds[node]; }
std::string_view snapshot::kind_name(node_index node) const noexcept { return data_->kind_names[data_->kinds[node]]; }
std::span<const std::string> snapshot::kinds() const noexcept { return data_->kind_names; }
std::optional<kind_code> snapshot::find_kind(std::string_view kind) const noexcept {
  return index_of(data_->kind_names, kind);
}
std::span<const column_info> snapshot::node_columns() const noexcept { return data_->node_properties.info; }
std::string_view snapshot::node_value(node_index node, std::size_t column) const noexcept {
  return data_->strings.at(data_->node_properties.values[column][node]);
}
std::string_view snapshot::node_property(node_index node, std::string_view column) const noexcept {
  return value_in(*data_, data_->node_properties, node, column);
}

node_index snapshot::source(edge_index edge) const noexcept { return data_->sources[edge]; }
node_index snapshot::target(edge_index edge) const noexcept { return data_->graph.m_forward.m_column[edge]; }
type_code snapshot::type(edge_index edge) const noexcept { return data_->types[edge]; }
std::string_view snapshot::type_name(edge_index edge) const noexcept { return data_->type_names[data_->types[edge]]; }
std::span<const std::string> snapshot::types() const noexcept { return data_->type_names; }
std::optional<type_code> snapshot::find_type(std::string_view type) const noexcept {
  return index_of(data_->type_names, type);
}
double snapshot::weight(edge_index edge) const noexcept { return data_->weights[edge]; }
bool snapshot::directed(edge_index edge) const noexcept { return data_->directed[edge] != 0; }
bool snapshot::has_undirected_edges() const noexcept { return data_->any_undirected; }
std::span<const column_info> snapshot::edge_columns() const noexcept { return data_->edge_properties.info; }
std::string_view snapshot::edge_value(edge_index edge, std::size_t column) const noexcept {
  return data_->strings.at(data_->edge_properties.values[column][edge]);
}
std::string_view snapshot::edge_property(edge_index edge, std::string_view column) const noexcept {
  return value_in(*data_, data_->edge_properties, edge, column);
}

lifespans snapshot::node_lifespans() const noexcept { return {data_->node_spans}; }
lifespans snapshot::edge_lifespans() const noexcept { return {data_->edge_spans}; }

edge_range snapshot::out_edges(node_index node) const noexcept {
  const auto& rows = data_->graph.m_forward.m_rowstart;
  return {rows[node], rows[node + 1]};
}
std::span<const node_index> snapshot::out_targets(node_index node) const noexcept {
  const auto range = out_edges(node);
  return {data_->graph.m_forward.m_column.data() + range.first, range.size()};
}
std::span<const edge_index> snapshot::in_edges(node_index node) const noexcept {
  const auto& rows = data_->graph.m_backward.m_rowstart;
  return {data_->graph.m_backward.m_edge_properties.data() + rows[node], rows[node + 1] - rows[node]};
}
std::span<const node_index> snapshot::in_sources(node_index node) const noexcept {
  const auto& rows = data_->graph.m_backward.m_rowstart;
  return {data_->graph.m_backward.m_column.data() + rows[node], rows[node + 1] - rows[node]};
}
std::size_t snapshot::out_degree(node_index node) const noexcept { return out_edges(node).size(); }
std::size_t snapshot::in_degree(node_index node) const noexcept { return in_sources(node).size(); }

}  // namespace chainex
