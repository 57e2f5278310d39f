// gleif_tables.hpp — the three tables of GLEIF's golden copy CSV, told apart by their header, and the
// columns of each that chainex reads.
//
//   entities       LEI-CDF 3.x: `LEI`, `Entity.LegalName`, `Entity.OtherEntityNames.OtherEntityName.<n>`, …
//   relationships  RR-CDF 1.x / 2.x: `Relationship.StartNode.NodeID`, `Relationship.EndNode.NodeID`,
//                  `Relationship.RelationshipType`, `Relationship.Period.<n>.startDate`, …
//   exceptions     reporting exceptions: `LEI`, `Exception.Category`, `Exception.Reason.<n>`
//                  (`ExceptionCategory`, `ExceptionReason.<n>` are read as well)
// Columns are found by name wherever they stand; a required one missing is a data_error at line 1.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace chainex {

enum class gleif_table { entities, relationships, exceptions };

// Which GLEIF table a header row is, if any.
[[nodiscard]] std::optional<gleif_table> gleif_table_of(std::span<const std::string_view> header) noexcept;

struct gleif_entity_columns {
  std::size_t lei = 0;
  std::size_t legal_name = 0;
  std::vector<std::size_t> other_names;           // OtherEntityName.1, .2, …
  std::vector<std::size_t> transliterated_names;  // TransliteratedOtherEntityName.1, .2, …
  std::optional<std::size_t> legal_form, other_legal_form, legal_country, hq_country, entity_status,
      registration_status, initial_registration;
};

struct gleif_period_columns {
  std::optional<std::size_t> start, end, type;
};

struct gleif_relationship_columns {
  std::size_t child = 0;   // Relationship.StartNode.NodeID
  std::size_t parent = 0;  // Relationship.EndNode.NodeID
  std::size_t type = 0;
  std::optional<std::size_t> status;
  std::vector<gleif_period_columns> periods;  // Relationship.Period.1, .2, …
};

struct gleif_exception_columns {
  std::size_t lei = 0;
  std::size_t category = 0;
  std::vector<std::size_t> reasons;  // Exception.Reason.1, .2, …
};

// Throw data_error({file, 1, 0, "missing required column …"}) when the header lacks one.
[[nodiscard]] gleif_entity_columns entity_columns(std::span<const std::string_view> header, const std::string& file);
[[nodiscard]] gleif_relationship_columns relationship_columns(std::span<const std::string_view> header,
                                                              const std::string& file);
[[nodiscard]] gleif_exception_columns exception_columns(std::span<const std::string_view> header,
                                                        const std::string& file);

}  // namespace chainex
