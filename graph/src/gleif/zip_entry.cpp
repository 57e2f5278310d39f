#include "zip_entry.hpp"

#include <zip.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <fstream>

#include "chainex/diagnostic.hpp"

namespace chainex {

zip_entry::zip_entry(const std::filesystem::path& archive) : archive_(archive.string()) {
  int error = 0;
  archive_handle_ = zip_open(archive_.c_str(), ZIP_RDONLY, &error);
  if (archive_handle_ == nullptr) {
    zip_error_t why;
    zip_error_init_with_code(&why, error);
    std::string message = "cannot open the zip archive: ";
    message += zip_error_strerror(&why);
    zip_error_fini(&why);
    throw data_error({archive_, 0, 0, message});
  }
  const zip_int64_t entries = zip_get_num_entries(archive_handle_, 0);
  zip_int64_t chosen = entries > 0 ? 0 : -1;
  for (zip_int64_t i = 0; i < entries; ++i) {
    const std::string name = zip_get_name(archive_handle_, static_cast<zip_uint64_t>(i), 0);
    if (name.ends_with(".csv") || name.ends_with(".CSV")) {
      chosen = i;
      break;
    }
  }
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (chosen < 0 || zip_stat_index(archive_handle_, static_cast<zip_uint64_t>(chosen), 0, &stat) != 0 ||
      (file_ = zip_fopen_index(archive_handle_, static_cast<zip_uint64_t>(chosen), 0)) == nullptr) {
    zip_close(archive_handle_);
    throw data_error({archive_, 0, 0, "the zip archive holds no readable file"});
  }
  name_ = stat.name;
  // A size the archive does not record: read until the entry ends.
  size_ = (stat.valid & ZIP_STAT_SIZE) != 0 ? static_cast<std::size_t>(stat.size) : SIZE_MAX;
}

zip_entry::~zip_entry() {
  zip_fclose(file_);
  zip_discard(archive_handle_);
}

std::size_t zip_entry::read(std::string& out, std::size_t bytes) {
  bytes = std::min(bytes, size_ - done_);
  if (bytes == 0) return 0;
  const std::size_t before = out.size();
  out.resize(before + bytes);
  const zip_int64_t got = zip_fread(file_, out.data() + before, bytes);
  if (got < 0) {
    out.resize(before);
    throw data_error({archive_, 0, 0, "corrupt zip archive: " + std::string(zip_file_strerror(file_))});
  }
  out.resize(before + static_cast<std::size_t>(got));
  done_ += static_cast<std::size_t>(got);
  return static_cast<std::size_t>(got);
}

bool is_zip_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::array<char, 4> magic{};
  in.read(magic.data(), magic.size());
  return in.gcount() == 4 && magic == std::array<char, 4>{'P', 'K', '\3', '\4'};
}

}  // namespace chainex
