// Query strings decoded with Boost.URL and checked to be UTF-8.
#include "chainex/server/query_params.hpp"

#include <algorithm>

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
