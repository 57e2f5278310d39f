#include "path_sampler.hpp"

#include <algorithm>
#include <limits>

namespace chainex::detail {
namespace {

// A node whose row (in its side's direction) is longer than this is a hub (see the header).
constexpr std::size_t hub_degree = 1024;
// A predecessor search scans the node's row unless it is this many times longer than the previous level.
constexpr std::size_t row_scan_factor = 32;
// Rough cost of testing one hub-hub pair by binary search, in scanned arcs.
constexpr std::uint64_t pair_cost = 16;

}  // namespace

path_sampler::path_sampler(const compact_graph& g) : g_(&g), tag_(g.node_count(), 0), paths_(g.node_count(), 0.0) {
  for (ball& b : balls_) {
    b.nodes.reserve(g.node_count());
  }
}

bool path_sampler::is_hub(int side, std::uint32_t v) const noexcept { return forward_row(side, v).size() > hub_degree; }

// Marks v reached by `side` at the level being built and counts it into the next frontier's totals.
void path_sampler::reach(ball& b, int side, std::uint32_t v) {
  const std::size_t arcs = forward_row(side, v).size();
  b.nodes.push_back(v);
  b.frontier_arcs += arcs;
  if (arcs > hub_degree) {
    b.hubs.push_back(v);
  } else {
    b.light_arcs += arcs;
  }
}

void path_sampler::start(int side, std::uint32_t root) {
  ball& b = balls_[side];
  b.root = root;
  b.nodes.clear();
  b.hubs.clear();
  b.level_start.assign(1, 0);
  b.frontier_arcs = b.light_arcs = 0;
  reach(b, side, root);
  tag_[root] = base_ + static_cast<std::uint32_t>(side);
  paths_[root] = 1.0;
}

// Expands the frontier of `side` by one level; arcs into the other ball go to meets_.
void path_sampler::expand(int side) {
  ball& b = balls_[side];
  const auto first = b.level_start.back();
  const auto last = static_cast<std::uint32_t>(b.nodes.size());
  b.level_start.push_back(last);
  b.frontier_arcs = b.light_arcs = 0;
  b.hubs.clear();
  const std::uint32_t next_tag = b.frontier_tag(base_, side);
  for (std::uint32_t i = first; i < last; ++i) {
    const std::uint32_t x = b.nodes[i];
    const double paths = paths_[x];
    for (std::uint32_t y : forward_row(side, x)) {
      const std::uint32_t tag = tag_[y];
      if (tag < base_) {
        tag_[y] = next_tag;
        paths_[y] = paths;
        reach(b, side, y);
      } else if (tag == next_tag) {
        paths_[y] += paths;
      } else if (((tag - base_) & 1U) != static_cast<std::uint32_t>(side)) {
        meets_.push_back(side == 0 ? std::pair{x, y} : std::pair{y, x});
      }
    }
  }
}

// Whether probing the two frontiers costs less than expanding `side`.
bool path_sampler::probe_pays(int side) const noexcept {
  const ball& a = balls_[0];
  const ball& b = balls_[1];
  const std::uint64_t cost = a.light_arcs + b.light_arcs + a.frontier().size() + b.frontier().size() +
                             pair_cost * a.hubs.size() * b.hubs.size();
  return cost < balls_[side].frontier_arcs;
}

// Puts into meets_ every arc (a, b) from s's frontier to t's, reading no hub's row: arcs whose a is not
// a hub from a's row, arcs from a hub a to a non-hub b from b's row, hub-hub arcs by binary search.
void path_sampler::probe() {
  const std::uint32_t tag_a = balls_[0].frontier_tag(base_, 0);
  const std::uint32_t tag_b = balls_[1].frontier_tag(base_, 1);
  for (std::uint32_t a : balls_[0].frontier()) {
    if (is_hub(0, a)) continue;
    for (std::uint32_t b : g_->row(a)) {
      if (tag_[b] == tag_b) meets_.emplace_back(a, b);
    }
  }
  for (std::uint32_t b : balls_[1].frontier()) {
    if (is_hub(1, b)) continue;
    for (std::uint32_t a : g_->in_row(b)) {
      if (tag_[a] == tag_a && is_hub(0, a)) meets_.emplace_back(a, b);
    }
  }
  for (std::uint32_t a : balls_[0].hubs) {
    const auto row = g_->row(a);
    for (std::uint32_t b : balls_[1].hubs) {
      if (std::binary_search(row.begin(), row.end(), b)) meets_.emplace_back(a, b);
    }
  }
}

std::span<const std::uint32_t> path_sampler::draw(std::mt19937_64& random) {
  const std::uint32_t n = g_->node_count();
  const auto s = std::uniform_int_distribution<std::uint32_t>(0, n - 1)(random);
  auto t = std::uniform_int_distribution<std::uint32_t>(0, n - 2)(random);
  if (t >= s) ++t;
  inner_.clear();
  meets_.clear();
  if (base_ > std::numeric_limits<std::uint32_t>::max() - 2 * n - 4) {  // tags must fit this draw
    std::fill(tag_.begin(), tag_.end(), 0);
    base_ = 1;
  }
  start(0, s);
  start(1, t);
  while (meets_.empty()) {
    const int side = balls_[0].frontier_arcs <= balls_[1].frontier_arcs ? 0 : 1;
    if (balls_[side].frontier_arcs == 0) break;  // that ball is closed and does not touch the other
    if (probe_pays(side)) {
      probe();
      if (!meets_.empty()) break;
    }
    expand(side);  // finds no arc into the other ball after an empty probe
  }
  if (!meets_.empty()) {
    double total = 0;
    for (const auto& [a, b] : meets_) total += paths_[a] * paths_[b];
    double pick = std::uniform_real_distribution<double>(0, total)(random);
    auto chosen = meets_.back();
    for (const auto& meet : meets_) {
      pick -= paths_[meet.first] * paths_[meet.second];
      if (pick < 0) {
        chosen = meet;
        break;
      }
    }
    walk_back(0, chosen.first, random);
    walk_back(1, chosen.second, random);
  }
  const auto levels = std::max(balls_[0].level_start.size(), balls_[1].level_start.size());
  base_ += 2 * static_cast<std::uint32_t>(levels + 1);
  return inner_;
}

// Adds v and the nodes before it on the drawn path, down to the side's root (excluded), to inner_.
void path_sampler::walk_back(int side, std::uint32_t v, std::mt19937_64& random) {
  while (v != balls_[side].root) {
    inner_.push_back(v);
    v = predecessor(side, v, random);
  }
}

// A predecessor of v (one level closer to the root, arc towards v), drawn with probability σ(p)/σ(v).
std::uint32_t path_sampler::predecessor(int side, std::uint32_t v, std::mt19937_64& random) const {
  const ball& b = balls_[side];
  const std::uint32_t here = level(v);
  if (here == 1) return b.root;
  const std::uint32_t wanted = base_ + 2 * (here - 1) + static_cast<std::uint32_t>(side);
  double pick = std::uniform_real_distribution<double>(0, paths_[v])(random);
  std::uint32_t chosen = b.root;
  auto consider = [&](std::uint32_t p) {
    chosen = p;
    pick -= paths_[p];
    return pick < 0;
  };
  const auto back = forward_row(1 - side, v);  // arcs into v along the side's direction
  const std::span<const std::uint32_t> previous(b.nodes.data() + b.level_start[here - 1],
                                                b.level_start[here] - b.level_start[here - 1]);
  if (back.size() <= row_scan_factor * previous.size()) {
    for (std::uint32_t p : back) {
      if (tag_[p] == wanted && consider(p)) break;
    }
  } else {
    for (std::uint32_t p : previous) {
      const auto row = forward_row(side, p);
      if (std::binary_search(row.begin(), row.end(), v) && consider(p)) break;
    }
  }
  return chosen;
}

}  // namespace chainex::detail
