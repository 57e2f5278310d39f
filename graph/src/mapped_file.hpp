// mapped_file.hpp — a file's bytes, mapped read-only into memory for the CSV reader.
//
// Large CSV files are read through the page cache without copying. release_before() tells the kernel
// that the bytes already parsed are no longer needed, so a 400 MB file does not stay resident while the
// graph is built from it.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string_view>

namespace chainex {

class mapped_file {
 public:
  // Throws data_error naming the file when it cannot be opened or mapped.
  explicit mapped_file(const std::filesystem::path& path);
  ~mapped_file();
  mapped_file(const mapped_file&) = delete;
  mapped_file& operator=(const mapped_file&) = delete;

  [[nodiscard]] std::string_view text() const noexcept { return {data_, size_}; }
  // Drops the pages that lie wholly inside [begin, end) from memory (they can be read again later).
  // Any thread may call it, for any range.
  void release(std::size_t begin, std::size_t end) const noexcept;

 private:
  const char* data_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace chainex
