// import_plan.hpp — what each column of a CSV file means, read from its header row.
//
// The three conventions name the same things differently (see import.hpp). A plan maps every column
// to its role: the node id, kind and name; the edge source, target, relation type, weight and direction;
// or a typed property kept under its own name. Planning fails with a diagnostic when a required
// column is missing, a column is named twice or the convention cannot be told. neo4j-admin's ID spaces
// (`:ID(Company)`, `:START_ID(Company)`) make ids `Company:<id>`: the same id in two spaces is two nodes.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chainex/diagnostic.hpp"
#include "chainex/import.hpp"

namespace chainex {

enum class column_role { id, kind, labels, name, source, target, relation, weight, direction, property, ignored };

struct planned_column {
  // Built from braces, as {role, property, type}: not explicit.
  planned_column(column_role role_ = column_role::property, std::string property_ = {},
                 value_type type_ = value_type::string, bool array_ = false, std::string id_space_ = {})
      : role(role_), property(std::move(property_)), type(type_), array(array_), id_space(std::move(id_space_)) {}

  column_role role;
  std::string property;  // the property's name (for role property, and the id kept as a property)
  value_type type;
  bool array;            // neo4j-admin `name:type[]`: `;`-separated values, each of `type`
  std::string id_space;  // neo4j-admin `:ID(Space)`, `:START_ID(Space)`, `:END_ID(Space)`
};

struct table_plan {
  csv_convention convention = csv_convention::native;
  std::vector<planned_column> columns;
  // Index of the column with each single role, if any.
  std::optional<std::size_t> id, kind, labels, name, source, target, relation, weight, direction;
  // The property columns of the time model, if any.
  std::optional<std::size_t> since, until, since_basis;
  // Per column, what its ids are prefixed with (`Space:` for a column with an ID space); empty when no
  // column has one.
  std::vector<std::string> id_prefixes;
};

// The separator of neo4j-admin array values (its --array-delimiter default).
inline constexpr char array_delimiter = ';';

enum class table_kind { nodes, edges };

// Whether a property of this name is a date of the time model (since, until), whatever its declared type.
[[nodiscard]] bool is_date_column(std::string_view name) noexcept;

// ASCII letters compared without case (header names, Gephi's Directed/Undirected).
[[nodiscard]] bool equals_ignoring_case(std::string_view a, std::string_view b) noexcept;

// The diagnostic for header field `index` (its line and column) with a message.
using header_locator = std::function<diagnostic(std::size_t index, std::string message)>;

// Throws data_error (at line 1, at the offending column when there is one) when the header cannot be used.
[[nodiscard]] table_plan plan_table(table_kind table, std::span<const std::string_view> header,
                                    csv_convention requested, const std::string& file, const header_locator& locate);

// The convention a header row follows, if it can be told.
[[nodiscard]] std::optional<csv_convention> detect_convention(table_kind table,
                                                              std::span<const std::string_view> header);

}  // namespace chainex
