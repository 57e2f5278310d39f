// Sampled betweenness: KADABRA's adaptive sampling over balanced bidirectional BFS (see
// query/betweenness.hpp for the guarantee; path_sampler.hpp for the sampler).
//
// Betweenness here is KADABRA's b(v) = Σ_{s≠t} σ_st(v)/σ_st / (n(n − 1)), the mean over ordered pairs
// of the share of shortest paths through v; networkx's normalisation is b · n/(n − 2), so the run aims
// at ε' = ε(n − 2)/n. Samples come in chunks of `chunk_size` draws seeded from (seed, chunk number),
// and counts are integers summed after each round, so the stopping time and the values do not depend
// on the number of threads.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <stdexcept>

#include "chainex/query/betweenness.hpp"
#include "chainex/query_error.hpp"
#include "compact_graph.hpp"
#include "neighbor_bitmaps.hpp"
#include "parallel.hpp"
#include "path_sampler.hpp"
#include "simple_graph.hpp"

namespace chainex {
namespace {

constexpr std::size_t chunk_size = 16;
constexpr double pilot_share = 0.01;  // samples of the first phase, as a share of ω (KADABRA: 1/100)
constexpr double round_share = 0.01;  // samples between two stopping checks, as a share of ω
constexpr double balancing = 0.001;   // share of δ/2 spread evenly over the nodes (KADABRA's β)

// An upper bound on the number of nodes of any shortest path: for an undirected graph the longest two
// BFS branches from one node per component (2 · eccentricity + 1), for a directed one the size of the
// largest weakly connected component.
std::size_t vertex_diameter_bound(const detail::compact_graph& g) {
  const std::uint32_t n = g.node_count();
  std::vector<std::int32_t> depth(n, -1);
  std::vector<std::uint32_t> order;
  std::size_t bound = 1;
  for (std::uint32_t root = 0; root < n; ++root) {
    if (depth[root] >= 0) continue;
    order.assign(1, root);
    depth[root] = 0;
    std::int32_t deepest = 0;
    for (std::size_t head = 0; head < order.size(); ++head) {
      const std::uint32_t v = order[head];
      for (const auto row : {g.row(v), g.in_row(v)}) {
        for (std::uint32_t w : row) {
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

// One thread's sampler and hit counts; a task is one chunk of draws.
class sampling_worker {
 public:
  sampling_worker(const detail::compact_graph& g, const detail::neighbor_bitmaps& bits)
      : sampler_(g, bits), hits_(g.node_count(), 0) {}

  void start_round(std::uint64_t seed, std::uint64_t first_chunk) {
    seed_ = seed;
    first_chunk_ = first_chunk;
  }
  void operator()(std::size_t chunk) {
    std::seed_seq seeds{seed_, first_chunk_ + chunk};
    random_.seed(seeds);
    for (std::size_t i = 0; i < chunk_size; ++i) {
      for (std::uint32_t v : sampler_.draw(random_)) {
        if (hits_[v]++ == 0) touched_.push_back(v);
      }
    }
  }
  // Adds this round's hits to `total` (listing in `hit` the nodes hit for the first time) and clears them.
  void drain(std::vector<std::uint64_t>& total, std::vector<std::uint32_t>& hit) {
    for (std::uint32_t v : touched_) {
      if (total[v] == 0) hit.push_back(v);
      total[v] += hits_[v];
      hits_[v] = 0;
    }
    touched_.clear();
  }

 private:
  detail::path_sampler sampler_;
  std::vector<std::uint32_t> hits_;
  std::vector<std::uint32_t> touched_;
  std::mt19937_64 random_;
  std::uint64_t seed_ = 0;
  std::uint64_t first_chunk_ = 0;
};

// Hit counts of all rounds so far.
struct tally {
  std::vector<std::uint64_t> hits;
  std::vector<std::uint32_t> hit_nodes;  // nodes with hits > 0
  std::uint64_t samples = 0;
  std::uint64_t chunks = 0;  // chunk numbers used so far, for the seeds
};

// The interrupt checked before every chunk, and the progress reported: samples drawn (pilot included)
// over those planned (the pilot's and ω).
struct run_progress {
  const interrupt& stop;
  double planned;
  std::uint64_t drawn = 0;
};

// Draws at least `samples` more samples (whole chunks) into `counts`.
void sample_round(std::vector<sampling_worker>& workers, std::uint64_t seed, std::uint64_t samples, tally& counts,
                  run_progress& run) {
  const std::uint64_t chunks = std::max<std::uint64_t>(1, (samples + chunk_size - 1) / chunk_size);
  for (auto& w : workers) w.start_round(seed, counts.chunks);
  detail::run_on_workers(workers, chunks, run.stop, [&](std::size_t done) {
    run.stop.progress(std::min(1.0, static_cast<double>(run.drawn + done * chunk_size) / run.planned));
  });
  for (auto& w : workers) w.drain(counts.hits, counts.hit_nodes);
  counts.chunks += chunks;
  counts.samples += chunks * chunk_size;
  run.drawn += chunks * chunk_size;
}

// KADABRA's bounds on the error below (f) and above (g) of an estimate b after τ of at most ω samples,
// for a node whose failure probability is δ_v = exp(−log_inverse).
double error_below(double b, double log_inverse, double omega, double tau) {
  const double a = omega / tau - 1.0 / 3.0;
  return std::min(b, log_inverse / tau * (-a + std::sqrt(a * a + 2 * b * omega / log_inverse)));
}
double error_above(double b, double log_inverse, double omega, double tau) {
  const double a = omega / tau + 1.0 / 3.0;
  return std::min(1 - b, log_inverse / tau * (a + std::sqrt(a * a + 2 * b * omega / log_inverse)));
}

// log(1/δ_v) per node from the pilot estimates: δ_v = exp(−c ε²/b_v) + δβ/(4n), with c the smallest
// value (bisection) for which Σ_v 2 exp(−c ε²/b_v) ≤ (1 − β) δ/2, so that Σ_v (δ_L(v) + δ_U(v)) ≤ δ/2.
std::vector<double> failure_logs(const tally& pilot, std::size_t n, double epsilon, double delta) {
  std::vector<double> shares;
  shares.reserve(pilot.hit_nodes.size());
  for (std::uint32_t v : pilot.hit_nodes)
    shares.push_back(static_cast<double>(pilot.hits[v]) / static_cast<double>(pilot.samples));
  const double budget = (1 - balancing) * delta / 2;
  auto spent = [&](double c) {
    double sum = 0;
    for (double b : shares) sum += 2 * std::exp(-c * epsilon * epsilon / b);
    return sum;
  };
  double low = 0;
  double high = std::log(4.0 * static_cast<double>(n) / budget) / (epsilon * epsilon);  // spends ≤ budget
  for (int i = 0; i < 60; ++i) {
    const double middle = (low + high) / 2;
    (spent(middle) > budget ? low : high) = middle;
  }
  const double floor = delta * balancing / (4.0 * static_cast<double>(n));
  std::vector<double> logs(n, -std::log(floor));
  for (std::size_t i = 0; i < shares.size(); ++i) {
    logs[pilot.hit_nodes[i]] = -std::log(std::exp(-high * epsilon * epsilon / shares[i]) + floor);
  }
  return logs;
}

// KADABRA's stopping condition: every node's bounds below and above are under ε. Nodes never hit share
// b = 0 and are checked once with the largest log(1/δ_v).
bool precise_enough(const tally& counts, const std::vector<double>& logs, double largest_log, double epsilon,
                    double omega) {
  const auto tau = static_cast<double>(counts.samples);
  if (counts.hit_nodes.size() < logs.size() && error_above(0, largest_log, omega, tau) >= epsilon) return false;
  for (std::uint32_t v : counts.hit_nodes) {
    const double b = static_cast<double>(counts.hits[v]) / tau;
    if (error_below(b, logs[v], omega, tau) >= epsilon || error_above(b, logs[v], omega, tau) >= epsilon) return false;
  }
  return true;
}

}  // namespace

betweenness_estimate approximate_betweenness(const snapshot& snap, direction mode, double epsilon, double delta,
                                             std::uint64_t seed, unsigned threads, const interrupt& stop) {
  if (!(epsilon > 0 && epsilon < 1))
    throw query_error(failure_code::bad_parameter, "approximate betweenness: epsilon must be in (0, 1)");
  if (!(delta > 0 && delta < 1))
    throw query_error(failure_code::bad_parameter, "approximate betweenness: delta must be in (0, 1)");
  const std::size_t n = snap.node_count();
  betweenness_estimate estimate;
  estimate.values.assign(n, 0.0);
  if (n <= 2) return estimate;
  const detail::compact_graph g(detail::simple_graph(snap, mode, stop), {.in_rows = true}, stop);
  estimate.vertex_diameter_bound = vertex_diameter_bound(g);
  const double target = epsilon * static_cast<double>(n - 2) / static_cast<double>(n);
  const double diameter_term = estimate.vertex_diameter_bound >= 3
                                   ? std::floor(std::log2(static_cast<double>(estimate.vertex_diameter_bound - 2)))
                                   : 0.0;
  const double omega = std::ceil(0.5 / (target * target) * (diameter_term + 1.0 + std::log(2.0 / delta)));
  estimate.sample_cap = static_cast<std::size_t>(omega);

  const detail::neighbor_bitmaps bits(g);
  std::vector<sampling_worker> workers;
  for (unsigned i = 0, count = detail::worker_count(n, threads); i < count; ++i) workers.emplace_back(g, bits);
  const auto pilot_samples = static_cast<std::uint64_t>(std::ceil(omega * pilot_share));
  run_progress run{.stop = stop, .planned = static_cast<double>(pilot_samples) + omega};
  tally pilot{.hits = std::vector<std::uint64_t>(n, 0), .hit_nodes = {}};
  sample_round(workers, seed, pilot_samples, pilot, run);
  const std::vector<double> logs = failure_logs(pilot, n, target, delta);
  const double largest_log = *std::max_element(logs.begin(), logs.end());

  tally counts{.hits = std::vector<std::uint64_t>(n, 0), .hit_nodes = {}, .samples = 0, .chunks = pilot.chunks};
  const auto round = static_cast<std::uint64_t>(std::ceil(omega * round_share));
  do {
    sample_round(workers, seed, round, counts, run);
  } while (static_cast<double>(counts.samples) < omega && !precise_enough(counts, logs, largest_log, target, omega));

  estimate.samples = pilot.samples + counts.samples;
  const double scale = static_cast<double>(n) / (static_cast<double>(n - 2) * static_cast<double>(counts.samples));
  for (std::uint32_t v : counts.hit_nodes) estimate.values[g.original(v)] = static_cast<double>(counts.hits[v]) * scale;
  stop.progress(1.0);
  return estimate;
}

}  // namespace chainex
