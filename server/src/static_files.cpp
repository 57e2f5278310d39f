// Static files: segment checks, containment in the canonical root, MIME types, ETag and 304.
#include "chainex/server/static_files.hpp"

#include <sys/stat.h>

#include <array>
#include <fstream>
#include <iterator>
#include <sstream>
#include <utility>

#include "chainex/server/problem.hpp"

namespace chainex::server {
namespace {

namespace fs = std::filesystem;

bool safe_segment(std::string_view segment) {
  return !segment.empty() && !segment.starts_with('.') &&
         segment.find_first_of(std::string_view("/\\\0", 3)) == std::string_view::npos;
}

bool inside(const fs::path& root, const fs::path& path) {
  const auto [root_end, path_it] = std::mismatch(root.begin(), root.end(), path.begin(), path.end());
  return root_end == root.end();
}

[[noreturn]] void not_found() { throw http_error(problem::unknown_route, "no such file"); }

bool etag_matches(std::string_view if_none_match, std::string_view etag) {
  if (if_none_match == "*") return true;
  std::size_t at = 0;
  while ((at = if_none_match.find(etag, at)) != std::string_view::npos) {
    const bool weak = at >= 2 && if_none_match.substr(at - 2, 2) == "W/";
    const std::size_t start = weak ? at - 2 : at;
    const bool begins = start == 0 || if_none_match[start - 1] == ',' || if_none_match[start - 1] == ' ';
    const std::size_t end = at + etag.size();
    const bool ends = end == if_none_match.size() || if_none_match[end] == ',' || if_none_match[end] == ' ';
    if (begins && ends) return true;
    at = end;
  }
  return false;
}

}  // namespace

std::string_view content_security_policy() noexcept {
  return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
         "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; "
         "form-action 'self'; frame-ancestors 'none'";
}

std::string_view mime_type(std::string_view file_name) noexcept {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 20> types{{
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".geojson", "application/geo+json"},
      {".map", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".webp", "image/webp"},
      {".ico", "image/x-icon"},
      {".woff", "font/woff"},
      {".woff2", "font/woff2"},
      {".ttf", "font/ttf"},
      {".txt", "text/plain; charset=utf-8"},
      {".csv", "text/csv; charset=utf-8"},
      {".wasm", "application/wasm"},
  }};
  const auto dot = file_name.rfind('.');
  if (dot == std::string_view::npos) return "application/octet-stream";
  std::string extension(file_name.substr(dot));
  for (char& c : extension) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  for (const auto& [ext, type] : types)
    if (ext == extension) return type;
  return "application/octet-stream";
}

static_files::static_files(fs::path root) {
  std::error_code error;
  root_ = fs::canonical(root, error);
  if (error) root_.clear();
}

response static_files::serve(const route_context& context) const {
  if (root_.empty()) not_found();
  const auto& segments = context.segments;
  if (!segments.empty() && segments.front() == "node_modules") not_found();
  fs::path relative;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const bool last = i + 1 == segments.size();
    if (last && segments[i].empty()) break;  // a trailing slash: the folder's index.html
    if (!safe_segment(segments[i])) not_found();
    relative /= segments[i];
  }

  std::error_code error;
  fs::path file = fs::canonical(root_ / relative, error);
  if (error || !inside(root_, file)) not_found();
  if (fs::is_directory(file, error)) file = fs::canonical(file / "index.html", error);
  if (error || !inside(root_, file) || !fs::is_regular_file(file, error)) not_found();
  return send_file(context.req, file);
}

response static_files::send_file(const request& req, const fs::path& file) const {
  struct stat info {};
  if (::stat(file.c_str(), &info) != 0) not_found();
  std::ostringstream tag;
  tag << '"' << std::hex << info.st_size << '-' << info.st_mtim.tv_sec << '-' << info.st_mtim.tv_nsec << '"';
  response answer;
  answer.set("ETag", tag.str());
  answer.set("Cache-Control", "no-cache");
  if (const auto wanted = req.header("If-None-Match"); wanted && etag_matches(*wanted, tag.str())) {
    answer.status = 304;
    return answer;
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) not_found();
  answer.body.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  answer.set("Content-Type", std::string(mime_type(file.filename().string())));
  return answer;
}

}  // namespace chainex::server
