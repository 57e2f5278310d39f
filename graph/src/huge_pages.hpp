// huge_pages.hpp — asks the kernel to back the large arrays of an import with 2 MiB pages.
//
// An import fills a few arrays of hundreds of MB once. Every fresh 4 KiB page costs a page fault and
// its zeroing, over a microsecond in a virtual machine: for a graph of 10 million edges, a large share
// of the import. With transparent huge pages in `madvise` mode (Debian's default), a range marked
// MADV_HUGEPAGE is faulted in 2 MiB at a time, 512 times fewer faults, and probes into it miss the TLB
// less often. Only the 2 MiB-aligned inside of a range is marked; small ranges are left alone. Where
// the kernel has no huge pages, nothing changes.
#pragma once

#include <cstddef>

namespace chainex {

void advise_huge_pages(const void* data, std::size_t bytes) noexcept;

// vector.reserve(count), with the reserved storage marked for huge pages before it is touched.
template <typename Vector>
void reserve_huge(Vector& vector, std::size_t count) {
  vector.reserve(count);
  advise_huge_pages(vector.data(), vector.capacity() * sizeof(typename Vector::value_type));
}

// vector.resize(count) of a vector that is empty: the same, filled with `value`.
template <typename Vector>
void resize_huge(Vector& vector, std::size_t count, const typename Vector::value_type& value = {}) {
  reserve_huge(vector, count);
  vector.resize(count, value);
}

// reserve_huge(vector, count) of an empty vector, with the room written once (and emptied again), so
// that its pages are in memory now rather than faulted in one by one while it fills. Worth it on a thread
// that would otherwise wait: faulting a fresh page takes the kernel, and in a virtual machine whose
// memory was handed back to the host, the host too.
template <typename Vector>
void touch(Vector& vector, std::size_t count) {
  resize_huge(vector, count);
  vector.clear();
}

}  // namespace chainex
