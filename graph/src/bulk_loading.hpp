// bulk_loading.hpp — the snapshot_builder's fast path, for the importers in graph/src alone.
//
// A 10M-edge import cannot afford to hash an id twice or to wait for memory once per row: the row loader
// hashes each id once, prefetches a batch of look-ups (the hash slot for all, then the slot's text for
// all) before making them, makes the edge arrays resident on a second thread while nodes are read, and
// adds edges by type code. These members are private to snapshot_builder, whose public face stays the
// plain add_node/find_node/add_edge; this class is the one door to them.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "chainex/snapshot.hpp"

namespace chainex::detail {

class bulk_loading {
 public:
  [[nodiscard]] static std::size_t hash_id(std::string_view id) noexcept { return snapshot_builder::hash_id(id); }
  static std::optional<node_index> add_node(snapshot_builder& builder, std::string_view id, std::size_t id_hash,
                                            std::string_view kind, std::string_view name) {
    return builder.add_node(id, id_hash, kind, name);
  }
  [[nodiscard]] static std::optional<node_index> find_node(const snapshot_builder& builder, std::string_view id,
                                                           std::size_t id_hash) noexcept {
    return builder.find_node(id, id_hash);
  }
  static void prefetch_node(const snapshot_builder& builder, std::size_t id_hash) noexcept {
    builder.prefetch_node(id_hash);
  }
  static void prefetch_node_text(const snapshot_builder& builder, std::string_view id, std::size_t id_hash) noexcept {
    builder.prefetch_node_text(id, id_hash);
  }
  // reserve(0, edges) with the room also touched, so that its pages are in memory before the first edge.
  // It touches nothing that adding nodes touches: another thread may call it while nodes are added.
  static void prepare_edges(snapshot_builder& builder, std::size_t edges) { builder.prepare_edges(edges); }
  // The code of an edge type (added if new), and add_edge with that code.
  [[nodiscard]] static type_code type_code_of(snapshot_builder& builder, std::string_view type) {
    return builder.type_code_of(type);
  }
  static edge_index add_edge(snapshot_builder& builder, node_index source, node_index target, type_code type,
                             double weight, bool directed) {
    return builder.add_edge(source, target, type, weight, directed);
  }
};

}  // namespace chainex::detail
