// problem.hpp — every way a request can fail, and the one place that turns it into an HTTP answer.
//
// Handlers throw `http_error{problem::…, "detail"}`; the router catches it and problem_response() maps the
// code to its status, title and type URI and writes an RFC 9457 `application/problem+json` body. CSV
// problems carry their diagnostics (file, line, column), a 405 its allowed methods. Nothing else in the
// server picks a 4xx/5xx status. The type URI is relative, `/problems/<slug>`, and the server itself
// explains each problem there (problem_pages.cpp, from the same table as describe()).
//
//   if (!node) throw http_error(problem::unknown_node, "no node with id '" + id + "'");
#pragma once

#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "chainex/diagnostic.hpp"
#include "chainex/query_error.hpp"
#include "chainex/server/http_types.hpp"

namespace chainex::server {

enum class problem {
  bad_request,             // 400 malformed HTTP, a missing Host or more than one
  bad_parameter,           // 400 a query parameter out of range or of the wrong form
  unauthorized,            // 401 missing or wrong bearer token
  forbidden,               // 403 writes are disabled (no token configured)
  unknown_route,           // 404
  unknown_node,            // 404
  method_not_allowed,      // 405 with Allow
  conflict,                // 409 another import is running
  payload_too_large,       // 413
  uri_too_long,            // 414
  unsupported_media_type,  // 415
  bad_csv,                 // 422 with the CSV diagnostics
  unanswerable,            // 422 the data cannot answer this query (a query_error's details)
  headers_too_large,       // 431
  internal,                // 500 never with the exception text
  not_implemented,         // 501 an unknown Transfer-Encoding
  deadline,                // 503 the query ran past its deadline, with Retry-After
  busy,                    // 503 the queue of expensive queries is full, with Retry-After
};

struct problem_info {
  problem code;
  unsigned status;
  std::string_view slug;  // the last part of the type URI, /problems/<slug>
  std::string_view title;
  std::string_view explanation;  // what went wrong and what to do about it, in a few sentences
};
[[nodiscard]] problem_info describe(problem code) noexcept;
// Every problem, each once, in the order of the enum.
[[nodiscard]] std::span<const problem_info> all_problems() noexcept;

class http_error : public std::runtime_error {
 public:
  http_error(problem code, std::string detail);
  http_error(problem code, std::string detail, std::vector<diagnostic> diagnostics);
  // A query error of graph/ or core/, mapped to its problem by problem_for().
  explicit http_error(const query_error& error);

  [[nodiscard]] problem code() const noexcept { return code_; }
  [[nodiscard]] const std::vector<diagnostic>& diagnostics() const noexcept { return diagnostics_; }
  [[nodiscard]] const std::vector<failure_detail>& details() const noexcept { return details_; }
  // Extra header fields for the answer (Allow, WWW-Authenticate, Retry-After).
  std::vector<header_field> headers;

 private:
  problem code_;
  std::vector<diagnostic> diagnostics_;
  std::vector<failure_detail> details_;
};

// The one map from a query error's code to its problem: 400 bad parameter, 404 unknown node, 422 the data
// cannot answer, 503 capacity.
[[nodiscard]] problem problem_for(failure_code code) noexcept;

[[nodiscard]] response problem_response(const http_error& error);
[[nodiscard]] response problem_response(problem code, std::string detail);

}  // namespace chainex::server
