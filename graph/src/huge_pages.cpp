#include "huge_pages.hpp"

#include <sys/mman.h>

#include <cstdint>

namespace chainex {

void advise_huge_pages(const void* data, std::size_t bytes) noexcept {
  constexpr std::size_t huge_page = 2u << 20;
  if (data == nullptr || bytes < 2 * huge_page) return;
  const std::size_t head = (huge_page - reinterpret_cast<std::uintptr_t>(data) % huge_page) % huge_page;
  const std::size_t length = (bytes - head) / huge_page * huge_page;
  // Advice only: a kernel without transparent huge pages refuses it, and the pages stay small.
  if (length > 0) ::madvise(const_cast<char*>(static_cast<const char*>(data)) + head, length, MADV_HUGEPAGE);
}

}  // namespace chainex
