// Weak components by BFS over both directions, strong ones by iterative Tarjan (see query/components.hpp).
#include "chainex/query/components.hpp"

#include <algorithm>
#include <limits>
#include <numeric>

#include "simple_graph.hpp"

namespace chainex {
namespace {

constexpr std::uint32_t unset = std::numeric_limits<std::uint32_t>::max();

std::vector<std::uint32_t> weak_labels(const detail::simple_graph& g, const interrupt& stop) {
  std::vector<std::uint32_t> label(g.node_count(), unset);
  std::vector<node_index> order;
  std::uint32_t next = 0;
  for (node_index root = 0; root < g.node_count(); ++root) {
    if (label[root] != unset) continue;
    label[root] = next;
    order.assign(1, root);
    for (std::size_t head = 0; head < order.size(); ++head) {
      stop.poll();
      for (const detail::csr_rows* rows : {&g.out(), &g.in()}) {
        for (node_index w : rows->of(order[head])) {
          if (label[w] == unset) {
            label[w] = next;
            order.push_back(w);
          }
        }
      }
    }
    ++next;
  }
  return label;
}

std::vector<std::uint32_t> strong_labels(const detail::simple_graph& g, const interrupt& stop) {
  const std::size_t n = g.node_count();
  std::vector<std::uint32_t> label(n, unset);
  std::vector<std::uint32_t> index(n, unset);
  std::vector<std::uint32_t> low(n, 0);
  std::vector<node_index> stack;
  struct frame {
    node_index node;
    std::size_t next;  // position in the node's out-row
  };
  std::vector<frame> calls;
  std::uint32_t counter = 0;
  std::uint32_t components = 0;
  auto enter = [&](node_index v) {
    stop.poll();
    index[v] = low[v] = counter++;
    stack.push_back(v);
    calls.push_back({v, 0});
  };
  for (node_index root = 0; root < n; ++root) {
    if (index[root] != unset) continue;
    enter(root);
    while (!calls.empty()) {
      const node_index v = calls.back().node;
      const auto row = g.out().of(v);
      if (calls.back().next < row.size()) {
        const node_index w = row[calls.back().next++];
        if (index[w] == unset) {
          enter(w);
        } else if (label[w] == unset) {  // on the stack
          low[v] = std::min(low[v], index[w]);
        }
        continue;
      }
      calls.pop_back();
      if (!calls.empty()) low[calls.back().node] = std::min(low[calls.back().node], low[v]);
      if (low[v] != index[v]) continue;
      node_index w;
      do {
        w = stack.back();
        stack.pop_back();
        label[w] = components;
      } while (w != v);
      ++components;
    }
  }
  return label;
}

}  // namespace

std::vector<std::uint32_t> components::by_size() const {
  std::vector<std::uint32_t> order(sizes.size());
  std::iota(order.begin(), order.end(), 0U);
  std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return sizes[a] > sizes[b]; });
  return order;
}

components connected_components(const snapshot& snap, component_mode mode, const interrupt& stop) {
  const detail::simple_graph g(snap, direction::out, stop);
  const auto raw = mode == component_mode::weak ? weak_labels(g, stop) : strong_labels(g, stop);
  components result;
  std::vector<std::uint32_t> renumber(g.node_count(), unset);
  result.of.resize(g.node_count());
  for (node_index v = 0; v < g.node_count(); ++v) {
    if (renumber[raw[v]] == unset) {
      renumber[raw[v]] = static_cast<std::uint32_t>(result.sizes.size());
      result.sizes.push_back(0);
    }
    result.of[v] = renumber[raw[v]];
    ++result.sizes[result.of[v]];
  }
  return result;
}

}  // namespace chainex
