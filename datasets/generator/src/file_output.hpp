// file_output.hpp — writes one generated file under a temporary name and renames it into place, so that a
// file with the final name is always complete.
#pragma once

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <system_error>

#include "csv_sink.hpp"

namespace chainex::generator {

// Calls write(sink) with a sink to `path`.part, then renames it to `path`; returns the bytes written. Throws
// std::filesystem::filesystem_error when the file cannot be written.
template <typename Write>
std::uint64_t write_file(const std::filesystem::path& path, Write write) {
  struct file_closer {
    void operator()(std::FILE* file) const { std::fclose(file); }
  };
  const auto fail = [](const char* what, const std::filesystem::path& where) {
    throw std::filesystem::filesystem_error(what, where, std::error_code(errno, std::generic_category()));
  };
  std::filesystem::path temporary = path;
  temporary += ".part";
  std::unique_ptr<std::FILE, file_closer> file(std::fopen(temporary.c_str(), "wb"));
  if (!file) fail("cannot create", temporary);
  csv_sink out(file.get());
  write(out);
  out.finish(temporary.string());
  if (std::fclose(file.release()) != 0) fail("cannot close", temporary);
  std::filesystem::rename(temporary, path);
  return out.bytes();
}

}  // namespace chainex::generator
