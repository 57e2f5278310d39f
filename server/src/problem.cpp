// The problem table: status, title, type URI and explanation per code; the map from query errors; the
// problem+json answer (RFC 9457, its body written by core/).
#include "chainex/server/problem.hpp"

#include <array>

#include "chainex/core/encode.hpp"

namespace chainex::server {
namespace {

constexpr std::array problems{
    problem_info{problem::bad_request, 400, "bad-request", "Bad request",
                 "The request is not well-formed HTTP/1.1: its request line, header fields or body framing "
                 "could not be read, it has no Host field or more than one, or its target is not a path. "
                 "Fix the client or the proxy in front of it; the detail names what was wrong."},
    problem_info{problem::bad_parameter, 400, "bad-parameter", "Invalid query parameter",
                 "A query parameter is missing, not of the expected form, or outside its allowed range. The "
                 "detail names the parameter; GET /api/openapi.json lists every parameter with its bounds."},
    problem_info{problem::unauthorized, 401, "unauthorized", "Missing or invalid bearer token",
                 "Importing data needs the server's token in an Authorization: Bearer header. Send the "
                 "token the server was started with (chainex serve --token-file)."},
    problem_info{problem::forbidden, 403, "writes-disabled", "Writes are disabled on this server",
                 "This server was started without a token, so it refuses every import. Restart it with "
                 "--token-file to accept uploads, or restart it on the new files."},
    problem_info{problem::unknown_route, 404, "unknown-route", "No such route",
                 "Nothing is served at this path with this method. GET /api/openapi.json lists the API's "
                 "routes."},
    problem_info{problem::unknown_node, 404, "unknown-node", "No such node",
                 "The served graph has no node with this id. Ids are matched exactly; percent-encode them "
                 "in a path (a slash as %2F), or find the id with GET /api/search."},
    problem_info{problem::method_not_allowed, 405, "method-not-allowed", "Method not allowed",
                 "The path exists, but not under this method. The Allow header lists the methods it "
                 "answers."},
    problem_info{problem::conflict, 409, "import-running", "Another import is running",
                 "The server imports one dataset at a time and another import is in progress. Wait for it "
                 "to finish, then send yours again."},
    problem_info{problem::payload_too_large, 413, "payload-too-large", "Request body too large",
                 "The body is larger than the server accepts for this route. Send a smaller body, or start "
                 "chainex serve on a large dataset's files instead of uploading them."},
    problem_info{problem::uri_too_long, 414, "uri-too-long", "Request target too long",
                 "The path and query together are longer than the server accepts. Shorten the query, for "
                 "example by asking for fewer items at once."},
    problem_info{problem::unsupported_media_type, 415, "unsupported-media-type", "Unsupported media type",
                 "An import must be sent as multipart/form-data with the CSV files as its parts. Send it "
                 "with that Content-Type and a boundary."},
    problem_info{problem::bad_csv, 422, "bad-csv", "The CSV files cannot be imported",
                 "The uploaded files were read, but some rows cannot become a graph. The errors list gives "
                 "each one's file, line, column and reason; fix those rows and import again. Nothing was "
                 "loaded, and the server still serves the previous graph."},
    problem_info{problem::unanswerable, 422, "cannot-answer", "This data cannot answer this query",
                 "The query is well-formed, but the served graph cannot answer it: PageRank met a negative "
                 "edge weight, a power iteration did not converge, or a weighted path met a negative "
                 "weight. The detail and the details member name the edge or the limit; fix the data or ask "
                 "another metric."},
    problem_info{problem::headers_too_large, 431, "headers-too-large", "Request header fields too large",
                 "The request's header fields together are larger than the server accepts. Send fewer or "
                 "shorter fields, large cookies being the usual cause."},
    problem_info{problem::internal, 500, "internal", "Internal server error",
                 "The server failed to answer because of a fault of its own, not of the request. The "
                 "server's log says more; please report it with the request that caused it."},
    problem_info{problem::not_implemented, 501, "not-implemented", "Not implemented",
                 "The request uses a Transfer-Encoding the server does not understand; only chunked is. "
                 "Send the body with a Content-Length or chunked."},
    problem_info{problem::deadline, 503, "deadline-exceeded", "The query did not finish in time",
                 "The server stops any query that runs past its deadline (chainex serve --query-timeout), so "
                 "that one question cannot hold a worker for hours. Ask again after Retry-After seconds "
                 "(whole-graph results may be ready by then as a job), or ask for less: fewer paths, a "
                 "smaller depth, approx=true for betweenness."},
    problem_info{problem::busy, 503, "busy", "Too many expensive queries waiting; retry shortly",
                 "The queue of whole-graph queries is full. Retry after the number of seconds in the "
                 "Retry-After header."},
};

constexpr bool in_enum_order() {
  for (std::size_t i = 0; i < problems.size(); ++i)
    if (static_cast<std::size_t>(problems[i].code) != i) return false;
  return true;
}
static_assert(in_enum_order(), "one entry per problem, in the order of the enum");

}  // namespace

problem_info describe(problem code) noexcept {
  const auto index = static_cast<std::size_t>(code);
  return index < problems.size() ? problems[index] : problems[static_cast<std::size_t>(problem::internal)];
}

std::span<const problem_info> all_problems() noexcept { return problems; }

http_error::http_error(problem code, std::string detail) : http_error(code, std::move(detail), {}) {}

http_error::http_error(problem code, std::string detail, std::vector<diagnostic> diagnostics)
    : std::runtime_error(std::move(detail)), code_(code), diagnostics_(std::move(diagnostics)) {}

response problem_response(const http_error& error) {
  const problem_info info = describe(error.code());
  response answer{.status = info.status,
                  .headers = error.headers,
                  .body = core::encode_problem({.type = "/problems/" + std::string(info.slug),
                                                .title = std::string(info.title),
                                                .status = info.status,
                                                .detail = error.what(),
                                                .errors = error.diagnostics(),
                                                .details = error.details()}),
                  .shared_body = {}};
  answer.set("Content-Type", "application/problem+json");
  answer.set("Cache-Control", "no-store");
  return answer;
}

http_error::http_error(const query_error& error)
    : std::runtime_error(error.what()), code_(problem_for(error.code())), details_(error.details()) {
  if (code_ == problem::busy || code_ == problem::deadline) headers.push_back({"Retry-After", "1"});
}

problem problem_for(failure_code code) noexcept {
  switch (code) {
    case failure_code::bad_parameter:
      return problem::bad_parameter;
    case failure_code::unknown_node:
      return problem::unknown_node;
    case failure_code::unanswerable:
      return problem::unanswerable;
    case failure_code::capacity:
    case failure_code::cancelled:
      return problem::busy;
    case failure_code::deadline_exceeded:
      return problem::deadline;
  }
  return problem::internal;
}

response problem_response(problem code, std::string detail) {
  return problem_response(http_error(code, std::move(detail)));
}

}  // namespace chainex::server
