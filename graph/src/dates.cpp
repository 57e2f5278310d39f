#include "chainex/dates.hpp"

#include <ctime>
#include <tuple>

namespace chainex {
namespace {

constexpr bool leap(int year) noexcept { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

constexpr unsigned days_in_month(int year, unsigned month) noexcept {
  constexpr unsigned lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && leap(year) ? 29 : lengths[month - 1];
}

// The number written by exactly `digits` ASCII digits at the start of `text`, or -1.
int digits_at(std::string_view text, std::size_t digits) noexcept {
  if (text.size() < digits) return -1;
  int value = 0;
  for (std::size_t i = 0; i < digits; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

}  // namespace

civil_date civil_from_days(day_number day) noexcept {
  const std::int64_t z = std::int64_t{day} + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto day_of_era = static_cast<unsigned>(z - era * 146097);
  const unsigned year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const unsigned day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const unsigned shifted_month = (5 * day_of_year + 2) / 153;
  const unsigned day_of_month = day_of_year - (153 * shifted_month + 2) / 5 + 1;
  const unsigned month = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
  const auto year = static_cast<int>(year_of_era + era * 400) + (month <= 2 ? 1 : 0);
  return {year, month, day_of_month};
}

std::variant<day_number, std::string> parse_date(std::string_view text) {
  const std::string expected = "not a date (YYYY, YYYY-MM or YYYY-MM-DD)";
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return expected;
  civil_date date{digits_at(text, 4), 1, 1};
  if (date.year < 0) return expected;
  if (date.year == 0) return std::string("year 0000 is not a date (years run from 0001)");
  if (text.size() >= 7) {
    const int month = text[4] == '-' ? digits_at(text.substr(5), 2) : -1;
    if (month < 0) return expected;
    if (month < 1 || month > 12) return "month " + std::string(text.substr(5, 2)) + " is not 01 to 12";
    date.month = static_cast<unsigned>(month);
  }
  if (text.size() == 10) {
    const int day = text[7] == '-' ? digits_at(text.substr(8), 2) : -1;
    if (day < 0) return expected;
    if (day < 1 || static_cast<unsigned>(day) > days_in_month(date.year, date.month))
      return "day " + std::string(text.substr(8, 2)) + " is not in " + std::string(text.substr(0, 7));
    date.day = static_cast<unsigned>(day);
  }
  return days_from_civil(date);
}

std::optional<day_number> day_of(std::string_view text) noexcept {
  try {
    const auto parsed = parse_date(text);
    if (const auto* day = std::get_if<day_number>(&parsed)) return *day;
  } catch (...) {  // the reason's string could not be allocated: still not a date
  }
  return std::nullopt;
}

std::string format_date(day_number day) {
  const civil_date date = civil_from_days(day);
  char text[16] = {};
  char* end = text;
  const auto put = [&](unsigned value, int width) {
    for (int i = width - 1; i >= 0; --i, value /= 10) end[i] = static_cast<char>('0' + value % 10);
    end += width;
  };
  put(static_cast<unsigned>(date.year), 4);
  *end++ = '-';
  put(date.month, 2);
  *end++ = '-';
  put(date.day, 2);
  return {text, end};
}

int year_of(day_number day) noexcept { return civil_from_days(day).year; }

day_number today() noexcept {
  return static_cast<day_number>(std::time(nullptr) / 86400);  // POSIX time counts no leap seconds
}

std::string check_lifespan(std::string_view since, std::string_view until) {
  day_number begins = first_day;
  day_number ends = last_day;
  for (const auto& [name, text, day] : {std::tuple{"since", since, &begins}, std::tuple{"until", until, &ends}}) {
    if (text.empty()) continue;
    auto parsed = parse_date(text);
    if (auto* why = std::get_if<std::string>(&parsed))
      return std::string(name) + ": " + *why + " ('" + std::string(text) + "')";
    *day = std::get<day_number>(parsed);
  }
  if (ends < begins) return "until " + std::string(until) + " is before since " + std::string(since);
  return {};
}

std::string check_since_basis(std::string_view basis) {
  if (basis.empty() || value_in(since_basis_names, basis)) return {};
  return "since_basis '" + std::string(basis) + "' is not exact, source-year or announced";
}

}  // namespace chainex
