// Exact betweenness: Brandes' algorithm with sources spread over threads (see query/betweenness.hpp).
//
// Leaves folded by compact_graph: a leaf ℓ hanging on u is never inside a shortest path, so its own score
// is 0. As a target of a search from s ≠ ℓ, ℓ adds 1 to u's dependency and weighs on the nodes before u
// as u does (σ_sℓ = σ_su): δ_s(v) = leaves(v) + Σ_{w successor of v} σ_v / σ_w · (1 + δ_s(w)).
// As a source, every shortest path from ℓ is ℓ, u, then one from u, so δ_ℓ(w) = δ_u(w) for w ≠ u and
// δ_ℓ(u) = (size of the component) − 2: u's search counts 1 + leaves(u) times, and u gains
// leaves(u) · (component − 2) once.
#include "chainex/query/betweenness.hpp"

#include <bit>
#include <cstdint>

#include "compact_graph.hpp"
#include "parallel.hpp"
#include "simple_graph.hpp"

namespace chainex {
namespace {

// x if keep, else 0, without a branch.
inline double only(double x, bool keep) noexcept {
  return std::bit_cast<double>(std::bit_cast<std::uint64_t>(x) & (std::uint64_t{0} - keep));
}

class brandes_worker {
 public:
  explicit brandes_worker(const detail::compact_graph& g)
      : g_(&g),
        score_(g.node_count(), 0.0),
        depth_(g.node_count(), -1),
        value_(g.node_count()),
        order_(g.node_count()) {}

  void operator()(std::size_t source) {
    const auto s = static_cast<std::uint32_t>(source);
    const std::uint32_t reached = g_->directed() ? search<false>(s) : search<true>(s);
    // Dependencies, farthest first: a node collects from its successors one level down, then leaves its
    // coefficient (1 + δ) / σ in place of σ for its predecessors.
    std::int32_t* const depth = depth_.data();
    double* const value = value_.data();
    const double multiplicity = 1.0 + g_->leaves(s);
    double component = 0;
    for (std::uint32_t i = reached; i-- > 0;) {
      const std::uint32_t v = order_[i];
      const std::int32_t below = depth[v] + 1;
      double sum = 0;
      for (std::uint32_t w : g_->row(v)) {
        sum += only(value[w], depth[w] == below);  // branch-free: levels mix
      }
      const double dependency = g_->leaves(v) + value[v] * sum;
      if (v != s) score_[v] += multiplicity * dependency;
      value[v] = (1.0 + dependency) / value[v];
      component += 1.0 + g_->leaves(v);
    }
    score_[s] += g_->leaves(s) * (component - 2.0);
    for (std::uint32_t i = 0; i < reached; ++i) depth[order_[i]] = -1;  // untouched between sources
  }

  [[nodiscard]] const std::vector<double>& score() const noexcept { return score_; }

 private:
  // BFS from s counting shortest paths; fills order_ and returns how many nodes it reached. A node's σ
  // is pulled from its predecessors when it leaves the queue (the level above is complete by then):
  // loads and branch-free sums, where pushing σ down would store on every arc. On an undirected graph
  // the predecessors are in the row the BFS scans anyway, so one pass does both.
  template <bool undirected>
  std::uint32_t search(std::uint32_t s) {
    std::int32_t* const depth = depth_.data();
    double* const value = value_.data();
    std::uint32_t* const order = order_.data();
    order[0] = s;
    depth[s] = 0;
    value[s] = 1.0;
    std::uint32_t tail = 1;
    for (std::uint32_t head = 0; head < tail; ++head) {
      const std::uint32_t v = order[head];
      const std::int32_t above = depth[v] - 1;
      double paths = 0;
      if constexpr (!undirected) {
        for (std::uint32_t u : g_->in_row(v)) paths += only(value[u], depth[u] == above);
      }
      for (std::uint32_t w : g_->row(v)) {
        const std::int32_t d = depth[w];
        if (d < 0) {  // rare next to the arcs that lead back or sideways
          depth[w] = above + 2;
          order[tail++] = w;
        }
        if constexpr (undirected) paths += only(value[w], d == above);
      }
      if (head > 0) value[v] = paths;
    }
    return tail;
  }

  const detail::compact_graph* g_;
  std::vector<double> score_;
  std::vector<std::int32_t> depth_;  // −1: not reached
  std::vector<double> value_;        // σ from the source during the search, (1 + δ) / σ once δ is known
  std::vector<std::uint32_t> order_;
};

}  // namespace

std::vector<double> betweenness_centrality(const snapshot& snap, direction mode, unsigned threads,
                                           const interrupt& stop) {
  const std::size_t n = snap.node_count();
  std::vector<double> result(n, 0.0);
  if (n <= 2) return result;
  const detail::compact_graph g(detail::simple_graph(snap, mode, stop), {.fold_leaves = true, .in_rows = true}, stop);
  const auto workers = detail::run_per_source(g.node_count(), threads, stop, [&] { return brandes_worker(g); });
  const double scale = 1.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
  for (std::uint32_t v = 0; v < g.node_count(); ++v) {
    double sum = 0;
    for (const auto& w : workers) sum += w.score()[v];
    result[g.original(v)] = sum * scale;
  }
  return result;
}

}  // namespace chainex
