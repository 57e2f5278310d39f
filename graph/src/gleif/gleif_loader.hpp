// gleif_loader.hpp — turns the rows of GLEIF's golden-copy tables into nodes, edges and properties.
//
//   LEI-CDF row        node `lei:<LEI>` (kind subsidiary when RR-CDF names it as a child, else enterprise;
//                      named by Entity.LegalName) with lei, other_names,
//                      transliterated_names, legal_form, legal_form_other, legal_country, hq_country,
//                      entity_status, registration_status, initial_registration (YYYY-MM-DD), url; and an
//                      edge located_in to the market `mkt:<legal-address country>` (made when missing).
//   RR-CDF row         edge owns from the parent (EndNode) to the child (StartNode) with relationship_type,
//                      relationship_status, since and until (the RELATIONSHIP_PERIOD's dates, YYYY-MM-DD).
//   exception row      property exception_<category in lower case> = its reasons (`;`-separated).
// Every edge has citation and url naming the GLEIF record of the entity that reports it.
// A node of another source that names an LEI (link()) takes that LEI's record instead of a new node: the
// record's properties and edges are added to it (datasets/README.md, "Several sources in one graph").
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "chainex/csv_reader.hpp"
#include "chainex/snapshot.hpp"
#include "gleif_tables.hpp"

namespace chainex {

class gleif_loader {
 public:
  class listener {
   public:
    virtual void reject(std::span<const std::string_view> fields, diagnostic why) = 0;
    virtual void warn(diagnostic where) = 0;

   protected:
    ~listener() = default;
  };

  gleif_loader(snapshot_builder& builder, listener& events);

  // The node `node` of another source stands for the entity with this LEI.
  void link(std::string_view lei, node_index node);

  // The entity with this LEI has a parent (RR-CDF's StartNode): its node is of kind subsidiary, not enterprise.
  // Told before the LEI-CDF files are read.
  void note_child(std::string_view lei) { children_.emplace(lei); }

  // A row that cannot be loaded (its width is wrong): told to the listener.
  void reject_row(std::span<const std::string_view> fields, diagnostic why) { events_.reject(fields, std::move(why)); }

  // Each loads the record `reader` returned last, whose fields are `fields`.
  void load_entity(const gleif_entity_columns& columns, std::span<const std::string_view> fields,
                   const csv_reader& reader);
  void load_relationship(const gleif_relationship_columns& columns, std::span<const std::string_view> fields,
                         const csv_reader& reader);
  void load_exception(const gleif_exception_columns& columns, std::span<const std::string_view> fields,
                      const csv_reader& reader);

 private:
  struct linked_node {
    node_index node;
    bool has_record;  // an LEI-CDF row has been loaded into it
  };
  struct text_hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const noexcept { return std::hash<std::string_view>{}(text); }
  };
  using lei_map = std::unordered_map<std::string, linked_node, text_hash, std::equal_to<>>;

  [[nodiscard]] std::optional<node_index> find(std::string_view lei);
  node_index market(std::string_view country);
  void cite(edge_index edge, std::string_view lei);
  // A `;`-separated list of the non-empty fields in `columns`, into joined_.
  std::string_view join(std::span<const std::string_view> fields, std::span<const std::size_t> columns);

  snapshot_builder& builder_;
  listener& events_;
  lei_map linked_;
  std::unordered_set<std::string, text_hash, std::equal_to<>> children_;
  std::unordered_map<std::string, node_index> markets_;
  std::unordered_map<std::string, std::size_t> exception_columns_;
  std::string id_;      // `lei:<LEI>` being looked up
  std::string joined_;  // join()'s result
  std::string citation_;
  struct node_column_set {
    std::size_t lei, other_names, transliterated_names, legal_form, legal_form_other, legal_country, hq_country,
        entity_status, registration_status, initial_registration, url, market_country;
  } node_;
  struct edge_column_set {
    std::size_t citation, url, relationship_type, relationship_status, since, until;
  } edge_;
};

// `2012-06-06T15:53:00+00:00` → `2012-06-06`; empty when the text does not start with a YYYY-MM-DD date of the
// calendar.
[[nodiscard]] std::string_view gleif_date(std::string_view timestamp) noexcept;

// https://search.gleif.org/#/record/<LEI>
[[nodiscard]] std::string gleif_record_url(std::string_view lei);

}  // namespace chainex
