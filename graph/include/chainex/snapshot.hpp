// snapshot.hpp — the immutable graph every query reads.
//
// A snapshot holds nodes (enterprises, overseas subsidiaries, markets, supply-chain roles, people, and any
// other kind a file brings) and typed, directed edges, with their properties. It is built once by
// snapshot_builder (usually through import_csv) and never changes afterwards, so any number of threads
// read it without locks; a new import builds a new snapshot and swaps the shared_ptr.
//
// Nodes and edges are dense indices. Adjacency is compressed sparse rows in both directions (a
// boost::compressed_sparse_row_graph inside; see graph/src/snapshot_data.hpp). Edges are numbered in
// source order, so the out-edges of a node are one contiguous range of edge indices. Properties are
// columns of interned strings; `id`, `kind`, `name`, edge `type`, `weight` and direction are first-class.
// An undirected edge (Gephi's Type=Undirected) is stored once and walked both ways by queries.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chainex/dates.hpp"
#include "chainex/name_table.hpp"
namespace chainex {

using node_index = std::uint32_t;
using edge_index = std::uint32_t;
using kind_code = std::uint16_t;  // index into snapshot::kinds()
using type_code = std::uint16_t;  // index into snapshot::types()

// What a property column holds; values are kept as their text, checked on import.
// A date is an ISO 8601 date, whole or partial (chainex/dates.hpp): `since` and `until` are dates.
enum class value_type : std::uint8_t { string, integer, floating, boolean, date };
inline constexpr std::array value_type_names{named{value_type::string, "string"}, named{value_type::integer, "integer"},
                                             named{value_type::floating, "float"},
                                             named{value_type::boolean, "boolean"}, named{value_type::date, "date"}};
[[nodiscard]] constexpr std::string_view to_string(value_type type) noexcept { return name_in(value_type_names, type); }

struct column_info {
  std::string name;
  value_type type = value_type::string;
  bool array = false;  // values are `;`-separated lists of `type` (neo4j-admin's `name:type[]`)
  friend bool operator==(const column_info&, const column_info&) = default;
};

// A half-open range of edge indices [first, last).
struct edge_range {
  edge_index first = 0;
  edge_index last = 0;
  [[nodiscard]] std::size_t size() const noexcept { return last - first; }
};

// When an item is present: its first day and the first day it is gone (its since and until as day
// numbers; first_day and last_day where it has none). Side by side, so that a walk reads one of them.
struct lifespan {
  day_number since = first_day;
  day_number until = last_day;
  friend bool operator==(const lifespan&, const lifespan&) = default;
};

// The lifespans of the nodes or of the edges, by index; empty when no item is dated.
struct lifespans {
  std::span<const lifespan> items;
  [[nodiscard]] bool dated() const noexcept { return !items.empty(); }
  [[nodiscard]] day_number since(std::size_t item) const noexcept {
    return items.empty() ? first_day : items[item].since;
  }
  [[nodiscard]] day_number until(std::size_t item) const noexcept {
    return items.empty() ? last_day : items[item].until;
  }
  // since <= day < until, as one unsigned compare: day - since < until - since (modulo 2^32, where
  // first_day to last_day spans every day).
  [[nodiscard]] bool present(std::size_t item, day_number day) const noexcept {
    if (items.empty()) return true;
    const auto since = static_cast<std::uint32_t>(items[item].since);
    return static_cast<std::uint32_t>(day) - since < static_cast<std::uint32_t>(items[item].until) - since;
  }
};

struct snapshot_data;
namespace detail {
class bulk_loading;
}

class snapshot {
 public:
  explicit snapshot(std::unique_ptr<const snapshot_data> data);
  ~snapshot();
  snapshot(const snapshot&) = delete;
  snapshot& operator=(const snapshot&) = delete;

  // A number that changes with every snapshot built in this process (for caches and API responses).
  [[nodiscard]] std::uint64_t version() const noexcept;
  [[nodiscard]] std::size_t node_count() const noexcept;
  [[nodiscard]] std::size_t edge_count() const noexcept;

  // Nodes.
  [[nodiscard]] std::optional<node_index> find(std::string_view id) const noexcept;
  [[nodiscard]] std::string_view id(node_index node) const noexcept;
  [[nodiscard]] std::string_view name(node_index node) const noexcept;
  [[nodiscard]] kind_code kind(node_index node) const noexcept;
  [[nodiscard]] std::string_view kind_name(node_index node) const noexcept;
  [[nodiscard]] std::span<const std::string> kinds() const noexcept;
  [[nodiscard]] std::optional<kind_code> find_kind(std::string_view kind) const noexcept;
  // Property columns beyond id, kind and name; a value is "" where the node has none.
  [[nodiscard]] std::span<const column_info> node_columns() const noexcept;
  [[nodiscard]] std::string_view node_value(node_index node, std::size_t column) const noexcept;
  [[nodiscard]] std::string_view node_property(node_index node, std::string_view column) const noexcept;

  // Edges.
  [[nodiscard]] node_index source(edge_index edge) const noexcept;
  [[nodiscard]] node_index target(edge_index edge) const noexcept;
  [[nodiscard]] type_code type(edge_index edge) const noexcept;
  [[nodiscard]] std::string_view type_name(edge_index edge) const noexcept;
  [[nodiscard]] std::span<const std::string> types() const noexcept;
  [[nodiscard]] std::optional<type_code> find_type(std::string_view type) const noexcept;
  [[nodiscard]] double weight(edge_index edge) const noexcept;
  [[nodiscard]] bool directed(edge_index edge) const noexcept;
  [[nodiscard]] bool has_undirected_edges() const noexcept;
  // Property columns beyond source, target, type, weight and direction.
  [[nodiscard]] std::span<const column_info> edge_columns() const noexcept;
  [[nodiscard]] std::string_view edge_value(edge_index edge, std::size_t column) const noexcept;
  [[nodiscard]] std::string_view edge_property(edge_index edge, std::string_view column) const noexcept;

  // The time model: since and until read as days (an item is present on D when since <= D < until).
  [[nodiscard]] lifespans node_lifespans() const noexcept;
  [[nodiscard]] lifespans edge_lifespans() const noexcept;

  // Adjacency. out_edges(v) and out_targets(v) run in parallel: the i-th target belongs to edge first+i.
  // in_edges(v) and in_sources(v) likewise.
  [[nodiscard]] edge_range out_edges(node_index node) const noexcept;
  [[nodiscard]] std::span<const node_index> out_targets(node_index node) const noexcept;
  [[nodiscard]] std::span<const edge_index> in_edges(node_index node) const noexcept;
  [[nodiscard]] std::span<const node_index> in_sources(node_index node) const noexcept;
  [[nodiscard]] std::size_t out_degree(node_index node) const noexcept;
  [[nodiscard]] std::size_t in_degree(node_index node) const noexcept;

 private:
  std::unique_ptr<const snapshot_data> data_;
};

// Builds a snapshot. Not thread-safe; build() consumes the builder.
class snapshot_builder {
 public:
  snapshot_builder();
  ~snapshot_builder();
  snapshot_builder(snapshot_builder&&) noexcept;
  snapshot_builder& operator=(snapshot_builder&&) noexcept;

  // Room for this many nodes and edges in all. `text_bytes`, if known: the size of the text the coming
  // nodes are read from, which bounds their ids' and names' characters.
  void reserve(std::size_t nodes, std::size_t edges, std::size_t text_bytes = 0);

  // The index of a node property column, created (empty for earlier nodes) on first use. A column
  // asked for again with another type keeps its first type.
  std::size_t node_column(std::string_view name, value_type type = value_type::string, bool is_array = false);
  std::size_t edge_column(std::string_view name, value_type type = value_type::string, bool is_array = false);

  // Adds a node; std::nullopt when the id is taken already (nothing is added then).
  std::optional<node_index> add_node(std::string_view id, std::string_view kind, std::string_view name) {
    return add_node(id, hash_id(id), kind, name);
  }
  [[nodiscard]] std::optional<node_index> find_node(std::string_view id) const noexcept {
    return find_node(id, hash_id(id));
  }
  void set_node_value(node_index node, std::size_t column, std::string_view value);

  edge_index add_edge(node_index source, node_index target, std::string_view type, double weight = 1.0,
                      bool directed = true);
  void set_edge_value(edge_index edge, std::size_t column, std::string_view value);

  [[nodiscard]] std::size_t node_count() const noexcept;
  [[nodiscard]] std::size_t edge_count() const noexcept;

  // Sorts edges by source (stable: edges of one source keep the order they were added in) and builds
  // the adjacency in both directions.
  [[nodiscard]] std::shared_ptr<const snapshot> build() &&;

 private:
  // The importers' fast path (graph/src/bulk_loading.hpp): ids hashed once, look-ups prefetched by batch,
  // edge arrays made resident ahead, edge types by code.
  friend class detail::bulk_loading;
  [[nodiscard]] static std::size_t hash_id(std::string_view id) noexcept;
  std::optional<node_index> add_node(std::string_view id, std::size_t id_hash, std::string_view kind,
                                     std::string_view name);
  [[nodiscard]] std::optional<node_index> find_node(std::string_view id, std::size_t id_hash) const noexcept;
  void prefetch_node(std::size_t id_hash) const noexcept;
  void prefetch_node_text(std::string_view id, std::size_t id_hash) const noexcept;
  void prepare_edges(std::size_t edges);
  [[nodiscard]] type_code type_code_of(std::string_view type);
  edge_index add_edge(node_index source, node_index target, type_code type, double weight, bool directed);

  struct state;
  std::unique_ptr<state> state_;
};

}  // namespace chainex
