#include "huge_pages.hpp"

#include <sys/mman.h>

#include <cstdint>

namespace chainex {

void advise_huge_pages(const void* data, std::size_t bytes) noexcept {
  constexpr std::uintptr_t huge_page = 2u << 20;
  if (data == nullptr || bytes < 2 * huge_page) return;
  const auto start = reinterpret_cast<std::uintptr_t>(data);
  const std::uintptr_t begin = (start + huge_page - 1) & ~(huge_page - 1);
  const std::uintptr_t end = (start + bytes) & ~(huge_page - 1);
  // Advice only: a kernel without transparent huge pages refuses it, and the pages stay small.
  if (end > begin) ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
}

}  // namespace chainex
