// static_files.hpp — serves the front end from one folder, and nothing outside it.
//
// The decoded path segments are checked (no "..", ".", NUL, '/', '\\' inside a segment, no hidden
// files), the file is opened relative to the root and its canonical path must still lie inside the
// canonical root, so symlinks out are refused too. Answers carry a MIME type by extension, a strong
// ETag (size and modification time) honoured by If-None-Match with 304, Cache-Control,
// a Content-Security-Policy and nosniff. A folder serves its index.html. node_modules is never served
// (the front end copies what it imports into web/vendor).
//
//   static_files web("web");
//   app.set_fallback([&](const route_context& c) { return web.serve(c); });
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "chainex/server/http_types.hpp"
#include "chainex/server/router.hpp"

namespace chainex::server {

// The Content-Security-Policy sent with every answer.
[[nodiscard]] std::string_view content_security_policy() noexcept;
// The MIME type for a file name, by extension; application/octet-stream when unknown.
[[nodiscard]] std::string_view mime_type(std::string_view file_name) noexcept;

class static_files {
 public:
  explicit static_files(std::filesystem::path root);
  [[nodiscard]] response serve(const route_context& context) const;

 private:
  [[nodiscard]] response send_file(const request& req, const std::filesystem::path& file) const;

  std::filesystem::path root_;  // canonical, or empty when the folder does not exist
};

}  // namespace chainex::server
