// name_table.hpp — how an enum's values get their names: one table of {value, name} pairs per enum.
//
// Each enum that is named in files, on the command line or in the API declares its table next to it, and
// its to_string/parse functions read that table; the query registry lists a parameter's allowed values
// from the same table, so a name exists in exactly one place.
//
//   inline constexpr std::array direction_names{named{direction::out, "out"}, named{direction::in, "in"}};
//   name_in(direction_names, direction::in) == "in";  value_in(direction_names, "out") == direction::out
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace chainex {

template <class Enum>
struct named {
  Enum value;
  std::string_view name;
};
// clang 14 does not deduce an aggregate's arguments by itself (C++20's P1816).
template <class Enum>
named(Enum, std::string_view) -> named<Enum>;

// The name of `value`; the first entry's name for a value the table lacks (never happens for a full table).
template <class Enum, std::size_t N>
[[nodiscard]] constexpr std::string_view name_in(const std::array<named<Enum>, N>& table, Enum value) noexcept {
  for (const named<Enum>& entry : table)
    if (entry.value == value) return entry.name;
  return table[0].name;
}

template <class Enum, std::size_t N>
[[nodiscard]] constexpr std::optional<Enum> value_in(const std::array<named<Enum>, N>& table,
                                                     std::string_view name) noexcept {
  for (const named<Enum>& entry : table)
    if (entry.name == name) return entry.value;
  return std::nullopt;
}

// Every name of the table, in table order.
template <class Enum, std::size_t N>
[[nodiscard]] std::vector<std::string_view> names_of(const std::array<named<Enum>, N>& table) {
  std::vector<std::string_view> names;
  names.reserve(N);
  for (const named<Enum>& entry : table) names.push_back(entry.name);
  return names;
}

}  // namespace chainex
