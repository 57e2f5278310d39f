// import_plan.hpp — what each column of a CSV file means, read from its header row.
//
// The three conventions name the same things differently (see import.hpp). A plan maps every column
// to its role: the node id, kind and name; the edge source, target, relation type, weight and direction;
// or a typed property kept under its own name. Planning fails with a diagnostic when a required
// column is missing or the convention cannot be told.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chainex/diagnostic.hpp"
#include "chainex/import.hpp"

namespace chainex {

enum class column_role { id, kind, labels, name, source, target, relation, weight, direction, property, ignored };

struct planned_column {
  column_role role = column_role::property;
  std::string property;  // the property's name (for role property, and the id kept as a property)
  value_type type = value_type::string;
};

struct table_plan {
  csv_convention convention = csv_convention::native;
  std::vector<planned_column> columns;
  // Index of the column with each single role, if any.
  std::optional<std::size_t> id, kind, labels, name, source, target, relation, weight, direction;
};

enum class table_kind { nodes, edges };

// ASCII letters compared without case (header names, Gephi's Directed/Undirected).
[[nodiscard]] bool equals_ignoring_case(std::string_view a, std::string_view b) noexcept;

// Throws data_error (at line 1) when the header cannot be used.
[[nodiscard]] table_plan plan_table(table_kind table, std::span<const std::string_view> header,
                                    csv_convention requested, const std::string& file);

// The convention a header row follows, if it can be told.
[[nodiscard]] std::optional<csv_convention> detect_convention(table_kind table,
                                                              std::span<const std::string_view> header);

}  // namespace chainex
