#include "hub_bitmaps.hpp"

#include <algorithm>
#include <bit>
#include <functional>
#include <mutex>

#include "walk.hpp"

namespace chainex::detail {
namespace {

constexpr std::size_t kept = 4;  // (snapshot, mode, day) whose bit sets stay built: a walk both ways as of a
                                 // day and one without, or out and in

}  // namespace

hub_bitmaps::hub_bitmaps(const snapshot& snap, direction mode, std::optional<day_number> as_of)
    : words_((snap.node_count() + 63) / 64), threshold_(std::max<std::size_t>(8, snap.node_count() / 256)) {
  std::vector<std::pair<std::size_t, node_index>> by_size;  // (steps, node)
  for (node_index v = 0; v < snap.node_count(); ++v) {
    if (const std::size_t steps = step_count(snap, mode, v); steps >= threshold_) by_size.emplace_back(steps, v);
  }
  std::sort(by_size.begin(), by_size.end(), std::greater<>());
  by_size.resize(std::min({by_size.size(), most_hubs, snap.edge_count() / std::max<std::size_t>(words_, 1)}));
  if (!by_size.empty()) threshold_ = by_size.back().first;
  std::vector<node_index> nodes;
  for (const auto& [steps, v] : by_size) nodes.push_back(v);
  std::sort(nodes.begin(), nodes.end());
  bits_.assign(nodes.size() * words_, 0);
  const traversal every_edge = make_traversal(snap, mode, {}, {}, snap.node_count(), as_of);
  for (std::size_t rank = 0; rank < nodes.size(); ++rank) {
    std::uint64_t* bits = bits_.data() + rank * words_;
    for_each_step(snap, every_edge, mode, nodes[rank],
                  [bits](edge_index, node_index w) { bits[w >> 6U] |= std::uint64_t{1} << (w & 63U); });
    hubs_.push_back({nodes[rank], static_cast<std::uint32_t>(rank), bits});
  }
  pairs_ = std::make_unique<std::atomic<std::uint32_t>[]>(nodes.size() * most_hubs);  // all unknown
}

std::shared_ptr<const hub_bitmaps> hub_bitmaps::of(const snapshot& snap, direction mode,
                                                   std::optional<day_number> as_of) {
  struct entry {
    std::uint64_t version;
    direction mode;
    std::optional<day_number> as_of;
    std::shared_ptr<const hub_bitmaps> bits;
  };
  static std::mutex lock;
  static std::vector<entry> recent;   // least recently used first
  const std::lock_guard guard(lock);  // concurrent first searches build once
  auto it = std::find_if(recent.begin(), recent.end(), [&](const entry& e) {
    return e.version == snap.version() && e.mode == mode && e.as_of == as_of;
  });
  entry found = it != recent.end()
                    ? std::move(*it)
                    : entry{snap.version(), mode, as_of, std::make_shared<const hub_bitmaps>(snap, mode, as_of)};
  if (it != recent.end()) recent.erase(it);
  if (recent.size() >= kept) recent.erase(recent.begin());
  recent.push_back(found);
  return found.bits;
}

const hub_bitmaps::hub* hub_bitmaps::find(node_index v) const noexcept {
  const auto it =
      std::lower_bound(hubs_.begin(), hubs_.end(), v, [](const hub& h, node_index key) { return h.node < key; });
  return it != hubs_.end() && it->node == v ? &*it : nullptr;
}

std::optional<node_index> hub_bitmaps::common(const hub& mine, const hub& theirs) const noexcept {
  std::atomic<std::uint32_t>& known = pairs_[mine.rank * most_hubs + theirs.rank];
  std::uint32_t found = known.load(std::memory_order_relaxed);
  if (found == unknown) {
    found = none;
    // Eight words at a time, which the compiler turns into vector instructions.
    constexpr std::size_t block = 8;
    for (std::size_t first = 0; first < words_ && found == none; first += block) {
      std::uint64_t any = 0;
      const std::size_t last = std::min(first + block, words_);
      for (std::size_t i = first; i < last; ++i) any |= mine.bits[i] & theirs.bits[i];
      if (any == 0) continue;
      for (std::size_t i = first; i < last; ++i) {
        if (const std::uint64_t both = mine.bits[i] & theirs.bits[i]; both != 0) {
          found = 2 + static_cast<std::uint32_t>(i * 64 + static_cast<std::size_t>(std::countr_zero(both)));
          break;
        }
      }
    }
    known.store(found, std::memory_order_relaxed);  // every thread finds the same value
  }
  if (found == none) return std::nullopt;
  return found - 2;
}

}  // namespace chainex::detail
