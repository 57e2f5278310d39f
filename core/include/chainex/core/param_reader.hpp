// param_reader.hpp — a query's parameters as given at a front door, read and checked against the registry.
//
// Both front doors hand over what they received as name/value text pairs (the API from the query string
// and the route's captures, the CLI from its options); every getter takes the parameter's type, default,
// bounds and allowed values from its registry entry, so no caller states a bound of its own. A value that
// does not fit throws query_error(bad_parameter) naming the parameter; check() tries every given value
// first, so a bad value is reported even where the query would not read it. Names the query does not take
// at this front door are ignored (the API lets clients add cache-busting parameters).
//
//   const param_reader params(query_named("path"), {{"from", "a"}, {"to", "b"}, {"k", "3"}}, front_door::api);
//   const long long k = params.integer("k");   // 3; "1" when absent; 400 for "0" or "x"
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chainex/core/registry.hpp"
#include "chainex/dates.hpp"

namespace chainex::core {

using param_values = std::vector<std::pair<std::string, std::string>>;

class param_reader {
 public:
  param_reader(const query_spec& query, param_values values, front_door door);

  [[nodiscard]] const query_spec& query() const noexcept { return *query_; }
  // Reads every given parameter the query takes, and requires the required ones.
  void check() const;

  // The value as given, if it was (empty values count as given).
  [[nodiscard]] std::optional<std::string_view> given(std::string_view name) const;
  // The value, or the default ("" when there is none); required parameters must be given and non-empty.
  [[nodiscard]] std::string text(std::string_view name) const;
  [[nodiscard]] long long integer(std::string_view name) const;
  [[nodiscard]] double number(std::string_view name) const;
  [[nodiscard]] bool boolean(std::string_view name) const;
  [[nodiscard]] std::string choice(std::string_view name) const;
  // The first day of a date parameter (chainex/dates.hpp); nothing when it is absent or empty.
  [[nodiscard]] std::optional<day_number> date(std::string_view name) const;
  // Comma-separated items (empty ones dropped), each among the allowed values when the registry lists them.
  [[nodiscard]] std::vector<std::string> list(std::string_view name) const;

 private:
  [[nodiscard]] const param_spec& spec(std::string_view name) const;
  [[nodiscard]] std::optional<std::string_view> value_or_default(const param_spec& param) const;

  const query_spec* query_;
  param_values values_;
  front_door door_;
};

}  // namespace chainex::core
