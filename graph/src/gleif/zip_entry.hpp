// zip_entry.hpp — a CSV file inside a .zip (GLEIF publishes its golden copy as one CSV per zip; a user may zip
// several together), read through libzip in pieces, so that a 4 GB file never sits in memory whole. The archive
// is a file on disk or bytes in memory (an upload), which libzip reads where they are.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "chainex/import.hpp"

struct zip;
struct zip_file;

namespace chainex {

class zip_entry {
 public:
  // Opens the entry `input.member` of the archive `input`, or its first CSV file when `member` is empty. Throws
  // data_error naming the input when the archive cannot be opened or holds no such file.
  explicit zip_entry(const csv_input& input);
  ~zip_entry();
  zip_entry(const zip_entry&) = delete;
  zip_entry& operator=(const zip_entry&) = delete;

  // Appends up to `bytes` inflated bytes to `out` (no more than are left); 0 at the end. Throws data_error on a corrupt
  // archive.
  std::size_t read(std::string& out, std::size_t bytes);
  [[nodiscard]] std::size_t size() const noexcept { return size_; }  // uncompressed

 private:
  std::string file_;  // how diagnostics name the input
  std::size_t size_ = 0;
  std::size_t done_ = 0;  // bytes read so far
  zip* archive_ = nullptr;
  zip_file* entry_ = nullptr;
};

// The names of the CSV files in the archive, in its order (folders, and macOS's `__MACOSX/` and `._` copies, are
// not). Throws data_error naming the input when the archive cannot be opened.
[[nodiscard]] std::vector<std::string> zip_csv_members(const csv_input& input);

// Whether the file starts as a zip archive does ("PK\3\4").
[[nodiscard]] bool is_zip_file(const std::filesystem::path& path);
[[nodiscard]] bool is_zip_text(std::string_view text) noexcept;

}  // namespace chainex
