// simple_graph.hpp — the graph a whole-graph measure runs on, as networkx would see it.
//
// A direction mode picks the graph (query/centrality.hpp): out = the snapshot's graph, in = its reverse,
// both = undirected. Parallel edges merge into one (keeping the smallest weight) as in a networkx
// (Di)Graph; undirected edges count both ways; self-loops stay, once. Built in O(|E| log d) per call,
// rows sorted by neighbour. For `both`, in(v) is out(v). Building polls `stop` once per node (a second or
// two on 10M edges), so a cancelled job or a shutdown does not wait for it.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "chainex/query/interrupt.hpp"
#include "chainex/query/traversal.hpp"
#include "chainex/snapshot.hpp"

namespace chainex::detail {

struct csr_rows {
  std::vector<std::size_t> offsets;  // node_count + 1
  std::vector<node_index> neighbors;
  std::vector<double> weights;  // parallel to neighbors
  [[nodiscard]] std::span<const node_index> of(node_index v) const noexcept {
    return {neighbors.data() + offsets[v], offsets[v + 1] - offsets[v]};
  }
  [[nodiscard]] std::span<const double> weights_of(node_index v) const noexcept {
    return {weights.data() + offsets[v], offsets[v + 1] - offsets[v]};
  }
};

class simple_graph {
 public:
  simple_graph(const snapshot& snap, direction mode, const interrupt& stop = {});
  [[nodiscard]] std::size_t node_count() const noexcept { return out_.offsets.size() - 1; }
  [[nodiscard]] bool directed() const noexcept { return directed_; }
  [[nodiscard]] const csr_rows& out() const noexcept { return out_; }
  [[nodiscard]] const csr_rows& in() const noexcept { return directed_ ? in_ : out_; }

 private:
  bool directed_;
  csr_rows out_;
  csr_rows in_;
};

}  // namespace chainex::detail
