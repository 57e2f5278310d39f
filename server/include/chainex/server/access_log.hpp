// access_log.hpp — one line per request: time, method, path, status, bytes, duration.
//
// Lines go to a FILE* (stderr, a file, or nowhere) under a mutex, one fwrite each, so lines from
// concurrent sessions never interleave. The query string is left out of the logged path.
//
//   access_log log(stderr);
//   log.write("GET", "/api/stats", 200, 512, std::chrono::microseconds(180));
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <mutex>
#include <string_view>

namespace chainex::server {

class access_log {
 public:
  explicit access_log(std::FILE* out) noexcept : out_(out) {}  // nullptr: log nothing
  void write(std::string_view method, std::string_view target, unsigned status, std::size_t bytes,
             std::chrono::microseconds duration);

 private:
  std::FILE* out_;
  std::mutex mutex_;
};

}  // namespace chainex::server
