#include "gleif_tables.hpp"

#include <algorithm>

#include "chainex/diagnostic.hpp"

namespace chainex {
namespace {

std::optional<std::size_t> find_column(std::span<const std::string_view> header, std::string_view name) {
  const auto at = std::find(header.begin(), header.end(), name);
  if (at == header.end()) return std::nullopt;
  return static_cast<std::size_t>(at - header.begin());
}

// The first of `names` the header has.
std::optional<std::size_t> find_any(std::span<const std::string_view> header,
                                    std::initializer_list<std::string_view> names) {
  for (const std::string_view name : names) {
    if (auto column = find_column(header, name)) return column;
  }
  return std::nullopt;
}

std::size_t require(std::span<const std::string_view> header, std::string_view name, const std::string& file) {
  if (auto column = find_column(header, name)) return *column;
  throw data_error({file, 1, 0, "missing required column '" + std::string(name) + "' (gleif convention)"});
}

// Columns `<prefix>1<suffix>`, `<prefix>2<suffix>`, … up to the first number the header lacks.
std::vector<std::size_t> numbered(std::span<const std::string_view> header, std::string_view prefix,
                                  std::string_view suffix = {}) {
  std::vector<std::size_t> columns;
  for (std::size_t n = 1;; ++n) {
    const auto column = find_column(header, std::string(prefix) + std::to_string(n) + std::string(suffix));
    if (!column) return columns;
    columns.push_back(*column);
  }
}

}  // namespace

std::optional<gleif_table> gleif_table_of(std::span<const std::string_view> header) noexcept {
  if (find_column(header, "Relationship.StartNode.NodeID")) return gleif_table::relationships;
  if (!find_column(header, "LEI")) return std::nullopt;
  if (find_column(header, "Entity.LegalName")) return gleif_table::entities;
  if (find_any(header, {"Exception.Category", "ExceptionCategory"})) return gleif_table::exceptions;
  return std::nullopt;
}

gleif_entity_columns entity_columns(std::span<const std::string_view> header, const std::string& file) {
  gleif_entity_columns columns;
  columns.lei = require(header, "LEI", file);
  columns.legal_name = require(header, "Entity.LegalName", file);
  columns.other_names = numbered(header, "Entity.OtherEntityNames.OtherEntityName.");
  columns.transliterated_names =
      numbered(header, "Entity.TransliteratedOtherEntityNames.TransliteratedOtherEntityName.");
  columns.legal_form = find_column(header, "Entity.LegalForm.EntityLegalFormCode");
  columns.other_legal_form = find_column(header, "Entity.LegalForm.OtherLegalForm");
  columns.legal_country = find_column(header, "Entity.LegalAddress.Country");
  columns.hq_country = find_column(header, "Entity.HeadquartersAddress.Country");
  columns.entity_status = find_column(header, "Entity.EntityStatus");
  columns.registration_status = find_column(header, "Registration.RegistrationStatus");
  columns.initial_registration = find_column(header, "Registration.InitialRegistrationDate");
  return columns;
}

gleif_relationship_columns relationship_columns(std::span<const std::string_view> header, const std::string& file) {
  gleif_relationship_columns columns;
  columns.child = require(header, "Relationship.StartNode.NodeID", file);
  columns.parent = require(header, "Relationship.EndNode.NodeID", file);
  columns.type = require(header, "Relationship.RelationshipType", file);
  columns.status = find_column(header, "Relationship.RelationshipStatus");
  for (std::size_t n = 1;; ++n) {
    const std::string prefix = "Relationship.Period." + std::to_string(n) + ".";
    gleif_period_columns period{find_column(header, prefix + "startDate"), find_column(header, prefix + "endDate"),
                                find_column(header, prefix + "periodType")};
    if (!period.start && !period.end && !period.type) return columns;
    columns.periods.push_back(period);
  }
}

gleif_exception_columns exception_columns(std::span<const std::string_view> header, const std::string& file) {
  gleif_exception_columns columns;
  columns.lei = require(header, "LEI", file);
  const auto category = find_any(header, {"Exception.Category", "ExceptionCategory"});
  columns.category = category ? *category : require(header, "Exception.Category", file);
  columns.reasons = numbered(header, "Exception.Reason.");
  if (columns.reasons.empty()) columns.reasons = numbered(header, "ExceptionReason.");
  return columns;
}

}  // namespace chainex
