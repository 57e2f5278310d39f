// Durable writes with POSIX calls: write, fsync the file, rename, fsync the folder.
#include "chainex/server/data_store.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <fstream>
#include <system_error>

namespace chainex::server {
namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const fs::path& path, const char* what) {
  throw std::system_error(errno, std::generic_category(), std::string(what) + " " + path.string());
}

void fsync_path(const fs::path& path, int flags) {
  const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) fail(path, "cannot open");
  const int synced = ::fsync(fd);
  ::close(fd);
  if (synced != 0) fail(path, "cannot fsync");
}

// Writes `text` to `path` through a temporary file so that `path` is either old or complete.
void write_durably(const fs::path& path, std::string_view text) {
  const fs::path temp = path.string() + ".tmp";
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) fail(temp, "cannot create");
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      ::close(fd);
      fail(temp, "cannot write");
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) {
    ::close(fd);
    fail(temp, "cannot fsync");
  }
  if (::close(fd) != 0) fail(temp, "cannot close");
  fs::rename(temp, path);
}

}  // namespace

data_store::data_store(fs::path data_dir) : dir_(std::move(data_dir)) {}

fs::path data_store::store(const std::vector<std::pair<std::string, std::string_view>>& files) {
  const fs::path imports = dir_ / "imports";
  fs::create_directories(imports);
  const auto stamp = std::chrono::system_clock::now().time_since_epoch().count();
  const std::string name = "import-" + std::to_string(stamp);
  const fs::path building = imports / (name + ".tmp");
  fs::remove_all(building);
  fs::create_directory(building);
  for (const auto& [file, text] : files) write_durably(building / file, text);
  fsync_path(building, O_RDONLY | O_DIRECTORY);
  const fs::path folder = imports / name;
  fs::rename(building, folder);
  fsync_path(imports, O_RDONLY | O_DIRECTORY);
  write_durably(dir_ / "CURRENT", "imports/" + name + "\n");
  fsync_path(dir_, O_RDONLY | O_DIRECTORY);

  std::error_code ignored;  // old imports are only clutter once CURRENT has moved on
  for (const auto& entry : fs::directory_iterator(imports, ignored))
    if (entry.path() != folder) fs::remove_all(entry.path(), ignored);
  return folder;
}

std::optional<fs::path> data_store::last_good() const {
  std::ifstream current(dir_ / "CURRENT");
  std::string relative;
  if (!std::getline(current, relative) || relative.empty()) return std::nullopt;
  const fs::path folder = dir_ / relative;
  std::error_code error;
  if (!fs::is_directory(folder, error)) return std::nullopt;
  return folder;
}

}  // namespace chainex::server
