#include "path_sampler.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace chainex::detail {
namespace {

// A predecessor search scans the node's row unless it is this many times longer than the previous level.
constexpr std::size_t row_scan_factor = 32;
// Rough costs, in arcs scanned by an expansion: an arc test by bit set or by binary search, one word of
// a bit set AND, one element of a sequential scan outside the per-node state.
constexpr double bit_test_cost = 0.25;
constexpr double search_cost = 16;
constexpr double word_cost = 1.0 / 16;
constexpr double scan_cost = 0.5;

// Draws one of the items `for_each` enumerates (for_each(f) calls f(item, weight) until f returns true)
// with probability proportional to its weight; `total` is the sum of the weights.
template <class Item, class ForEach>
Item draw_weighted(double total, std::mt19937_64& random, Item fallback, ForEach&& for_each) {
  double pick = std::uniform_real_distribution<double>(0, total)(random);
  Item chosen = fallback;
  for_each([&](Item item, double weight) {
    chosen = item;
    pick -= weight;
    return pick < 0;
  });
  return chosen;
}

}  // namespace

path_sampler::path_sampler(const compact_graph& g, const neighbor_bitmaps& bits)
    : g_(&g),
      bits_(&bits),
      hub_degree_(std::max<std::size_t>(4, static_cast<std::size_t>(std::sqrt(static_cast<double>(g.arc_count()))))),
      mean_degree_(static_cast<double>(g.arc_count()) / std::max<double>(1, g.node_count())),
      tag_(g.node_count(), 0),
      paths_(g.node_count(), 0.0) {
  for (ball& b : balls_) b.nodes.reserve(g.node_count());
}

bool path_sampler::arc(std::uint32_t from, std::uint32_t to) const noexcept {
  if (const auto* out = bits_->out_of(from)) return neighbor_bitmaps::has(out, to);
  if (const auto* in = bits_->in_of(to)) return neighbor_bitmaps::has(in, from);
  const auto row = g_->row(from);
  const auto in_row = g_->in_row(to);
  return row.size() <= in_row.size() ? std::binary_search(row.begin(), row.end(), to)
                                     : std::binary_search(in_row.begin(), in_row.end(), from);
}

// Adds v to the level `side` is building and counts it into the next frontier's totals.
void path_sampler::reach(int side, std::uint32_t v) {
  ball& b = balls_[side];
  const std::size_t arcs = forward_row(side, v).size();
  b.nodes.push_back(v);
  b.frontier_arcs += arcs;
  if (arcs > hub_degree_) {
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
  reach(side, root);
  tag_[root] = base_ + static_cast<std::uint32_t>(side);
  paths_[root] = 1.0;
}

// Expands the frontier of `side` by one level; arcs into the other side's ball become joins.
void path_sampler::expand(int side) {
  ball& b = balls_[side];
  const auto first = b.level_start.back();
  const auto last = static_cast<std::uint32_t>(b.nodes.size());
  b.level_start.push_back(last);
  b.frontier_arcs = b.light_arcs = 0;
  b.hubs.clear();
  const std::uint32_t next_tag = frontier_tag(side);
  for (std::uint32_t i = first; i < last; ++i) {
    const std::uint32_t x = b.nodes[i];
    const double paths = paths_[x];
    for (std::uint32_t y : forward_row(side, x)) {
      const std::uint32_t tag = tag_[y];
      if (tag < base_) {
        tag_[y] = next_tag;
        paths_[y] = paths;
        reach(side, y);
      } else if (tag == next_tag) {
        paths_[y] += paths;
      } else if (((tag - base_) & 1U) != static_cast<std::uint32_t>(side)) {
        const auto [a, t_side] = side == 0 ? std::pair{x, y} : std::pair{y, x};
        joins_.push_back({meeting::arc, a, t_side, paths_[a] * paths_[t_side]});
      }
    }
  }
}

double path_sampler::test_cost_from(std::uint32_t a) const noexcept {
  return bits_->out_of(a) != nullptr ? bit_test_cost : search_cost;
}
double path_sampler::test_cost_into(std::uint32_t b) const noexcept {
  return bits_->in_of(b) != nullptr ? bit_test_cost : search_cost;
}

// The cheapest way to probe the frontiers, or none when expanding `side` costs less.
path_sampler::probe_way path_sampler::frontier_probe_way(int side) const noexcept {
  const ball& a = balls_[0];
  const ball& b = balls_[1];
  const auto nodes = static_cast<double>(a.frontier().size() + b.frontier().size());
  double hub_pairs = 0;
  double into_hubs = 0;
  double from_hubs = 0;
  for (std::uint32_t hub_b : b.hubs) into_hubs += test_cost_into(hub_b);
  for (std::uint32_t hub_a : a.hubs) {
    from_hubs += test_cost_from(hub_a);
    for (std::uint32_t hub_b : b.hubs) hub_pairs += std::min(test_cost_from(hub_a), test_cost_into(hub_b));
  }
  const std::pair<double, probe_way> ways[] = {
      {static_cast<double>(a.light_arcs + b.light_arcs) + hub_pairs + nodes, probe_way::light_rows},
      {static_cast<double>(b.light_arcs) + static_cast<double>(a.frontier().size()) * into_hubs + nodes,
       probe_way::into_hubs},
      {static_cast<double>(a.light_arcs) + static_cast<double>(b.frontier().size()) * from_hubs + nodes,
       probe_way::from_hubs}};
  const auto best = std::min_element(std::begin(ways), std::end(ways));
  return best->first < static_cast<double>(balls_[side].frontier_arcs) ? best->second : probe_way::none;
}

// Joins every arc (a, b) from s's frontier to t's without reading a hub's row. Each way splits the
// arcs in two: light_rows takes those from a non-hub a from a's row, those from a hub a to a non-hub b
// from b's row, hub-hub ones by arc(); into_hubs takes the arcs into a non-hub b from b's row and
// tests every a against each hub b; from_hubs is its mirror image.
void path_sampler::frontier_probe(probe_way way) {
  const std::uint32_t tag_a = frontier_tag(0);
  const std::uint32_t tag_b = frontier_tag(1);
  auto add = [&](std::uint32_t a, std::uint32_t b) { joins_.push_back({meeting::arc, a, b, paths_[a] * paths_[b]}); };
  auto from_light_a = [&] {
    for (std::uint32_t a : balls_[0].frontier()) {
      if (is_hub(0, a)) continue;
      for (std::uint32_t b : g_->row(a)) {
        if (tag_[b] == tag_b) add(a, b);
      }
    }
  };
  auto into_light_b = [&](bool from_light_a_too) {
    for (std::uint32_t b : balls_[1].frontier()) {
      if (is_hub(1, b)) continue;
      for (std::uint32_t a : g_->in_row(b)) {
        if (tag_[a] == tag_a && (from_light_a_too || is_hub(0, a))) add(a, b);
      }
    }
  };
  switch (way) {
    case probe_way::light_rows:
      from_light_a();
      into_light_b(false);
      for (std::uint32_t a : balls_[0].hubs) {
        for (std::uint32_t b : balls_[1].hubs) {
          if (arc(a, b)) add(a, b);
        }
      }
      break;
    case probe_way::into_hubs:
      into_light_b(true);
      for (std::uint32_t b : balls_[1].hubs) {
        for (std::uint32_t a : balls_[0].frontier()) {
          if (arc(a, b)) add(a, b);
        }
      }
      break;
    case probe_way::from_hubs:
      from_light_a();
      for (std::uint32_t a : balls_[0].hubs) {
        for (std::uint32_t b : balls_[1].frontier()) {
          if (arc(a, b)) add(a, b);
        }
      }
      break;
    case probe_way::none:
      break;
  }
}

// Calls f(x) for the nodes x with arcs a → x → b, in increasing order, until f returns true.
template <class F>
void path_sampler::for_each_between(std::uint32_t a, std::uint32_t b, F&& f) const {
  const auto* out = bits_->out_of(a);
  const auto* in = bits_->in_of(b);
  if (out != nullptr && in != nullptr) {
    for (std::size_t i = 0; i < bits_->words(); ++i) {
      for (std::uint64_t word = out[i] & in[i]; word != 0; word &= word - 1) {
        if (f(static_cast<std::uint32_t>(64 * i + static_cast<std::size_t>(std::countr_zero(word))))) return;
      }
    }
  } else if (out != nullptr) {
    for (std::uint32_t x : g_->in_row(b)) {
      if (neighbor_bitmaps::has(out, x) && f(x)) return;
    }
  } else if (in != nullptr) {
    for (std::uint32_t x : g_->row(a)) {
      if (neighbor_bitmaps::has(in, x) && f(x)) return;
    }
  } else {
    const auto from_a = g_->row(a);
    const auto into_b = g_->in_row(b);
    for (auto i = from_a.begin(), j = into_b.begin(); i != from_a.end() && j != into_b.end();) {
      if (*i < *j) {
        ++i;
      } else if (*j < *i) {
        ++j;
      } else {
        if (f(*i)) return;
        ++i;
        ++j;
      }
    }
  }
}

std::uint64_t path_sampler::count_between(std::uint32_t a, std::uint32_t b) const {
  std::uint64_t count = 0;
  const auto* out = bits_->out_of(a);
  const auto* in = bits_->in_of(b);
  if (out != nullptr && in != nullptr) {
    count = bits_->count_common(out, in);
  } else {
    for_each_between(a, b, [&](std::uint32_t) {
      ++count;
      return false;
    });
  }
  return count;
}

// Calls f(b) for the nodes b of t's frontier with an arc x → b, until f returns true.
template <class F>
void path_sampler::for_each_next_in_t_frontier(std::uint32_t x, F&& f) const {
  const auto frontier = balls_[1].frontier();
  const auto row = g_->row(x);
  if (static_cast<double>(row.size()) <= test_cost_from(x) * static_cast<double>(frontier.size())) {
    const std::uint32_t tag_b = frontier_tag(1);
    for (std::uint32_t b : row) {
      if (tag_[b] == tag_b && f(b)) return;
    }
  } else {
    for (std::uint32_t b : frontier) {
      if (arc(x, b) && f(b)) return;
    }
  }
}

// Calls f(a) for the hubs a of s's frontier with an arc a → x, until f returns true.
template <class F>
void path_sampler::for_each_hub_before(std::uint32_t x, F&& f) const {
  for (std::uint32_t a : balls_[0].hubs) {
    if (arc(a, x) && f(a)) return;
  }
}

bool path_sampler::middle_probe_pays(int side) const noexcept {
  const ball& a = balls_[0];
  const ball& b = balls_[1];
  double before_hubs = 0;
  for (std::uint32_t hub_a : a.hubs) before_hubs += test_cost_from(hub_a);
  double cost = static_cast<double>(a.light_arcs) * mean_degree_ + static_cast<double>(b.light_arcs) * before_hubs +
                static_cast<double>(a.frontier().size() + b.frontier().size());
  for (std::uint32_t hub_a : a.hubs) {
    const bool out = bits_->out_of(hub_a) != nullptr;
    for (std::uint32_t hub_b : b.hubs) {
      const bool in = bits_->in_of(hub_b) != nullptr;
      cost += out && in ? word_cost * static_cast<double>(bits_->words())
                        : scan_cost * static_cast<double>(out  ? g_->in_row(hub_b).size()
                                                          : in ? g_->row(hub_a).size()
                                                               : g_->row(hub_a).size() + g_->in_row(hub_b).size());
    }
  }
  return cost < static_cast<double>(balls_[side].frontier_arcs);
}

// After an empty frontier probe: joins every path a → x → b from s's frontier through a node x reached
// by neither side to t's frontier (x is then one level beyond both), without reading hub rows.
void path_sampler::middle_probe() {
  for (std::uint32_t a : balls_[0].frontier()) {
    if (is_hub(0, a)) continue;
    for (std::uint32_t x : g_->row(a)) {
      if (tag_[x] >= base_) continue;  // reached: no arc into t's frontier
      double after = 0;
      for_each_next_in_t_frontier(x, [&](std::uint32_t b) {
        after += paths_[b];
        return false;
      });
      if (after > 0) joins_.push_back({meeting::from_a, a, x, paths_[a] * after});
    }
  }
  for (std::uint32_t b : balls_[1].frontier()) {
    if (is_hub(1, b)) continue;
    for (std::uint32_t x : g_->in_row(b)) {
      if (tag_[x] >= base_) continue;
      double before = 0;
      for_each_hub_before(x, [&](std::uint32_t a) {
        before += paths_[a];
        return false;
      });
      if (before > 0) joins_.push_back({meeting::from_b, x, b, before * paths_[b]});
    }
  }
  for (std::uint32_t a : balls_[0].hubs) {
    for (std::uint32_t b : balls_[1].hubs) {
      if (const std::uint64_t count = count_between(a, b); count > 0) {
        joins_.push_back({meeting::hub_pair, a, b, paths_[a] * paths_[b] * static_cast<double>(count)});
      }
    }
  }
}

std::span<const std::uint32_t> path_sampler::draw(std::mt19937_64& random) {
  const std::uint32_t n = g_->node_count();
  const auto s = std::uniform_int_distribution<std::uint32_t>(0, n - 1)(random);
  auto t = std::uniform_int_distribution<std::uint32_t>(0, n - 2)(random);
  if (t >= s) ++t;
  inner_.clear();
  joins_.clear();
  if (base_ > std::numeric_limits<std::uint32_t>::max() - 2 * n - 4) {  // tags must fit this draw
    std::fill(tag_.begin(), tag_.end(), 0);
    base_ = 1;
  }
  start(0, s);
  start(1, t);
  while (joins_.empty()) {
    const int side = balls_[0].frontier_arcs <= balls_[1].frontier_arcs ? 0 : 1;
    if (balls_[side].frontier_arcs == 0) break;  // that ball is closed and does not touch the other
    if (const probe_way way = frontier_probe_way(side); way != probe_way::none) {
      frontier_probe(way);
      if (!joins_.empty()) break;
      if (middle_probe_pays(side)) {
        middle_probe();
        if (!joins_.empty()) break;
      }
    }
    expand(side);  // finds no arc into the other ball after an empty frontier probe
  }
  if (!joins_.empty()) draw_path(random);
  const auto levels = std::max(balls_[0].level_start.size(), balls_[1].level_start.size());
  base_ += 2 * static_cast<std::uint32_t>(levels + 1);
  return inner_;
}

// Draws one join by weight, then the path through it, into inner_.
void path_sampler::draw_path(std::mt19937_64& random) {
  double total = 0;
  for (const join& j : joins_) total += j.weight;
  const join chosen = draw_weighted<join>(total, random, joins_.back(), [&](auto&& f) {
    for (const join& j : joins_) {
      if (f(j, j.weight)) return;
    }
  });
  std::uint32_t a = chosen.first;
  std::uint32_t b = chosen.second;
  std::uint32_t x = 0;
  switch (chosen.kind) {
    case meeting::arc:
      walk_back(0, a, random);
      walk_back(1, b, random);
      return;
    case meeting::from_a:
      x = chosen.second;
      b = draw_weighted<std::uint32_t>(chosen.weight / paths_[a], random, b, [&](auto&& f) {
        for_each_next_in_t_frontier(x, [&](std::uint32_t next) { return f(next, paths_[next]); });
      });
      break;
    case meeting::from_b:
      x = chosen.first;
      a = draw_weighted<std::uint32_t>(chosen.weight / paths_[b], random, a, [&](auto&& f) {
        for_each_hub_before(x, [&](std::uint32_t hub) { return f(hub, paths_[hub]); });
      });
      break;
    case meeting::hub_pair: {
      auto k = std::uniform_int_distribution<std::uint64_t>(0, count_between(a, b) - 1)(random);
      for_each_between(a, b, [&](std::uint32_t between) {
        x = between;
        return k-- == 0;
      });
      break;
    }
  }
  walk_back(0, a, random);
  inner_.push_back(x);
  walk_back(1, b, random);
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
  const auto back = forward_row(1 - side, v);  // arcs into v along the side's direction
  const std::span<const std::uint32_t> previous(b.nodes.data() + b.level_start[here - 1],
                                                b.level_start[here] - b.level_start[here - 1]);
  return draw_weighted<std::uint32_t>(paths_[v], random, b.root, [&](auto&& f) {
    if (back.size() <= row_scan_factor * previous.size()) {
      for (std::uint32_t p : back) {
        if (tag_[p] == wanted && f(p, paths_[p])) return;
      }
    } else {
      for (std::uint32_t p : previous) {
        const auto row = forward_row(side, p);
        if (std::binary_search(row.begin(), row.end(), v) && f(p, paths_[p])) return;
      }
    }
  });
}

}  // namespace chainex::detail
