#include "parallel_edges.hpp"

#include <algorithm>
#include <cstdint>

namespace chainex {

parallel_edges find_parallel_edges(const snapshot& graph, const std::string& file, std::size_t max_listed) {
  parallel_edges found;
  std::vector<std::uint64_t> keys;  // target << 16 | type, one per out-edge of the current node
  for (node_index node = 0; node < graph.node_count(); ++node) {
    const edge_range edges = graph.out_edges(node);
    if (edges.size() < 2) continue;
    keys.clear();
    for (edge_index edge = edges.first; edge < edges.last; ++edge)
      keys.push_back(std::uint64_t{graph.target(edge)} << 16 | graph.type(edge));
    std::sort(keys.begin(), keys.end());
    for (std::size_t i = 1; i < keys.size(); ++i) {
      if (keys[i] != keys[i - 1] || (i >= 2 && keys[i] == keys[i - 2])) continue;
      if (++found.count > max_listed) continue;
      const std::size_t copies =
          static_cast<std::size_t>(
              std::upper_bound(keys.begin() + static_cast<std::ptrdiff_t>(i), keys.end(), keys[i]) - keys.begin()) -
          i + 1;
      const auto target = static_cast<node_index>(keys[i] >> 16);
      const std::string type = graph.types()[keys[i] & 0xffff];
      found.listed.push_back({file, 0, 0,
                              "parallel edges: '" + std::string(graph.id(node)) + "' -[" + type + "]-> '" +
                                  std::string(graph.id(target)) + "' appears " + std::to_string(copies) + " times"});
    }
  }
  return found;
}

}  // namespace chainex
