// dates.hpp — the dates of the time model: ISO 8601 calendar dates, whole or partial, as day numbers.
//
// A node or edge may carry `since` and `until` (README.md, datasets/README.md): `YYYY-MM-DD`, `YYYY-MM`
// or `YYYY`. A date is read once, at import, into a day number (days since 1970-01-01, proleptic
// Gregorian); a partial date stands for its first day. An item is present as of day D when
// since <= D < until; a missing since is the first day there is, a missing until the last.
// `since_basis` says how a since is known: exact (the default), source-year (only the year a source
// reports), announced (the day it was announced, not the day it took effect).
//
//   parse_date("2017-03") -> day 17226 (2017-03-01);  format_date(17226) == "2017-03-01"
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "chainex/name_table.hpp"

namespace chainex {

using day_number = std::int32_t;
inline constexpr day_number first_day = std::numeric_limits<day_number>::min();  // a missing since
inline constexpr day_number last_day = std::numeric_limits<day_number>::max();   // a missing until

struct civil_date {
  int year = 1970;
  unsigned month = 1;  // 1 to 12
  unsigned day = 1;    // 1 to 31
};

// Days since 1970-01-01 of a valid calendar date (H. Hinnant's days_from_civil).
[[nodiscard]] constexpr day_number days_from_civil(civil_date date) noexcept {
  const int year = date.year - (date.month <= 2 ? 1 : 0);
  const int era = (year >= 0 ? year : year - 399) / 400;
  const auto year_of_era = static_cast<unsigned>(year - era * 400);
  const unsigned day_of_year = (153 * (date.month > 2 ? date.month - 3 : date.month + 9) + 2) / 5 + date.day - 1;
  const unsigned day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + static_cast<int>(day_of_era) - 719468;
}

// The calendar date of a day number (H. Hinnant's civil_from_days).
[[nodiscard]] civil_date civil_from_days(day_number day) noexcept;

// The first day of `text` (YYYY, YYYY-MM or YYYY-MM-DD, years 0001 to 9999), or why it is not a date.
[[nodiscard]] std::variant<day_number, std::string> parse_date(std::string_view text);
// The first day of `text`, or nothing when it is not a date.
[[nodiscard]] std::optional<day_number> day_of(std::string_view text) noexcept;
// YYYY-MM-DD.
[[nodiscard]] std::string format_date(day_number day);

// The year a day falls in, and the last day of a year.
[[nodiscard]] int year_of(day_number day) noexcept;
[[nodiscard]] constexpr day_number last_day_of_year(int year) noexcept { return days_from_civil({year, 12, 31}); }
// Today, in UTC.
[[nodiscard]] day_number today() noexcept;

// Whether an item that begins on `since` and ends on `until` is present on `day`.
[[nodiscard]] constexpr bool present_on(day_number since, day_number until, day_number day) noexcept {
  return since <= day && day < until;
}

enum class since_basis : std::uint8_t { exact, source_year, announced };
inline constexpr std::array since_basis_names{named{since_basis::exact, "exact"},
                                              named{since_basis::source_year, "source-year"},
                                              named{since_basis::announced, "announced"}};
[[nodiscard]] constexpr std::string_view to_string(since_basis basis) noexcept {
  return name_in(since_basis_names, basis);
}

// Why an item's since and until (each as written, "" when absent) do not go together, or "" when they do:
// a date that is not one, an until before its since.
[[nodiscard]] std::string check_lifespan(std::string_view since, std::string_view until);
// Why a since_basis is none of exact, source-year and announced, or "" when it is one.
[[nodiscard]] std::string check_since_basis(std::string_view basis);

}  // namespace chainex
