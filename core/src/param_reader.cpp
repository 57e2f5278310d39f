// Reading parameters through the registry (see param_reader.hpp).
#include "chainex/core/param_reader.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>
#include <variant>

#include "chainex/query_error.hpp"

namespace chainex::core {
namespace {

[[noreturn]] void bad(const param_spec& param, const std::string& why) {
  throw query_error(failure_code::bad_parameter, "parameter '" + std::string(param.name) + "' " + why,
                    {{"parameter", std::string(param.name)}});
}

std::string joined(const std::vector<std::string_view>& items) {
  std::string out;
  for (const std::string_view item : items) out += (out.empty() ? "" : ", ") + std::string(item);
  return out;
}

std::string bounds_text(const param_spec& param) {
  const auto text = [&](double value) {
    if (param.type == param_type::integer) return std::to_string(static_cast<long long>(value));
    std::string number = std::to_string(value);
    number.erase(number.find_last_not_of('0') + 1);
    if (number.ends_with('.')) number.pop_back();
    return number;
  };
  return "must be between " + text(param.min) + " and " + text(param.max);
}

}  // namespace

param_reader::param_reader(const query_spec& query, param_values values, front_door door)
    : query_(&query), values_(std::move(values)), door_(door) {}

const param_spec& param_reader::spec(std::string_view name) const {
  const param_spec* param = query_->find(name);
  if (!param)
    throw std::logic_error("query '" + std::string(query_->name) + "' has no parameter '" + std::string(name) + "'");
  return *param;
}

std::optional<std::string_view> param_reader::given(std::string_view name) const {
  if (!spec(name).taken_by(door_)) return std::nullopt;
  for (const auto& [key, value] : values_)
    if (key == name) return std::string_view(value);
  return std::nullopt;
}

std::optional<std::string_view> param_reader::value_or_default(const param_spec& param) const {
  const auto value = given(param.name);
  if (param.required && (!value || value->empty())) bad(param, "is required");
  if (value) return value;
  if (param.fallback.empty()) return std::nullopt;
  return param.fallback;
}

std::string param_reader::text(std::string_view name) const {
  return std::string(value_or_default(spec(name)).value_or(""));
}

long long param_reader::integer(std::string_view name) const {
  const param_spec& param = spec(name);
  const std::string_view value = value_or_default(param).value_or("0");
  long long number = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (value.empty() || error != std::errc() || end != value.data() + value.size()) bad(param, "must be an integer");
  if (static_cast<double>(number) < param.min || static_cast<double>(number) > param.max)
    bad(param, bounds_text(param));
  return number;
}

double param_reader::number(std::string_view name) const {
  const param_spec& param = spec(name);
  const std::string_view value = value_or_default(param).value_or("0");
  double number = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (value.empty() || error != std::errc() || end != value.data() + value.size() || !std::isfinite(number))
    bad(param, "must be a number");
  if (number < param.min || number > param.max) bad(param, bounds_text(param));
  return number;
}

bool param_reader::boolean(std::string_view name) const {
  const param_spec& param = spec(name);
  const std::string_view value = value_or_default(param).value_or("false");
  if (value == "true" || value == "1") return true;
  if (value == "false" || value == "0") return false;
  bad(param, "must be true or false");
}

std::string param_reader::choice(std::string_view name) const {
  const param_spec& param = spec(name);
  const std::string_view value = value_or_default(param).value_or("");
  if (std::ranges::find(param.choices, value) == param.choices.end())
    bad(param, "must be one of: " + joined(param.choices));
  return std::string(value);
}

std::optional<day_number> param_reader::date(std::string_view name) const {
  const param_spec& param = spec(name);
  const std::string_view value = value_or_default(param).value_or("");
  if (value.empty()) return std::nullopt;
  auto day = parse_date(value);
  if (auto* why = std::get_if<std::string>(&day))
    bad(param, "must be a date: " + *why + " ('" + std::string(value) + "')");
  return std::get<day_number>(day);
}

std::vector<std::string> param_reader::list(std::string_view name) const {
  const param_spec& param = spec(name);
  std::vector<std::string> items;
  std::string_view rest = value_or_default(param).value_or("");
  while (!rest.empty()) {
    const auto comma = rest.find(',');
    const std::string_view item = rest.substr(0, comma);
    if (!item.empty()) {
      if (!param.choices.empty() && std::ranges::find(param.choices, item) == param.choices.end())
        bad(param, "has '" + std::string(item) + "', which is not one of: " + joined(param.choices));
      items.emplace_back(item);
    }
    if (comma == std::string_view::npos) break;
    rest.remove_prefix(comma + 1);
  }
  return items;
}

void param_reader::check() const {
  for (const param_spec& param : query_->params) {
    if (!param.taken_by(door_)) continue;
    switch (param.type) {
      case param_type::integer:
        (void)integer(param.name);
        break;
      case param_type::number:
        (void)number(param.name);
        break;
      case param_type::boolean:
        (void)boolean(param.name);
        break;
      case param_type::choice:
        (void)choice(param.name);
        break;
      case param_type::list:
        (void)list(param.name);
        break;
      case param_type::text:
        (void)text(param.name);
        break;
      case param_type::date:
        (void)date(param.name);
        break;
    }
  }
}

}  // namespace chainex::core
