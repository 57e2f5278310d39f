// The problem codec: status, title and type URI per code, and the problem+json body (RFC 9457).
#include "chainex/server/problem.hpp"

#include <nlohmann/json.hpp>

namespace chainex::server {

problem_info describe(problem code) noexcept {
  switch (code) {
    case problem::bad_request:
      return {400, "bad-request", "Bad request"};
    case problem::bad_parameter:
      return {400, "bad-parameter", "Invalid query parameter"};
    case problem::unauthorized:
      return {401, "unauthorized", "Missing or invalid bearer token"};
    case problem::forbidden:
      return {403, "writes-disabled", "Writes are disabled on this server"};
    case problem::unknown_route:
      return {404, "unknown-route", "No such route"};
    case problem::unknown_node:
      return {404, "unknown-node", "No such node"};
    case problem::method_not_allowed:
      return {405, "method-not-allowed", "Method not allowed"};
    case problem::conflict:
      return {409, "import-running", "Another import is running"};
    case problem::payload_too_large:
      return {413, "payload-too-large", "Request body too large"};
    case problem::uri_too_long:
      return {414, "uri-too-long", "Request target too long"};
    case problem::unsupported_media_type:
      return {415, "unsupported-media-type", "Unsupported media type"};
    case problem::bad_csv:
      return {422, "bad-csv", "The CSV files cannot be imported"};
    case problem::headers_too_large:
      return {431, "headers-too-large", "Request header fields too large"};
    case problem::internal:
      return {500, "internal", "Internal server error"};
    case problem::not_implemented:
      return {501, "not-implemented", "Not implemented"};
    case problem::busy:
      return {503, "busy", "Too many expensive queries waiting; retry shortly"};
  }
  return {500, "internal", "Internal server error"};
}

http_error::http_error(problem code, std::string detail) : http_error(code, std::move(detail), {}) {}

http_error::http_error(problem code, std::string detail, std::vector<diagnostic> diagnostics)
    : std::runtime_error(std::move(detail)), code_(code), diagnostics_(std::move(diagnostics)) {}

response problem_response(const http_error& error) {
  const problem_info info = describe(error.code());
  nlohmann::json body = {
      {"type", "https://chainex.dev/problems/" + std::string(info.slug)},
      {"title", info.title},
      {"status", info.status},
      {"detail", error.what()},
  };
  if (!error.diagnostics().empty()) {
    auto& errors = body["errors"] = nlohmann::json::array();
    for (const diagnostic& d : error.diagnostics())
      errors.push_back({{"file", d.file}, {"line", d.line}, {"column", d.column}, {"message", d.message}});
  }
  response answer{.status = info.status,
                  .headers = error.headers,
                  .body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                  .shared_body = {}};
  answer.set("Content-Type", "application/problem+json");
  answer.set("Cache-Control", "no-store");
  return answer;
}

response problem_response(problem code, std::string detail) {
  return problem_response(http_error(code, std::move(detail)));
}

}  // namespace chainex::server
