#include "hub_bitmaps.hpp"

#include <algorithm>
#include <bit>
#include <functional>
#include <mutex>

#include "walk.hpp"

namespace chainex::detail {
namespace {

constexpr std::size_t most_hubs = 128;
constexpr std::size_t kept = 3;  // (snapshot, mode) pairs whose bit sets stay built

}  // namespace

hub_bitmaps::hub_bitmaps(const snapshot& snap, direction mode)
    : words_((snap.node_count() + 63) / 64), threshold_(std::max<std::size_t>(8, snap.node_count() / 256)) {
  std::vector<std::pair<std::size_t, node_index>> by_size;  // (steps, node)
  for (node_index v = 0; v < snap.node_count(); ++v) {
    if (const std::size_t steps = step_count(snap, mode, v); steps >= threshold_) by_size.emplace_back(steps, v);
  }
  std::sort(by_size.begin(), by_size.end(), std::greater<>());
  by_size.resize(std::min({by_size.size(), most_hubs, snap.edge_count() / std::max<std::size_t>(words_, 1)}));
  if (!by_size.empty()) threshold_ = by_size.back().first;
  for (const auto& [steps, v] : by_size) hubs_.emplace_back(v, 0);
  std::sort(hubs_.begin(), hubs_.end());
  bits_.assign(hubs_.size() * words_, 0);
  const traversal every_edge = make_traversal(snap, mode);
  for (std::size_t i = 0; i < hubs_.size(); ++i) {
    auto& [v, first] = hubs_[i];
    first = i * words_;
    std::uint64_t* bits = bits_.data() + first;
    for_each_step(snap, every_edge, mode, v,
                  [bits](edge_index, node_index w) { bits[w >> 6U] |= std::uint64_t{1} << (w & 63U); });
  }
}

std::shared_ptr<const hub_bitmaps> hub_bitmaps::of(const snapshot& snap, direction mode) {
  struct entry {
    std::uint64_t version;
    direction mode;
    std::shared_ptr<const hub_bitmaps> bits;
  };
  static std::mutex lock;
  static std::vector<entry> recent;   // least recently used first
  const std::lock_guard guard(lock);  // concurrent first searches build once
  auto it = std::find_if(recent.begin(), recent.end(),
                         [&](const entry& e) { return e.version == snap.version() && e.mode == mode; });
  entry found = it != recent.end() ? std::move(*it)
                                   : entry{snap.version(), mode, std::make_shared<const hub_bitmaps>(snap, mode)};
  if (it != recent.end()) recent.erase(it);
  if (recent.size() >= kept) recent.erase(recent.begin());
  recent.push_back(found);
  return found.bits;
}

const std::uint64_t* hub_bitmaps::find(node_index v) const noexcept {
  const auto it =
      std::lower_bound(hubs_.begin(), hubs_.end(), v, [](const auto& hub, node_index key) { return hub.first < key; });
  return it != hubs_.end() && it->first == v ? bits_.data() + it->second : nullptr;
}

std::optional<node_index> hub_bitmaps::common(const std::uint64_t* a, const std::uint64_t* b) const noexcept {
  for (std::size_t i = 0; i < words_; ++i) {
    if (const std::uint64_t both = a[i] & b[i]; both != 0) {
      return static_cast<node_index>(i * 64 + static_cast<std::size_t>(std::countr_zero(both)));
    }
  }
  return std::nullopt;
}

}  // namespace chainex::detail
