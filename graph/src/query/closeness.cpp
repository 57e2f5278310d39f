// Closeness and harmonic centrality: one BFS per node over in-edges, nodes spread over threads.
#include "chainex/query/closeness.hpp"

#include <cstdint>

#include "parallel.hpp"
#include "simple_graph.hpp"

namespace chainex {
namespace {

// Breadth-first search towards a node (along in-edges); calls score(node, reached, distances) with the
// number of nodes that reach it (itself included) and their distances in BFS order.
template <class Score>
class reach_worker {
 public:
  reach_worker(const detail::simple_graph& g, Score score) : g_(&g), score_(score), depth_(g.node_count(), -1) {}

  void operator()(std::size_t source) {
    const auto s = static_cast<node_index>(source);
    order_.clear();
    order_.push_back(s);
    depth_[s] = 0;
    for (std::size_t head = 0; head < order_.size(); ++head) {
      const node_index v = order_[head];
      for (node_index w : g_->in().of(v)) {
        if (depth_[w] < 0) {
          depth_[w] = depth_[v] + 1;
          order_.push_back(w);
        }
      }
    }
    score_(s, order_, depth_);
    for (node_index v : order_) depth_[v] = -1;
  }

 private:
  const detail::simple_graph* g_;
  Score score_;
  std::vector<std::int32_t> depth_;
  std::vector<node_index> order_;
};

template <class Score>
std::vector<double> per_node(const snapshot& snap, direction mode, unsigned threads, const interrupt& stop,
                             Score score) {
  const detail::simple_graph g(snap, mode, stop);
  std::vector<double> result(g.node_count(), 0.0);
  auto write = [&result, score](node_index s, const std::vector<node_index>& order,
                                const std::vector<std::int32_t>& depth) { result[s] = score(order, depth); };
  detail::run_per_source(g.node_count(), threads, stop, [&] { return reach_worker(g, write); });
  return result;
}

}  // namespace

std::vector<double> closeness_centrality(const snapshot& snap, direction mode, unsigned threads,
                                         const interrupt& stop) {
  const double n = static_cast<double>(snap.node_count());
  return per_node(snap, mode, threads, stop,
                  [n](const std::vector<node_index>& order, const std::vector<std::int32_t>& depth) {
                    double total = 0;
                    for (node_index v : order) total += depth[v];
                    if (total <= 0 || n <= 1) return 0.0;
                    const double others = static_cast<double>(order.size()) - 1.0;
                    double closeness = others / total;
                    closeness *= others / (n - 1);
                    return closeness;
                  });
}

std::vector<double> harmonic_centrality(const snapshot& snap, direction mode, unsigned threads, const interrupt& stop) {
  return per_node(snap, mode, threads, stop,
                  [](const std::vector<node_index>& order, const std::vector<std::int32_t>& depth) {
                    double sum = 0;
                    for (std::size_t i = 1; i < order.size(); ++i) sum += 1.0 / depth[order[i]];
                    return sum;
                  });
}

}  // namespace chainex
