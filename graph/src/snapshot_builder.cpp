#include <algorithm>
#include <atomic>
#include <limits>
#include <stdexcept>
#include <thread>

#include "chainex/snapshot.hpp"
#include "huge_pages.hpp"
#include "snapshot_data.hpp"

namespace chainex {
namespace {

std::atomic<std::uint64_t> last_version{0};

constexpr std::size_t max_codes = std::numeric_limits<std::uint16_t>::max();

std::uint16_t code_of(string_table& names, std::string_view name, const char* what) {
  const auto [code, added] = names.intern(name);
  if (added && code >= max_codes) throw std::length_error(std::string("more than 65535 distinct ") + what);
  return static_cast<std::uint16_t>(code);
}

std::vector<std::string> names_of(const string_table& table) {
  std::vector<std::string> names;
  names.reserve(table.size());
  for (std::uint32_t i = 0; i < table.size(); ++i) names.emplace_back(table.at(i));
  return names;
}

// The index of the column `name`, made if new (as long as the `rows` there are, with room for `reserved`).
std::size_t column_index(property_columns& columns, std::string_view name, value_type type, bool is_array,
                         std::size_t rows, std::size_t reserved) {
  for (std::size_t c = 0; c < columns.info.size(); ++c) {
    if (columns.info[c].name == name) return c;
  }
  columns.info.push_back({std::string(name), type, is_array});
  auto& column = columns.values.emplace_back();
  reserve_huge(column, std::max(rows, reserved));
  column.resize(rows, 0u);
  return columns.info.size() - 1;
}

// Rearranges `values` so that values[i] becomes values[order[i]], gathering them into `spare`, which
// then holds the old values' storage: a column of the same type can be gathered into it next, and the
// pages it has touched need not be fresh ones, which cost more than the gathering.
template <typename T>
void permute(std::vector<T>& values, const std::vector<edge_index>& order, std::vector<T>& spare) {
  if (spare.capacity() < values.size()) {
    spare = {};
    reserve_huge(spare, values.size());
  }
  spare.resize(values.size());
  for (std::size_t i = 0; i < order.size(); ++i) spare[i] = values[order[i]];
  values.swap(spare);
}

template <typename T>
void permute(std::vector<T>& values, const std::vector<edge_index>& order) {
  std::vector<T> spare;
  permute(values, order, spare);
}

// Boost's row starts of a CSR array: rows[v] is the number of `ends` below v, for v in [0, nodes].
void fill_row_starts(std::vector<edge_index>& rows, const std::vector<node_index>& ends, std::size_t nodes) {
  rows.clear();
  resize_huge(rows, nodes + 1);
  for (const node_index end : ends) ++rows[end + 1];
  for (std::size_t v = 0; v < nodes; ++v) rows[v + 1] += rows[v];
}

// Where the next edge of each row goes, for a counting sort: the row starts without the end.
std::vector<edge_index> row_cursors(const std::vector<edge_index>& rows) {
  std::vector<edge_index> next;
  reserve_huge(next, rows.size() - 1);
  next.assign(rows.begin(), rows.end() - 1);
  return next;
}

// The since and until columns read as days, or nothing when the rows have neither.
void read_lifespans(const string_table& strings, const property_columns& columns, std::size_t rows,
                    std::vector<lifespan>& spans) {
  const auto column_named = [&](std::string_view name) -> const std::vector<std::uint32_t>* {
    for (std::size_t c = 0; c < columns.info.size(); ++c)
      if (columns.info[c].name == name) return &columns.values[c];
    return nullptr;
  };
  const auto* begins = column_named("since");
  const auto* ends = column_named("until");
  if (begins == nullptr && ends == nullptr) return;
  spans.assign(rows, lifespan{});
  const auto day = [&](const std::vector<std::uint32_t>* column, std::size_t row) {
    return column == nullptr || (*column)[row] == 0 ? std::nullopt : day_of(strings.at((*column)[row]));
  };
  for (std::size_t row = 0; row < rows; ++row)
    spans[row] = {day(begins, row).value_or(first_day), day(ends, row).value_or(last_day)};
}

}  // namespace

struct snapshot_builder::state {
  std::unique_ptr<snapshot_data> data = std::make_unique<snapshot_data>();
  string_table kinds;
  string_table types;
  std::vector<node_index> targets;
  std::size_t reserved_nodes = 0;  // rows the columns made later are reserved for
  std::size_t reserved_edges = 0;

  state() { data->strings.intern(""); }
};

snapshot_builder::snapshot_builder() : state_(std::make_unique<state>()) {}
snapshot_builder::~snapshot_builder() = default;
snapshot_builder::snapshot_builder(snapshot_builder&&) noexcept = default;
snapshot_builder& snapshot_builder::operator=(snapshot_builder&&) noexcept = default;

void snapshot_builder::reserve(std::size_t nodes, std::size_t edges, std::size_t text_bytes) {
  auto& data = *state_->data;
  if (nodes > 0) {
    // Room reserved but never filled costs address space only; an arena that grows is copied.
    data.ids.reserve(nodes, std::max(nodes * 12, data.ids.characters() + text_bytes));
    data.names.reserve(nodes, std::max(nodes * 16, data.names.characters() + text_bytes));
    reserve_huge(data.kinds, nodes);
    for (auto& column : data.node_properties.values) reserve_huge(column, nodes);
    state_->reserved_nodes = std::max(state_->reserved_nodes, nodes);
  }
  if (edges > 0) {
    reserve_huge(data.sources, edges);
    reserve_huge(state_->targets, edges);
    reserve_huge(data.types, edges);
    reserve_huge(data.weights, edges);
    reserve_huge(data.directed, edges);
    for (auto& column : data.edge_properties.values) reserve_huge(column, edges);
    state_->reserved_edges = std::max(state_->reserved_edges, edges);
  }
}

void snapshot_builder::prepare_edges(std::size_t edges) {
  auto& data = *state_->data;
  touch(data.sources, edges);
  touch(state_->targets, edges);
  touch(data.types, edges);
  touch(data.weights, edges);
  touch(data.directed, edges);
  state_->reserved_edges = std::max(state_->reserved_edges, edges);
}

std::size_t snapshot_builder::node_column(std::string_view name, value_type type, bool is_array) {
  return column_index(state_->data->node_properties, name, type, is_array, node_count(), state_->reserved_nodes);
}

std::size_t snapshot_builder::edge_column(std::string_view name, value_type type, bool is_array) {
  return column_index(state_->data->edge_properties, name, type, is_array, edge_count(), state_->reserved_edges);
}

std::size_t snapshot_builder::hash_id(std::string_view id) noexcept { return string_table::hash(id); }

std::optional<node_index> snapshot_builder::add_node(std::string_view id, std::size_t id_hash, std::string_view kind,
                                                     std::string_view name) {
  auto& data = *state_->data;
  const auto [node, added] = data.ids.intern(id, id_hash);
  if (!added) return std::nullopt;
  data.kinds.push_back(code_of(state_->kinds, kind, "node kinds"));
  data.names.push_back(name);
  for (auto& column : data.node_properties.values) column.push_back(0);
  return node;
}

std::optional<node_index> snapshot_builder::find_node(std::string_view id, std::size_t id_hash) const noexcept {
  return state_->data->ids.find(id, id_hash);
}

void snapshot_builder::prefetch_node(std::size_t id_hash) const noexcept { state_->data->ids.prefetch(id_hash); }
void snapshot_builder::prefetch_node_text(std::string_view id, std::size_t id_hash) const noexcept {
  state_->data->ids.prefetch_text(id, id_hash);
}

void snapshot_builder::set_node_value(node_index node, std::size_t column, std::string_view value) {
  auto& data = *state_->data;
  data.node_properties.values[column][node] = data.strings.intern(value).first;
}

edge_index snapshot_builder::add_edge(node_index source, node_index target, std::string_view type, double weight,
                                      bool directed) {
  return add_edge(source, target, type_code_of(type), weight, directed);
}

type_code snapshot_builder::type_code_of(std::string_view type) { return code_of(state_->types, type, "edge types"); }

edge_index snapshot_builder::add_edge(node_index source, node_index target, type_code type, double weight,
                                      bool directed) {
  auto& data = *state_->data;
  if (data.sources.size() >= std::numeric_limits<edge_index>::max()) throw std::length_error("more than 2^32 edges");
  data.sources.push_back(source);
  state_->targets.push_back(target);
  data.types.push_back(type);
  data.weights.push_back(weight);
  data.directed.push_back(directed ? 1 : 0);
  if (!directed) data.any_undirected = true;
  for (auto& column : data.edge_properties.values) column.push_back(0);
  return static_cast<edge_index>(data.sources.size() - 1);
}

void snapshot_builder::set_edge_value(edge_index edge, std::size_t column, std::string_view value) {
  auto& data = *state_->data;
  data.edge_properties.values[column][edge] = data.strings.intern(value).first;
}

std::size_t snapshot_builder::node_count() const noexcept { return state_->data->kinds.size(); }
std::size_t snapshot_builder::edge_count() const noexcept { return state_->data->sources.size(); }

std::shared_ptr<const snapshot> snapshot_builder::build() && {
  auto& data = *state_->data;
  auto& targets = state_->targets;
  const std::size_t nodes = node_count();
  const std::size_t edges = edge_count();

  // Boost's CSR arrays, filled directly. Row starts first, in both directions at once: they count the
  // sources and the targets, which the order of the edges does not change.
  auto& forward = data.graph.m_forward;
  auto& backward = data.graph.m_backward;
  std::thread count_targets([&] { fill_row_starts(backward.m_rowstart, targets, nodes); });
  fill_row_starts(forward.m_rowstart, data.sources, nodes);
  count_targets.join();

  // Counting sort of the edges by source; stable, so edges of one source keep their order. Files that
  // list edges by source already skip it. The columns are moved on two threads.
  // The endpoint columns are gathered one after the other through one spare column; then that spare and
  // the order, both edge-long, become the backward arrays.
  std::vector<node_index> spare;
  std::vector<edge_index> order;
  if (!std::is_sorted(data.sources.begin(), data.sources.end())) {
    resize_huge(order, edges);
    {
      auto next = row_cursors(forward.m_rowstart);
      for (std::size_t e = 0; e < edges; ++e) order[next[data.sources[e]]++] = static_cast<edge_index>(e);
    }
    std::thread helper([&] {
      permute(data.types, order);
      permute(data.weights, order);
      permute(data.directed, order);
      std::vector<std::uint32_t> spare_values;
      for (auto& column : data.edge_properties.values) permute(column, order, spare_values);
    });
    permute(data.sources, order, spare);
    permute(targets, order, spare);
    helper.join();
  }

  // The backward rows: a stable counting sort by target (the arrays Boost's own constructor would build).
  backward.m_column.swap(spare);
  backward.m_edge_properties.swap(order);
  for (auto* column : {&backward.m_column, &backward.m_edge_properties}) {
    if (column->capacity() < edges) *column = {};
    resize_huge(*column, edges);
  }
  auto next = row_cursors(backward.m_rowstart);
  for (std::size_t e = 0; e < edges; ++e) {
    const edge_index place = next[targets[e]]++;
    backward.m_column[place] = data.sources[e];
    backward.m_edge_properties[place] = static_cast<edge_index>(e);
  }
  forward.m_column = std::move(targets);
  targets = {};
  read_lifespans(data.strings, data.node_properties, nodes, data.node_spans);
  read_lifespans(data.strings, data.edge_properties, edges, data.edge_spans);
  data.kind_names = names_of(state_->kinds);
  data.type_names = names_of(state_->types);
  data.version = ++last_version;
  auto built = std::make_shared<const snapshot>(std::move(state_->data));
  state_ = std::make_unique<state>();
  return built;
}

}  // namespace chainex
