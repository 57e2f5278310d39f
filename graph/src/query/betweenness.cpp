// Exact betweenness: Brandes' algorithm with sources spread over threads (see query/betweenness.hpp).
#include "chainex/query/betweenness.hpp"

#include <cstdint>

#include "parallel.hpp"
#include "simple_graph.hpp"

namespace chainex {
namespace {

class brandes_worker {
 public:
  explicit brandes_worker(const detail::simple_graph& g) : g_(&g), score_(g.node_count(), 0.0), state_(g.node_count()) {}

  void operator()(std::size_t source) {
    const auto s = static_cast<node_index>(source);
    order_.clear();
    order_.push_back(s);
    state_[s] = {0, 1.0, 0.0};
    for (std::size_t head = 0; head < order_.size(); ++head) {
      const node_index v = order_[head];
      const node_state here = state_[v];
      for (node_index w : g_->out().of(v)) {
        node_state& next = state_[w];
        if (next.depth < 0) {
          next.depth = here.depth + 1;
          order_.push_back(w);
        }
        if (next.depth == here.depth + 1) next.paths += here.paths;
      }
    }
    // Dependencies, farthest first: a node collects from its successors one level down.
    for (std::size_t i = order_.size(); i-- > 0;) {
      const node_index v = order_[i];
      node_state& here = state_[v];
      double dependency = 0;
      for (node_index w : g_->out().of(v)) {
        const node_state& next = state_[w];
        if (next.depth == here.depth + 1) dependency += (1.0 + next.dependency) / next.paths;
      }
      here.dependency = here.paths * dependency;
      if (v != s) score_[v] += here.dependency;
    }
    for (node_index v : order_) state_[v] = {};  // invariant: untouched outside a source's run
  }

  [[nodiscard]] const std::vector<double>& score() const noexcept { return score_; }

 private:
  struct node_state {
    std::int32_t depth = -1;
    double paths = 0;       // σ from the source
    double dependency = 0;  // δ of the source on this node
  };
  const detail::simple_graph* g_;
  std::vector<double> score_;
  std::vector<node_state> state_;
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
