#include "simple_graph.hpp"

#include <algorithm>
#include <numeric>
#include <utility>

namespace chainex::detail {
namespace {

// Calls emit(u, v, w) for every arc the mode makes of the snapshot's edges.
template <class Emit>
void for_each_arc(const snapshot& snap, direction mode, const interrupt& stop, Emit&& emit) {
  for (node_index s = 0; s < snap.node_count(); ++s) {
    stop.poll();
    const edge_range range = snap.out_edges(s);
    const auto targets = snap.out_targets(s);
    for (std::size_t i = 0; i < targets.size(); ++i) {
      const edge_index e = range.first + static_cast<edge_index>(i);
      const node_index t = targets[i];
      const double w = snap.weight(e);
      const bool two_way = mode == direction::both || !snap.directed(e);
      if (two_way || mode == direction::out) emit(s, t, w);
      if (two_way || mode == direction::in) emit(t, s, w);
    }
  }
}

// Sorts each row by neighbour and merges repeated neighbours (smallest weight), compacting in place.
void merge_rows(csr_rows& rows, const interrupt& stop) {
  const std::size_t n = rows.offsets.size() - 1;
  std::vector<std::pair<node_index, double>> row;
  std::size_t write = 0;
  for (std::size_t v = 0; v < n; ++v) {
    stop.poll();
    row.clear();
    for (std::size_t i = rows.offsets[v]; i < rows.offsets[v + 1]; ++i)
      row.emplace_back(rows.neighbors[i], rows.weights[i]);
    std::sort(row.begin(), row.end());
    rows.offsets[v] = write;
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0 && row[i].first == row[i - 1].first) continue;  // sorted: the first has the smallest weight
      rows.neighbors[write] = row[i].first;
      rows.weights[write] = row[i].second;
      ++write;
    }
  }
  rows.offsets[n] = write;
  rows.neighbors.resize(write);
  rows.weights.resize(write);
}

csr_rows transpose(const csr_rows& rows, const interrupt& stop) {
  const std::size_t n = rows.offsets.size() - 1;
  csr_rows result;
  result.offsets.assign(n + 1, 0);
  for (node_index v : rows.neighbors) ++result.offsets[v + 1];
  std::partial_sum(result.offsets.begin(), result.offsets.end(), result.offsets.begin());
  result.neighbors.resize(rows.neighbors.size());
  result.weights.resize(rows.weights.size());
  std::vector<std::size_t> next(result.offsets.begin(), result.offsets.end() - 1);
  for (std::size_t u = 0; u < n; ++u) {
    stop.poll();
    for (std::size_t i = rows.offsets[u]; i < rows.offsets[u + 1]; ++i) {
      const std::size_t slot = next[rows.neighbors[i]]++;
      result.neighbors[slot] = static_cast<node_index>(u);
      result.weights[slot] = rows.weights[i];
    }
  }
  return result;
}

}  // namespace

simple_graph::simple_graph(const snapshot& snap, direction mode, const interrupt& stop)
    : directed_(mode != direction::both) {
  const std::size_t n = snap.node_count();
  out_.offsets.assign(n + 1, 0);
  for_each_arc(snap, mode, stop, [&](node_index u, node_index, double) { ++out_.offsets[u + 1]; });
  std::partial_sum(out_.offsets.begin(), out_.offsets.end(), out_.offsets.begin());
  out_.neighbors.resize(out_.offsets[n]);
  out_.weights.resize(out_.offsets[n]);
  std::vector<std::size_t> next(out_.offsets.begin(), out_.offsets.end() - 1);
  for_each_arc(snap, mode, stop, [&](node_index u, node_index v, double w) {
    const std::size_t slot = next[u]++;
    out_.neighbors[slot] = v;
    out_.weights[slot] = w;
  });
  merge_rows(out_, stop);
  if (directed_) in_ = transpose(out_, stop);
}

}  // namespace chainex::detail
