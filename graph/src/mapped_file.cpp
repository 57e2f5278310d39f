#include "mapped_file.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "chainex/diagnostic.hpp"

namespace chainex {
namespace {

[[noreturn]] void fail(const std::filesystem::path& path, const char* what) {
  throw data_error({path.string(), 0, 0, std::string(what) + ": " + std::strerror(errno)});
}

constexpr std::size_t page_size = 4096;

}  // namespace

mapped_file::mapped_file(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) fail(path, "cannot open");
  struct stat info {};
  if (::fstat(fd, &info) != 0) {
    ::close(fd);
    fail(path, "cannot stat");
  }
  if (S_ISDIR(info.st_mode)) {
    ::close(fd);
    errno = EISDIR;
    fail(path, "cannot read");
  }
  size_ = static_cast<std::size_t>(info.st_size);
  if (size_ > 0) {
    void* mapped = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
    if (mapped == MAP_FAILED) {
      ::close(fd);
      fail(path, "cannot map");
    }
    ::madvise(mapped, size_, MADV_SEQUENTIAL);
    data_ = static_cast<const char*>(mapped);
  }
  ::close(fd);
}

mapped_file::~mapped_file() {
  if (data_ != nullptr) ::munmap(const_cast<char*>(data_), size_);
}

void mapped_file::release(std::size_t begin, std::size_t end) const noexcept {
  const std::size_t first = (begin + page_size - 1) / page_size * page_size;
  const std::size_t last = std::min(end, size_) / page_size * page_size;
  if (data_ == nullptr || last <= first) return;
  ::madvise(const_cast<char*>(data_) + first, last - first, MADV_DONTNEED);
}

}  // namespace chainex
