// multipart/form-data (RFC 7578, RFC 2046 section 5.1): boundary lines, part headers, part bodies.
#include "chainex/server/multipart.hpp"

#include "chainex/server/problem.hpp"

namespace chainex::server {
namespace {

// The value of `name=` in a header value with ;-separated parameters, unquoted.
std::string parameter(std::string_view header_value, std::string_view name) {
  std::size_t at = 0;
  while ((at = header_value.find(name, at)) != std::string_view::npos) {
    const bool starts_parameter = at > 0 && (header_value[at - 1] == ';' || header_value[at - 1] == ' ');
    at += name.size();
    if (!starts_parameter || at >= header_value.size() || header_value[at] != '=') continue;
    std::string_view value = header_value.substr(at + 1);
    if (value.starts_with('"')) {
      const auto close = value.find('"', 1);
      return std::string(value.substr(1, close == std::string_view::npos ? close : close - 1));
    }
    return std::string(value.substr(0, value.find_first_of("; ")));
  }
  return {};
}

bool lowercase_starts_with(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    const char c = text[i];
    if (((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c) != prefix[i]) return false;
  }
  return true;
}

}  // namespace

std::vector<form_part> parse_multipart(std::string_view content_type, std::string_view body) {
  if (!lowercase_starts_with(content_type, "multipart/form-data"))
    throw http_error(problem::unsupported_media_type, "send the CSV files as multipart/form-data");
  const std::string boundary = parameter(content_type, "boundary");
  if (boundary.empty() || boundary.size() > 70)
    throw http_error(problem::bad_request, "multipart/form-data without a valid boundary");
  const std::string delimiter = "--" + boundary;
  const std::string between = "\r\n" + delimiter;

  std::vector<form_part> parts;
  if (!body.starts_with(delimiter)) {
    const auto first = body.find(between);
    if (first == std::string_view::npos) throw http_error(problem::bad_request, "multipart body without its boundary");
    body.remove_prefix(first + 2);
  }
  std::size_t at = delimiter.size();
  while (true) {
    if (body.substr(at).starts_with("--")) return parts;  // the closing delimiter
    const auto line_end = body.find("\r\n", at);
    if (line_end == std::string_view::npos) break;
    const auto headers_end = body.find("\r\n\r\n", line_end);
    if (headers_end == std::string_view::npos) break;
    const std::string_view headers = body.substr(line_end + 2, headers_end - line_end - 2);
    const auto content_begin = headers_end + 4;
    const auto next = body.find(between, content_begin);
    if (next == std::string_view::npos) break;

    form_part part;
    std::size_t h = 0;
    while (h < headers.size()) {
      const auto end = std::min(headers.find("\r\n", h), headers.size());
      const std::string_view line = headers.substr(h, end - h);
      if (lowercase_starts_with(line, "content-disposition:")) {
        part.name = parameter(line, "name");
        part.filename = parameter(line, "filename");
      }
      h = end + 2;
    }
    if (part.name.empty()) throw http_error(problem::bad_request, "a multipart part has no name");
    part.content = body.substr(content_begin, next - content_begin);
    parts.push_back(std::move(part));
    at = next + between.size();
  }
  throw http_error(problem::bad_request, "the multipart body ends before its closing boundary");
}

}  // namespace chainex::server
