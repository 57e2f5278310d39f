// stamped_array.hpp — per-node scratch that a query clears in O(1).
//
// A search on a 2M-node graph must not pay for clearing 2M entries; each entry carries the epoch it was
// written in, and reset() moves to a new epoch. Queries keep one per thread (thread_local) and reuse it:
//   thread_local stamped_array<mark> seen;  seen.reset(snap.node_count());  if (!seen.has(v)) seen.set(v, m);
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace chainex::detail {

template <class T>
class stamped_array {
 public:
  void reset(std::size_t size) {
    if (stamps_.size() != size) {
      stamps_.assign(size, 0);
      values_.resize(size);
      epoch_ = 0;
    }
    if (++epoch_ == 0) {
      std::fill(stamps_.begin(), stamps_.end(), 0);
      epoch_ = 1;
    }
  }
  [[nodiscard]] bool has(std::size_t i) const noexcept { return stamps_[i] == epoch_; }
  [[nodiscard]] const T* find(std::size_t i) const noexcept { return has(i) ? &values_[i] : nullptr; }
  [[nodiscard]] T& operator[](std::size_t i) noexcept { return values_[i]; }
  [[nodiscard]] const T& operator[](std::size_t i) const noexcept { return values_[i]; }
  void set(std::size_t i, T value) noexcept {
    stamps_[i] = epoch_;
    values_[i] = value;
  }

 private:
  std::vector<std::uint32_t> stamps_;
  std::vector<T> values_;
  std::uint32_t epoch_ = 0;
};

struct empty_mark {};
using stamped_set = stamped_array<empty_mark>;

}  // namespace chainex::detail
