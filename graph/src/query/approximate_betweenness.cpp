// Sampled betweenness (Riondato–Kornaropoulos) over bidirectional BFS (see query/betweenness.hpp).
#include <cmath>
#include <random>
#include <stdexcept>

#include "chainex/query/betweenness.hpp"
#include "parallel.hpp"
#include "simple_graph.hpp"
#include "stamped_array.hpp"

namespace chainex {
namespace {

constexpr std::size_t chunk_count = 64;

// An upper bound on the number of nodes of any shortest path (see the header).
std::size_t vertex_diameter_bound(const detail::simple_graph& g) {
  const std::size_t n = g.node_count();
  std::vector<std::int32_t> depth(n, -1);
  std::vector<node_index> order;
  std::size_t bound = 1;
  for (node_index root = 0; root < n; ++root) {
    if (depth[root] >= 0) continue;
    order.assign(1, root);
    depth[root] = 0;
    std::int32_t deepest = 0;
    for (std::size_t head = 0; head < order.size(); ++head) {
      const node_index v = order[head];
      for (const detail::csr_rows* rows : {&g.out(), &g.in()}) {
        for (node_index w : rows->of(v)) {
          if (depth[w] >= 0) continue;
          depth[w] = depth[v] + 1;
          deepest = std::max(deepest, depth[w]);
          order.push_back(w);
        }
      }
    }
    const std::size_t component = g.directed() ? order.size() : 2 * static_cast<std::size_t>(deepest) + 1;
    bound = std::max(bound, component);
  }
  return bound;
}

struct level_mark {
  std::uint32_t depth = 0;
  double paths = 0;  // σ: shortest paths from the side's root
};

// Draws shortest paths between random pairs and counts how often each node is inside one.
class path_sampler {
 public:
  path_sampler(const detail::simple_graph& g, std::size_t samples, std::uint64_t seed)
      : g_(&g), samples_(samples), seed_(seed), hits_(g.node_count(), 0.0) {}

  void operator()(std::size_t chunk) {
    random_.seed(seed_ + 0x9E3779B97F4A7C15ULL * (chunk + 1));
    const std::size_t count = samples_ / chunk_count + (chunk < samples_ % chunk_count ? 1 : 0);
    for (std::size_t i = 0; i < count; ++i) sample();
  }
  [[nodiscard]] const std::vector<double>& hits() const noexcept { return hits_; }

 private:
  struct side {
    detail::stamped_array<level_mark>* seen;
    const detail::csr_rows* rows;
    std::vector<node_index> frontier;
    std::uint32_t depth = 0;
  };

  void sample() {
    const std::size_t n = g_->node_count();
    const auto s = static_cast<node_index>(std::uniform_int_distribution<std::size_t>(0, n - 1)(random_));
    auto t = static_cast<node_index>(std::uniform_int_distribution<std::size_t>(0, n - 2)(random_));
    if (t >= s) ++t;
    forward_.reset(n);
    backward_.reset(n);
    forward_.set(s, {0, 1.0});
    backward_.set(t, {0, 1.0});
    side from_s{&forward_, &g_->out(), {s}};
    side from_t{&backward_, &g_->in(), {t}};
    meet_.clear();
    while (meet_.empty() && !from_s.frontier.empty() && !from_t.frontier.empty()) {
      side& grow = work(from_s) <= work(from_t) ? from_s : from_t;
      const auto& other = &grow == &from_s ? backward_ : forward_;
      grow_level(grow);
      for (node_index w : grow.frontier) {
        if (other.has(w)) meet_.push_back(w);
      }
    }
    if (meet_.empty()) return;
    node_index middle = meet_.back();
    double total = 0;
    for (node_index x : meet_) total += forward_[x].paths * backward_[x].paths;
    double pick = std::uniform_real_distribution<double>(0, total)(random_);
    for (node_index x : meet_) {
      pick -= forward_[x].paths * backward_[x].paths;
      if (pick < 0) {
        middle = x;
        break;
      }
    }
    credit(middle, s, t);
    walk(middle, s, t, forward_, g_->in());
    walk(middle, t, s, backward_, g_->out());
  }

  std::size_t work(const side& of) const {
    std::size_t sum = 0;
    for (node_index v : of.frontier) sum += of.rows->offsets[v + 1] - of.rows->offsets[v];
    return sum;
  }

  void grow_level(side& grow) {
    next_.clear();
    auto& seen = *grow.seen;
    for (node_index u : grow.frontier) {
      const double paths = seen[u].paths;
      for (node_index w : grow.rows->of(u)) {
        if (!seen.has(w)) {
          seen.set(w, {grow.depth + 1, paths});
          next_.push_back(w);
        } else if (seen[w].depth == grow.depth + 1) {
          seen[w].paths += paths;
        }
      }
    }
    grow.frontier.swap(next_);
    ++grow.depth;
  }

  // From `node` back to `root`, choosing each step's predecessor with probability σ(pred) / σ(node).
  void walk(node_index node, node_index root, node_index other_end, const detail::stamped_array<level_mark>& seen,
            const detail::csr_rows& back) {
    while (node != root) {
      const level_mark here = seen[node];
      double pick = std::uniform_real_distribution<double>(0, here.paths)(random_);
      node_index chosen = root;
      for (node_index p : back.of(node)) {
        if (!seen.has(p) || seen[p].depth + 1 != here.depth) continue;
        chosen = p;
        pick -= seen[p].paths;
        if (pick < 0) break;
      }
      node = chosen;
      credit(node, root, other_end);
    }
  }

  void credit(node_index node, node_index a, node_index b) {
    if (node != a && node != b) hits_[node] += 1.0;
  }

  const detail::simple_graph* g_;
  std::size_t samples_;
  std::uint64_t seed_;
  std::vector<double> hits_;
  std::mt19937_64 random_;
  detail::stamped_array<level_mark> forward_;
  detail::stamped_array<level_mark> backward_;
  std::vector<node_index> next_;
  std::vector<node_index> meet_;
};

}  // namespace

betweenness_estimate approximate_betweenness(const snapshot& snap, direction mode, double epsilon, double delta,
                                             std::uint64_t seed, unsigned threads) {
  if (!(epsilon > 0 && epsilon < 1)) throw std::invalid_argument("approximate betweenness: epsilon must be in (0, 1)");
  if (!(delta > 0 && delta < 1)) throw std::invalid_argument("approximate betweenness: delta must be in (0, 1)");
  const detail::simple_graph g(snap, mode);
  const std::size_t n = g.node_count();
  betweenness_estimate estimate;
  estimate.values.assign(n, 0.0);
  if (n <= 2) return estimate;
  estimate.vertex_diameter_bound = vertex_diameter_bound(g);
  const double scaled_epsilon = epsilon * static_cast<double>(n - 2) / static_cast<double>(n);
  const double diameter_term =
      estimate.vertex_diameter_bound > 3 ? std::floor(std::log2(static_cast<double>(estimate.vertex_diameter_bound - 2))) : 0.0;
  estimate.samples = static_cast<std::size_t>(
      std::ceil(0.5 / (scaled_epsilon * scaled_epsilon) * (diameter_term + 1.0 + std::log(1.0 / delta))));
  const auto samplers =
      detail::run_per_source(chunk_count, threads, [&] { return path_sampler(g, estimate.samples, seed); });
  const double scale = static_cast<double>(n) / (static_cast<double>(n - 2) * static_cast<double>(estimate.samples));
  for (std::size_t v = 0; v < n; ++v) {
    for (const auto& sampler : samplers) estimate.values[v] += sampler.hits()[v];
    estimate.values[v] *= scale;
  }
  return estimate;
}

}  // namespace chainex
