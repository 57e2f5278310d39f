#include "import_plan.hpp"

#include <algorithm>
#include <array>

#include "gleif/gleif_tables.hpp"

namespace chainex {
namespace {

bool has(std::span<const std::string_view> header, std::string_view name) {
  return std::find(header.begin(), header.end(), name) != header.end();
}

bool has_ignoring_case(std::span<const std::string_view> header, std::string_view name) {
  return std::any_of(header.begin(), header.end(), [&](std::string_view h) { return equals_ignoring_case(h, name); });
}

// neo4j-admin names a column `name:type`; the part after the last ':' may carry an id space in parentheses.
struct neo4j_header {
  std::string_view name;
  std::string_view type;   // "ID", "LABEL", "START_ID", "int", "string[]", … or "" when untyped
  std::string_view space;  // "Company" in `:ID(Company)`, else ""
};

neo4j_header split_neo4j(std::string_view field) {
  const auto colon = field.rfind(':');
  if (colon == std::string_view::npos) return {field, {}, {}};
  std::string_view type = field.substr(colon + 1);
  std::string_view space;
  if (const auto paren = type.find('('); paren != std::string_view::npos) {
    space = type.substr(paren + 1);
    if (!space.empty() && space.back() == ')') space.remove_suffix(1);
    type = type.substr(0, paren);
  }
  return {field.substr(0, colon), type, space};
}

bool has_neo4j_type(std::span<const std::string_view> header, std::string_view type) {
  return std::any_of(header.begin(), header.end(), [&](std::string_view h) { return split_neo4j(h).type == type; });
}

value_type native_type(std::string_view column) {
  if (is_date_column(column)) return value_type::date;
  static constexpr std::array<std::string_view, 2> integers{"founded", "year"};
  static constexpr std::array<std::string_view, 4> floats{"lat", "lon", "share", "weight"};
  if (std::find(integers.begin(), integers.end(), column) != integers.end()) return value_type::integer;
  if (std::find(floats.begin(), floats.end(), column) != floats.end()) return value_type::floating;
  return value_type::string;
}

value_type neo4j_value_type(std::string_view type) {
  if (type.ends_with("[]")) type.remove_suffix(2);
  if (type == "int" || type == "long" || type == "short" || type == "byte") return value_type::integer;
  if (type == "float" || type == "double") return value_type::floating;
  if (type == "boolean") return value_type::boolean;
  return value_type::string;  // string, char, dates, points: kept as text
}

planned_column plan_native(table_kind table, std::string_view field) {
  if (table == table_kind::nodes) {
    if (field == "id") return {column_role::id, {}, value_type::string};
    if (field == "kind") return {column_role::kind, {}, value_type::string};
    if (field == "name") return {column_role::name, {}, value_type::string};
  } else {
    if (field == "source") return {column_role::source, {}, value_type::string};
    if (field == "target") return {column_role::target, {}, value_type::string};
    if (field == "type") return {column_role::relation, {}, value_type::string};
    if (field == "weight") return {column_role::weight, {}, value_type::floating};
    if (field == "directed") return {column_role::direction, {}, value_type::boolean};
  }
  return {column_role::property, std::string(field), native_type(field)};
}

planned_column plan_gephi(table_kind table, std::string_view field, std::span<const std::string_view> header) {
  if (table == table_kind::nodes) {
    if (equals_ignoring_case(field, "id")) return {column_role::id, {}, value_type::string};
    if (equals_ignoring_case(field, "label")) return {column_role::name, {}, value_type::string};
    if (equals_ignoring_case(field, "kind")) return {column_role::kind, {}, value_type::string};
  } else {
    if (equals_ignoring_case(field, "source")) return {column_role::source, {}, value_type::string};
    if (equals_ignoring_case(field, "target")) return {column_role::target, {}, value_type::string};
    if (equals_ignoring_case(field, "type")) return {column_role::direction, {}, value_type::string};
    if (equals_ignoring_case(field, "weight")) return {column_role::weight, {}, value_type::floating};
    if (equals_ignoring_case(field, "kind")) return {column_role::relation, {}, value_type::string};
    // The relation is in Kind when there is one, else in Label; Gephi's edge Id is its own numbering.
    if (equals_ignoring_case(field, "label"))
      return has_ignoring_case(header, "kind") ? planned_column{column_role::property, "label", value_type::string}
                                               : planned_column{column_role::relation, {}, value_type::string};
    if (equals_ignoring_case(field, "id")) return {column_role::ignored, {}, value_type::string};
  }
  return {column_role::property, std::string(field), native_type(field)};
}

planned_column plan_neo4j(table_kind table, std::string_view field) {
  const auto [name, type, space] = split_neo4j(field);
  if (type == "IGNORE") return {column_role::ignored, {}, value_type::string};
  if (table == table_kind::nodes) {
    if (type == "ID") return {column_role::id, std::string(name), value_type::string, false, std::string(space)};
    if (type == "LABEL") return {column_role::labels, {}, value_type::string};
    if (name == "name") return {column_role::name, {}, value_type::string};
  } else {
    if (type == "START_ID") return {column_role::source, {}, value_type::string, false, std::string(space)};
    if (type == "END_ID") return {column_role::target, {}, value_type::string, false, std::string(space)};
    if (type == "TYPE") return {column_role::relation, {}, value_type::string};
    if (name == "weight") return {column_role::weight, {}, value_type::floating};
    if (name == "directed" && type == "boolean") return {column_role::direction, {}, value_type::boolean};
  }
  const value_type typed = is_date_column(name) ? value_type::date : neo4j_value_type(type);
  return {column_role::property, std::string(name), typed, type.ends_with("[]")};
}

// What makes two header fields the same column: the name as written (chainex), without case (Gephi), the
// name before the type (neo4j-admin, whose `name` and `name:string` are one property), else the type
// (`:ID`, `:LABEL`). Empty for a
// column that may repeat (neo4j-admin's `:IGNORE`).
std::string column_key(csv_convention convention, std::string_view field, const planned_column& column) {
  if (convention == csv_convention::neo4j) {
    if (column.role == column_role::ignored) return {};
    const auto [name, type, space] = split_neo4j(field);
    return std::string(name.empty() ? type : name);
  }
  std::string key(field);
  if (convention == csv_convention::gephi) {
    std::transform(key.begin(), key.end(), key.begin(), [](char c) { return c >= 'A' && c <= 'Z' ? c | 0x20 : c; });
  }
  return key;
}

void note_role(table_plan& plan, std::size_t index, const header_locator& locate, std::string_view field) {
  std::optional<std::size_t>* slot = nullptr;
  switch (plan.columns[index].role) {
    case column_role::id:
      slot = &plan.id;
      break;
    case column_role::kind:
      slot = &plan.kind;
      break;
    case column_role::labels:
      slot = &plan.labels;
      break;
    case column_role::name:
      slot = &plan.name;
      break;
    case column_role::source:
      slot = &plan.source;
      break;
    case column_role::target:
      slot = &plan.target;
      break;
    case column_role::relation:
      slot = &plan.relation;
      break;
    case column_role::weight:
      slot = &plan.weight;
      break;
    case column_role::direction:
      slot = &plan.direction;
      break;
    case column_role::property:
    case column_role::ignored:
      return;
  }
  if (slot->has_value())
    throw data_error(locate(index, "column '" + std::string(field) + "' has the role of column " +
                                       std::to_string(**slot + 1) + " in the header"));
  *slot = index;
}

// The columns of the time model, checked together per row (chainex/dates.hpp).
void note_lifespan(table_plan& plan, std::size_t index) {
  const planned_column& column = plan.columns[index];
  if (column.role != column_role::property || column.array) return;
  if (column.property == "since") plan.since = index;
  if (column.property == "until") plan.until = index;
  if (column.property == "since_basis") plan.since_basis = index;
}

void require(const std::optional<std::size_t>& column, std::string_view name, const table_plan& plan,
             const std::string& file) {
  if (column) return;
  throw data_error({file, 1, 0,
                    "missing required column '" + std::string(name) + "' (" + std::string(to_string(plan.convention)) +
                        " convention)"});
}

}  // namespace

bool is_date_column(std::string_view name) noexcept { return name == "since" || name == "until"; }

bool equals_ignoring_case(std::string_view a, std::string_view b) noexcept {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return (x | 0x20) == (y | 0x20); });
}

std::optional<csv_convention> detect_convention(table_kind table, std::span<const std::string_view> header) {
  if (gleif_table_of(header)) return csv_convention::gleif;
  if (table == table_kind::nodes) {
    if (has_neo4j_type(header, "ID") || has_neo4j_type(header, "LABEL")) return csv_convention::neo4j;
    if (has(header, "id") && has(header, "kind")) return csv_convention::native;
    if (has_ignoring_case(header, "id")) return csv_convention::gephi;
  } else {
    if (has_neo4j_type(header, "START_ID") || has_neo4j_type(header, "END_ID")) return csv_convention::neo4j;
    if (has(header, "source") && has(header, "target") && has(header, "type") && !has(header, "Type"))
      return csv_convention::native;
    if (has_ignoring_case(header, "source") && has_ignoring_case(header, "target")) return csv_convention::gephi;
  }
  return std::nullopt;
}

table_plan plan_table(table_kind table, std::span<const std::string_view> header, csv_convention requested,
                      const std::string& file, const header_locator& locate) {
  table_plan plan;
  if (requested == csv_convention::automatic) {
    const auto detected = detect_convention(table, header);
    if (!detected) {
      throw data_error({file, 1, 0,
                        table == table_kind::nodes
                            ? "cannot tell the CSV convention from the header: expected id,kind,name (chainex), "
                              "Id,Label (Gephi) or :ID,:LABEL (neo4j-admin)"
                            : "cannot tell the CSV convention from the header: expected source,target,type "
                              "(chainex), Source,Target (Gephi) or :START_ID,:END_ID,:TYPE (neo4j-admin)"});
    }
    plan.convention = *detected;
  } else {
    plan.convention = requested;
  }
  std::vector<std::string> keys;
  for (std::size_t i = 0; i < header.size(); ++i) {
    switch (plan.convention) {
      case csv_convention::gephi:
        plan.columns.push_back(plan_gephi(table, header[i], header));
        break;
      case csv_convention::neo4j:
        plan.columns.push_back(plan_neo4j(table, header[i]));
        break;
      default:
        plan.columns.push_back(plan_native(table, header[i]));
        break;
    }
    if (plan.columns.back().role == column_role::property && plan.columns.back().property.empty())
      throw data_error(locate(i, "column " + std::to_string(i + 1) + " has an empty name"));
    keys.push_back(column_key(plan.convention, header[i], plan.columns.back()));
    const auto first = std::find(keys.begin(), keys.end() - 1, keys.back());
    if (!keys.back().empty() && first != keys.end() - 1) {
      throw data_error(locate(i, "column '" + std::string(header[i]) +
                                     "' appears twice in the header (first as column " +
                                     std::to_string(first - keys.begin() + 1) + ")"));
    }
    note_role(plan, i, locate, header[i]);
    note_lifespan(plan, i);
    if (!plan.columns.back().id_space.empty()) {
      plan.id_prefixes.resize(header.size());
      plan.id_prefixes[i] = plan.columns.back().id_space + ":";
    }
  }
  if (table == table_kind::nodes) {
    require(plan.id,
            plan.convention == csv_convention::neo4j   ? ":ID"
            : plan.convention == csv_convention::gephi ? "Id"
                                                       : "id",
            plan, file);
    if (plan.convention == csv_convention::native) {
      require(plan.kind, "kind", plan, file);
      require(plan.name, "name", plan, file);
    }
  } else {
    const bool neo4j = plan.convention == csv_convention::neo4j;
    const bool gephi = plan.convention == csv_convention::gephi;
    require(plan.source, neo4j ? ":START_ID" : gephi ? "Source" : "source", plan, file);
    require(plan.target, neo4j ? ":END_ID" : gephi ? "Target" : "target", plan, file);
    if (!gephi) require(plan.relation, neo4j ? ":TYPE" : "type", plan, file);
  }
  return plan;
}

}  // namespace chainex
