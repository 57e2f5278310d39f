#include "zip_entry.hpp"

#include <zip.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <fstream>

#include "chainex/diagnostic.hpp"

namespace chainex {
namespace {

[[noreturn]] void cannot_open(const csv_input& input, zip_error_t& why) {
  std::string message = "cannot open the zip archive: ";
  message += zip_error_strerror(&why);
  zip_error_fini(&why);
  throw data_error({input.name, 0, 0, message});
}

// The archive of a file on disk, or of bytes in memory (read in place: libzip does not copy them).
zip* open_archive(const csv_input& input) {
  zip_error_t why;
  zip_error_init(&why);
  if (!input.in_memory) {
    int error = 0;
    zip* archive = zip_open(input.path.c_str(), ZIP_RDONLY, &error);
    if (archive == nullptr) {
      zip_error_set(&why, error, 0);
      cannot_open(input, why);
    }
    return archive;
  }
  const std::string_view bytes = input.content();
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &why);
  if (source == nullptr) cannot_open(input, why);
  zip* archive = zip_open_from_source(source, ZIP_RDONLY, &why);
  if (archive == nullptr) {
    zip_source_free(source);
    cannot_open(input, why);
  }
  zip_error_fini(&why);
  return archive;
}

bool is_csv_member(std::string_view name) {
  const std::string_view base = name.substr(name.rfind('/') + 1);
  return !name.starts_with("__MACOSX/") && !base.starts_with("._") &&
         (base.ends_with(".csv") || base.ends_with(".CSV"));
}

std::vector<std::string> csv_members(zip* archive) {
  std::vector<std::string> names;
  const zip_int64_t entries = zip_get_num_entries(archive, 0);
  for (zip_int64_t i = 0; i < entries; ++i) {
    const char* name = zip_get_name(archive, static_cast<zip_uint64_t>(i), 0);
    if (name != nullptr && is_csv_member(name)) names.emplace_back(name);
  }
  return names;
}

}  // namespace

zip_entry::zip_entry(const csv_input& input) : file_(input.name), archive_(open_archive(input)) {
  std::string member = input.member;
  if (member.empty()) {
    const auto names = csv_members(archive_);
    if (!names.empty()) member = names.front();
  }
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (member.empty() || zip_stat(archive_, member.c_str(), 0, &stat) != 0 ||
      (entry_ = zip_fopen(archive_, member.c_str(), 0)) == nullptr) {
    zip_discard(archive_);
    throw data_error(
        {file_, 0, 0,
         member.empty() ? "the zip archive holds no .csv file" : "the zip archive has no readable file " + member});
  }
  // A size the archive does not record: read until the entry ends.
  size_ = (stat.valid & ZIP_STAT_SIZE) != 0 ? static_cast<std::size_t>(stat.size) : SIZE_MAX;
}

zip_entry::~zip_entry() {
  zip_fclose(entry_);
  zip_discard(archive_);
}

std::size_t zip_entry::read(std::string& out, std::size_t bytes) {
  bytes = std::min(bytes, size_ - done_);
  if (bytes == 0) return 0;
  const std::size_t before = out.size();
  out.resize(before + bytes);
  const zip_int64_t got = zip_fread(entry_, out.data() + before, bytes);
  if (got < 0) {
    out.resize(before);
    throw data_error({file_, 0, 0, "corrupt zip archive: " + std::string(zip_file_strerror(entry_))});
  }
  out.resize(before + static_cast<std::size_t>(got));
  done_ += static_cast<std::size_t>(got);
  return static_cast<std::size_t>(got);
}

std::vector<std::string> zip_csv_members(const csv_input& input) {
  zip* archive = open_archive(input);
  auto names = csv_members(archive);
  zip_discard(archive);
  return names;
}

bool is_zip_text(std::string_view text) noexcept { return text.starts_with(std::string_view("PK\3\4", 4)); }

bool is_zip_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::array<char, 4> magic{};
  in.read(magic.data(), magic.size());
  return in.gcount() == 4 && is_zip_text(std::string_view(magic.data(), magic.size()));
}

}  // namespace chainex
