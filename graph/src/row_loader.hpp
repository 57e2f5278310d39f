// row_loader.hpp — turns the rows of CSV files into the nodes and edges of a snapshot_builder.
//
// The importer reads files and batches rows; the loader interprets one row at a time with the file's
// table_plan: checks required fields and typed values, resolves edge endpoints, and adds what is good
// to the builder. A row it cannot load goes to its listener's reject(), a remark about a loaded row to
// warn(); which of those end the import is the listener's business.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chainex/diagnostic.hpp"
#include "chainex/snapshot.hpp"
#include "import_plan.hpp"
#include "row_batch.hpp"

namespace chainex {

// An edge row that passed every check, before it is added to the builder.
struct edge_row {
  node_index source = 0;
  node_index target = 0;
  std::string_view relation;
  double weight = 1.0;
  bool directed = true;
};

class row_loader {
 public:
  class listener {
   public:
    virtual void reject(const row_batch& batch, std::span<const std::string_view> fields, diagnostic why) = 0;
    virtual void warn(diagnostic where) = 0;

   protected:
    ~listener() = default;
  };

  explicit row_loader(listener& events) : events_(events) {}

  // Room for this many nodes and edges in all (see snapshot_builder::reserve).
  void reserve(std::size_t nodes, std::size_t edges, std::size_t text_bytes = 0);

  // Starts a file: its index for load_node, and the builder column of each property column of the plan
  // (SIZE_MAX for columns with other roles).
  std::uint32_t begin_file(const std::string& name);
  std::vector<std::size_t> property_columns(const table_plan& plan, table_kind table);

  // The two stages of a batched look-up (see detail::bulk_loading::prefetch_node): prefetch_slots for every row
  // of a batch as it is read (it also keeps the ids' hashes in the row), prefetch_characters for every
  // row, then load the rows. Rows whose field count is wrong are left alone.
  void prefetch_slots(const row_batch& batch, batched_row& row, const table_plan& plan,
                      table_kind table) const noexcept;
  void prefetch_characters(const row_batch& batch, const batched_row& row, const table_plan& plan) const noexcept;

  // Hands each row of the batch with the header's number of fields to `each`, reporting the others, with
  // the second prefetch stage running a few rows ahead (issued all at once, hundreds of prefetches would
  // overflow the processor's queue of outstanding misses and stall instead of overlapping).
  template <typename Each>
  void for_each_row(const row_batch& batch, const table_plan& plan, listener& events, Each each) const {
    constexpr std::size_t prefetch_distance = 16;
    const auto& rows = batch.rows();
    for (std::size_t i = 0; i < std::min(prefetch_distance, rows.size()); ++i)
      prefetch_characters(batch, rows[i], plan);
    for (std::size_t i = 0; i < rows.size(); ++i) {
      if (i + prefetch_distance < rows.size()) prefetch_characters(batch, rows[i + prefetch_distance], plan);
      const auto fields = batch.fields(rows[i]);
      if (fields.size() == plan.columns.size()) {
        if (!each(rows[i])) return;
        continue;
      }
      events.reject(batch, fields,
                    batch.locate(rows[i], std::min(fields.size(), plan.columns.size()),
                                 "row has " + std::to_string(fields.size()) + " fields, the header has " +
                                     std::to_string(plan.columns.size())));
    }
  }

  void load_node(const row_batch& batch, const batched_row& row, const table_plan& plan,
                 const std::vector<std::size_t>& columns, std::uint32_t file_index);
  void load_edge(const row_batch& batch, const batched_row& row, const table_plan& plan,
                 const std::vector<std::size_t>& columns);

  // load_edge in two steps, for reading a part of a file on another thread: read_edge checks a row and
  // resolves its endpoints without changing anything (safe while no node is being added), reporting to
  // `events`; add_edge adds it, with the row's property values.
  [[nodiscard]] std::optional<edge_row> read_edge(const row_batch& batch, const batched_row& row,
                                                  const table_plan& plan, listener& events) const;
  void add_edge(const edge_row& edge, std::span<const std::string_view> fields,
                const std::vector<std::size_t>& columns);
  // The same for an edge whose type code is known (detail::bulk_loading::type_code_of); edge.relation is not read.
  void add_edge(const edge_row& edge, type_code type, std::span<const std::string_view> fields,
                const std::vector<std::size_t>& columns);

  // The LEIs nodes name, in their `lei` column or as `lei:<LEI>` in their `same_as` column, with the node.
  [[nodiscard]] const std::vector<std::pair<std::string, node_index>>& lei_links() const noexcept { return lei_links_; }

  [[nodiscard]] snapshot_builder& builder() noexcept { return builder_; }
  [[nodiscard]] const snapshot_builder& builder() const noexcept { return builder_; }

 private:
  struct node_origin {
    std::uint32_t line;
    std::uint32_t file;
  };

  [[nodiscard]] std::optional<diagnostic> check_properties(const row_batch& batch, const batched_row& row,
                                                           const table_plan& plan) const;
  [[nodiscard]] std::optional<diagnostic> check_lifespan_of(const row_batch& batch, const batched_row& row,
                                                            const table_plan& plan) const;
  [[nodiscard]] std::optional<node_index> endpoint(const row_batch& batch, const batched_row& row,
                                                   const table_plan& plan, std::size_t column, std::size_t id_hash,
                                                   std::optional<diagnostic>& why) const;

  listener& events_;
  snapshot_builder builder_;
  std::vector<node_origin> origins_;
  std::vector<std::string> file_names_;
  std::set<std::string> unknown_kinds_;
  std::optional<std::size_t> labels_column_;  // made for the first node with several neo4j labels
  std::vector<std::size_t> lei_fields_;       // the current file's `lei` and `same_as` columns
  std::vector<std::pair<std::string, node_index>> lei_links_;
};

}  // namespace chainex
