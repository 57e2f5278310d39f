// multipart.hpp — splits a multipart/form-data body (RFC 7578) into its named parts.
//
// Parts are views into the body. A Content-Type without a boundary, a body without the closing
// delimiter, or a part without a name throws http_error(problem::bad_parameter or unsupported_media_type).
//
//   for (const form_part& part : parse_multipart(content_type, body)) if (part.name == "nodes") …
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chainex::server {

struct form_part {
  std::string name;
  std::string filename;  // "" when the part is not a file
  std::string_view content;
};

[[nodiscard]] std::vector<form_part> parse_multipart(std::string_view content_type, std::string_view body);

}  // namespace chainex::server
