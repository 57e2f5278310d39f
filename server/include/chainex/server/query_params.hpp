// query_params.hpp — a request's query string, decoded (Boost.URL), with checked typed getters.
//
// Every getter takes a default and, for numbers, bounds; a malformed or out-of-range value throws
// http_error(problem::bad_parameter) naming the parameter, so handlers read parameters in one line each.
//
//   const query_params query(request_target);
//   const int depth = query.integer("depth", 1, 1, 4);
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chainex::server {

class query_params {
 public:
  // `encoded_query` is the part after '?', still percent-encoded ('+' counts as a space).
  explicit query_params(std::string_view encoded_query);

  [[nodiscard]] std::optional<std::string_view> get(std::string_view name) const noexcept;
  // The value, which must be present and non-empty.
  [[nodiscard]] std::string_view required(std::string_view name) const;
  [[nodiscard]] std::string_view text(std::string_view name, std::string_view fallback) const noexcept;
  [[nodiscard]] long long integer(std::string_view name, long long fallback, long long min, long long max) const;
  [[nodiscard]] bool boolean(std::string_view name, bool fallback) const;
  // One of `choices`, or `fallback` when absent.
  [[nodiscard]] std::string_view choice(std::string_view name, std::string_view fallback,
                                        const std::vector<std::string_view>& choices) const;
  // A comma-separated list; empty when absent. Empty items are dropped.
  [[nodiscard]] std::vector<std::string> list(std::string_view name) const;
  // Every parameter, decoded, sorted by name (stable) and length-prefixed, as one string: equal for
  // queries that differ only in the order of names or in encoding (a cache key).
  [[nodiscard]] std::string canonical() const;

 private:
  std::vector<std::pair<std::string, std::string>> params_;
};

}  // namespace chainex::server
