#include "neighbor_bitmaps.hpp"

#include <algorithm>
#include <bit>
#include <functional>

namespace chainex::detail {
namespace {

// Compiled twice, picked once at load time by the CPU: with the POPCNT instruction where there is one (the
// default build targets plain x86-64, whose std::popcount is a library call: an eighth of the sampled
// betweenness time on L went into it), and without. Not under ThreadSanitizer, whose runtime is not up yet
// when the loader runs the clone's resolver (clang 14: a crash at start).
#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define CHAINEX_NO_TARGET_CLONES
#endif
#endif
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__SANITIZE_THREAD__) && !defined(CHAINEX_NO_TARGET_CLONES)
__attribute__((target_clones("popcnt", "default")))
#endif
std::uint64_t
and_popcount(const std::uint64_t* a, const std::uint64_t* b, std::size_t words) noexcept {
  std::uint64_t count = 0;
  for (std::size_t i = 0; i < words; ++i) count += static_cast<std::uint64_t>(std::popcount(a[i] & b[i]));
  return count;
}

}  // namespace

std::uint64_t neighbor_bitmaps::count_common(const std::uint64_t* a, const std::uint64_t* b) const noexcept {
  return and_popcount(a, b, words_);
}

neighbor_bitmaps::neighbor_bitmaps(const compact_graph& g) : words_((g.node_count() + 63) / 64) {
  const std::size_t threshold = std::max<std::size_t>(1, g.node_count() / 128);
  // The largest rows first, while all bit sets together take no more than the rows (4 bytes an arc).
  std::vector<std::pair<std::size_t, std::uint32_t>> hubs;  // (row length, 2·node + in)
  for (std::uint32_t v = 0; v < g.node_count(); ++v) {
    if (g.row(v).size() >= threshold) hubs.emplace_back(g.row(v).size(), 2 * v);
    if (g.directed() && g.in_row(v).size() >= threshold) hubs.emplace_back(g.in_row(v).size(), 2 * v + 1);
  }
  std::sort(hubs.begin(), hubs.end(), std::greater<>());
  const std::size_t most = (g.directed() ? 2 : 1) * 4 * g.arc_count() / (8 * words_ + 1);
  hubs.resize(std::min(hubs.size(), most));
  std::sort(hubs.begin(), hubs.end(), [](const auto& x, const auto& y) { return x.second < y.second; });
  for (const auto& [length, code] : hubs) {
    const std::uint32_t v = code / 2;
    if (code % 2 == 0) {
      add(out_, v, g.row(v));
    } else {
      add(in_, v, g.in_row(v));
    }
  }
  if (!g.directed()) in_ = out_;
}

void neighbor_bitmaps::add(index& to, std::uint32_t v, std::span<const std::uint32_t> row) {
  const std::size_t first = bits_.size();
  bits_.resize(first + words_, 0);
  for (std::uint32_t w : row) bits_[first + (w >> 6)] |= std::uint64_t{1} << (w & 63U);
  to.emplace_back(v, first);
}

const std::uint64_t* neighbor_bitmaps::find(const index& in, std::uint32_t v) const noexcept {
  const auto it =
      std::lower_bound(in.begin(), in.end(), v, [](const auto& entry, std::uint32_t key) { return entry.first < key; });
  return it != in.end() && it->first == v ? bits_.data() + it->second : nullptr;
}

}  // namespace chainex::detail
