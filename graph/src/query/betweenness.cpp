// Exact betweenness: Brandes' algorithm with sources spread over threads (see query/betweenness.hpp).
#include "chainex/query/betweenness.hpp"

#include <cstdint>

#include "parallel.hpp"
#include "simple_graph.hpp"

namespace chainex {
namespace {

class brandes_worker {
 public:
  explicit brandes_worker(const detail::simple_graph& g)
      : g_(&g), score_(g.node_count(), 0.0), sigma_(g.node_count(), 0.0), delta_(g.node_count(), 0.0),
        depth_(g.node_count(), -1) {}

  void operator()(std::size_t source) {
    const auto s = static_cast<node_index>(source);
    order_.clear();
    order_.push_back(s);
    depth_[s] = 0;
    sigma_[s] = 1;
    for (std::size_t head = 0; head < order_.size(); ++head) {
      const node_index v = order_[head];
      for (node_index w : g_->out().of(v)) {
        if (depth_[w] < 0) {
          depth_[w] = depth_[v] + 1;
          order_.push_back(w);
        }
        if (depth_[w] == depth_[v] + 1) sigma_[w] += sigma_[v];
      }
    }
    // Dependencies, farthest first; predecessors are in-neighbours one level up.
    for (std::size_t i = order_.size(); i-- > 1;) {
      const node_index w = order_[i];
      const double coefficient = (1.0 + delta_[w]) / sigma_[w];
      for (node_index v : g_->in().of(w)) {
        if (depth_[v] == depth_[w] - 1) delta_[v] += sigma_[v] * coefficient;
      }
      score_[w] += delta_[w];
    }
    for (node_index v : order_) {  // invariant: scratch is all -1 / 0 outside a source's run
      depth_[v] = -1;
      sigma_[v] = 0;
      delta_[v] = 0;
    }
  }

  [[nodiscard]] const std::vector<double>& score() const noexcept { return score_; }

 private:
  const detail::simple_graph* g_;
  std::vector<double> score_;
  std::vector<double> sigma_;
  std::vector<double> delta_;
  std::vector<std::int32_t> depth_;
  std::vector<node_index> order_;
};

}  // namespace

std::vector<double> betweenness_centrality(const snapshot& snap, direction mode, unsigned threads) {
  const detail::simple_graph g(snap, mode);
  const std::size_t n = g.node_count();
  std::vector<double> result(n, 0.0);
  if (n <= 2) return result;
  const auto workers = detail::run_per_source(n, threads, [&] { return brandes_worker(g); });
  const double scale = 1.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
  for (std::size_t v = 0; v < n; ++v) {
    for (const auto& w : workers) result[v] += w.score()[v];
    result[v] *= scale;
  }
  return result;
}

}  // namespace chainex
