// neighbor_bitmaps.hpp — bit sets of the neighbourhoods of the largest hubs, for the path sampler.
//
// A hub whose row holds at least n/128 nodes gets a bit set of its out-neighbours (in-neighbours):
// n/8 bytes, at most 4 times its row; the largest hubs first, while all bit sets together take no more
// than the rows of the graph. On an undirected graph the two are the same. Then
// "is y a neighbour of h" is one bit test, and the common neighbours of two such hubs are counted by
// AND and popcount over n/64 words. Built once per call and shared, read-only, by the samplers.
//   neighbor_bitmaps bits(g);  if (const auto* out = bits.out_of(h)) ... neighbor_bitmaps::has(out, y)
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "compact_graph.hpp"

namespace chainex::detail {

class neighbor_bitmaps {
 public:
  explicit neighbor_bitmaps(const compact_graph& g);
  // The bit set of v's out-neighbours (in-neighbours), or nullptr when v has none.
  [[nodiscard]] const std::uint64_t* out_of(std::uint32_t v) const noexcept { return find(out_, v); }
  [[nodiscard]] const std::uint64_t* in_of(std::uint32_t v) const noexcept { return find(in_, v); }
  [[nodiscard]] std::size_t words() const noexcept { return words_; }
  [[nodiscard]] static bool has(const std::uint64_t* bits, std::uint32_t v) noexcept {
    return ((bits[v >> 6] >> (v & 63U)) & 1U) != 0;
  }
  // The number of nodes in both bit sets (of words() words each).
  [[nodiscard]] std::uint64_t count_common(const std::uint64_t* a, const std::uint64_t* b) const noexcept;

 private:
  using index = std::vector<std::pair<std::uint32_t, std::size_t>>;  // (node, first word), by node
  [[nodiscard]] const std::uint64_t* find(const index& in, std::uint32_t v) const noexcept;
  void add(index& to, std::uint32_t v, std::span<const std::uint32_t> row);

  std::size_t words_;
  std::vector<std::uint64_t> bits_;
  index out_;
  index in_;
};

}  // namespace chainex::detail
