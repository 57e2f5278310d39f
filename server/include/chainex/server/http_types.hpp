// http_types.hpp — the request and response the router and the handlers see, free of Beast.
//
// The session (server/src/session.cpp) turns a parsed Beast message into a `request`, hands it to the
// router and writes the `response` back; handlers and their tests use only these plain structs.
// Header names compare without ASCII case, as HTTP says. A response's body is either its own `body` or,
// for answers kept in the answer cache, `shared_body`; content() reads whichever it is.
//
//   response r = json_response(...);  r.set("Cache-Control", "no-store");  send(r.content());
#pragma once

#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

namespace chainex::server {

struct header_field {
  std::string name;
  std::string value;
};

// Case-insensitive lookup over a header list; the first field of that name.
[[nodiscard]] std::optional<std::string_view> find_header(const std::vector<header_field>& headers,
                                                          std::string_view name) noexcept;

struct request {
  std::string method;  // as sent: "GET", "POST", …
  std::string target;  // origin-form: path and query, still percent-encoded
  std::vector<header_field> headers;
  std::string body;
  std::stop_token cancel;  // requested when the client goes away or the server stops waiting for it

  [[nodiscard]] std::optional<std::string_view> header(std::string_view name) const noexcept {
    return find_header(headers, name);
  }
};

struct response {
  unsigned status = 200;
  std::vector<header_field> headers;
  std::string body;
  std::shared_ptr<const std::string> shared_body;  // when set, the body (and `body` is empty)

  [[nodiscard]] std::string_view content() const noexcept { return shared_body ? *shared_body : body; }

  [[nodiscard]] std::optional<std::string_view> header(std::string_view name) const noexcept {
    return find_header(headers, name);
  }
  // Replaces a field of that name, or adds it.
  void set(std::string_view name, std::string value);
};

}  // namespace chainex::server
