// query_params.hpp — a request's query string, decoded (Boost.URL) and checked to be UTF-8.
//
// Handlers do not read parameters from here: they hand pairs() to the query registry's reader
// (chainex/core/param_reader.hpp), which knows each parameter's type, default and bounds. A query string
// that is not well-formed, or a name or value that is not UTF-8, throws http_error(problem::bad_request or
// bad_parameter). canonical() is the answer cache's key.
//
//   const query_params query(url.encoded_query());
//   core::param_reader params(core::query_named("path"), query.pairs(), core::front_door::api);
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace chainex::server {

class query_params {
 public:
  // `encoded_query` is the part after '?', still percent-encoded ('+' counts as a space).
  explicit query_params(std::string_view encoded_query);

  // Every parameter, decoded, in the order given.
  [[nodiscard]] const std::vector<std::pair<std::string, std::string>>& pairs() const noexcept { return params_; }
  // Every parameter, decoded, sorted by name (stable) and length-prefixed, as one string: equal for
  // queries that differ only in the order of names or in encoding (a cache key).
  [[nodiscard]] std::string canonical() const;

 private:
  std::vector<std::pair<std::string, std::string>> params_;
};

}  // namespace chainex::server
