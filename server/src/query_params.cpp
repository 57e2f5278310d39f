// Query strings decoded with Boost.URL, read through checked getters.
#include "chainex/server/query_params.hpp"

#include <algorithm>
#include <charconv>

#include <boost/url/params_view.hpp>
#include <boost/url/parse_query.hpp>

#include "chainex/server/problem.hpp"
#include "chainex/utf8_check.hpp"

namespace chainex::server {
namespace {

[[noreturn]] void bad(std::string_view name, std::string_view why) {
  throw http_error(problem::bad_parameter, "parameter '" + std::string(name) + "' " + std::string(why));
}

}  // namespace

query_params::query_params(std::string_view encoded_query) {
  auto parsed = boost::urls::parse_query(encoded_query);
  if (!parsed) throw http_error(problem::bad_request, "the query string is not well-formed");
  const boost::urls::params_view decoded = *parsed;  // '+' decodes to a space
  for (const boost::urls::param& param : decoded) {
    if (!is_valid_utf8(param.key)) throw http_error(problem::bad_parameter, "a parameter name is not valid UTF-8");
    if (!is_valid_utf8(param.value)) bad(param.key, "is not valid UTF-8");
    params_.emplace_back(param.key, param.value);
  }
}

std::optional<std::string_view> query_params::get(std::string_view name) const noexcept {
  for (const auto& [key, value] : params_)
    if (key == name) return std::string_view(value);
  return std::nullopt;
}

std::string_view query_params::required(std::string_view name) const {
  const auto value = get(name);
  if (!value || value->empty()) bad(name, "is required");
  return *value;
}

std::string_view query_params::text(std::string_view name, std::string_view fallback) const noexcept {
  return get(name).value_or(fallback);
}

long long query_params::integer(std::string_view name, long long fallback, long long min, long long max) const {
  const auto value = get(name);
  if (!value) return fallback;
  long long number = 0;
  const auto [end, error] = std::from_chars(value->data(), value->data() + value->size(), number);
  if (error != std::errc() || end != value->data() + value->size() || value->empty()) bad(name, "must be an integer");
  if (number < min || number > max) bad(name, "must be between " + std::to_string(min) + " and " + std::to_string(max));
  return number;
}

bool query_params::boolean(std::string_view name, bool fallback) const {
  const auto value = get(name);
  if (!value) return fallback;
  if (*value == "true" || *value == "1") return true;
  if (*value == "false" || *value == "0") return false;
  bad(name, "must be true or false");
}

std::string_view query_params::choice(std::string_view name, std::string_view fallback,
                                      const std::vector<std::string_view>& choices) const {
  const auto value = get(name);
  if (!value) return fallback;
  if (std::ranges::find(choices, *value) != choices.end()) return *value;
  std::string allowed;
  for (const auto choice_name : choices) allowed += (allowed.empty() ? "" : ", ") + std::string(choice_name);
  bad(name, "must be one of: " + allowed);
}

std::vector<std::string> query_params::list(std::string_view name) const {
  std::vector<std::string> items;
  const auto value = get(name);
  if (!value) return items;
  std::string_view rest = *value;
  while (!rest.empty()) {
    const auto comma = rest.find(',');
    const auto item = rest.substr(0, comma);
    if (!item.empty()) items.emplace_back(item);
    if (comma == std::string_view::npos) break;
    rest.remove_prefix(comma + 1);
  }
  return items;
}

std::string query_params::canonical() const {
  std::vector<const std::pair<std::string, std::string>*> sorted;
  sorted.reserve(params_.size());
  for (const auto& param : params_) sorted.push_back(&param);
  std::ranges::stable_sort(sorted, {}, [](const auto* param) { return param->first; });
  std::string out;  // length-prefixed: decoded names and values may hold any byte
  for (const auto* param : sorted)
    for (const std::string* part : {&param->first, &param->second}) {
      out += std::to_string(part->size());
      out += ':';
      out += *part;
    }
  return out;
}

}  // namespace chainex::server
