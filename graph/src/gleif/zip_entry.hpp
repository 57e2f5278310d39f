// zip_entry.hpp — the CSV file inside a .zip (GLEIF publishes its golden copy as one CSV per zip), read
// through libzip in pieces, so that a 4 GB file never sits in memory whole.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

struct zip;
struct zip_file;

namespace chainex {

class zip_entry {
 public:
  // Opens the archive's first entry whose name ends in `.csv` (else its first entry). Throws data_error
  // naming the archive when it cannot be opened or holds no file.
  explicit zip_entry(const std::filesystem::path& archive);
  ~zip_entry();
  zip_entry(const zip_entry&) = delete;
  zip_entry& operator=(const zip_entry&) = delete;

  // Appends up to `bytes` inflated bytes to `out` (no more than are left); 0 at the end. Throws data_error on a corrupt
  // archive.
  std::size_t read(std::string& out, std::size_t bytes);
  [[nodiscard]] std::size_t size() const noexcept { return size_; }  // uncompressed
  [[nodiscard]] const std::string& name() const noexcept { return name_; }

 private:
  std::string archive_;
  std::string name_;
  std::size_t size_ = 0;
  std::size_t done_ = 0;  // bytes read so far
  zip* archive_handle_ = nullptr;
  zip_file* file_ = nullptr;
};

// Whether the file starts as a zip archive does ("PK\3\4").
[[nodiscard]] bool is_zip_file(const std::filesystem::path& path);

}  // namespace chainex
