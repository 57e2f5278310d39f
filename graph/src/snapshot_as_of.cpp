#include "chainex/snapshot_as_of.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <list>
#include <mutex>
#include <vector>

namespace chainex {
namespace {

constexpr node_index absent = std::numeric_limits<node_index>::max();

// The nodes `keep_node` says yes to and the edges `keep_edge` does between them.
template <class KeepNode, class KeepEdge>
std::shared_ptr<const snapshot> copy_of(const snapshot& graph, KeepNode keep_node, KeepEdge keep_edge) {
  std::vector<node_index> kept(graph.node_count(), absent);
  snapshot_builder builder;
  builder.reserve(graph.node_count(), graph.edge_count());
  std::vector<std::size_t> node_columns;
  for (const column_info& column : graph.node_columns())
    node_columns.push_back(builder.node_column(column.name, column.type, column.array));
  std::vector<std::size_t> edge_columns;
  for (const column_info& column : graph.edge_columns())
    edge_columns.push_back(builder.edge_column(column.name, column.type, column.array));
  for (node_index v = 0; v < graph.node_count(); ++v) {
    if (!keep_node(v)) continue;
    kept[v] = *builder.add_node(graph.id(v), graph.kind_name(v), graph.name(v));
    for (std::size_t c = 0; c < node_columns.size(); ++c)
      if (const std::string_view value = graph.node_value(v, c); !value.empty())
        builder.set_node_value(kept[v], node_columns[c], value);
  }
  for (edge_index e = 0; e < graph.edge_count(); ++e) {
    const node_index source = kept[graph.source(e)];
    const node_index target = kept[graph.target(e)];
    if (!keep_edge(e) || source == absent || target == absent) continue;
    const edge_index copy = builder.add_edge(source, target, graph.type_name(e), graph.weight(e), graph.directed(e));
    for (std::size_t c = 0; c < edge_columns.size(); ++c)
      if (const std::string_view value = graph.edge_value(e, c); !value.empty())
        builder.set_edge_value(copy, edge_columns[c], value);
  }
  return std::move(builder).build();
}

std::shared_ptr<const snapshot> build_as_of(const snapshot& graph, day_number day) {
  const lifespans nodes = graph.node_lifespans();
  const lifespans edges = graph.edge_lifespans();
  auto copy = copy_of(
      graph, [&](node_index v) { return nodes.present(v, day); }, [&](edge_index e) { return edges.present(e, day); });
  if (copy->node_count() == graph.node_count() && copy->edge_count() == graph.edge_count()) return nullptr;
  return copy;
}

// The last few snapshots built, newest first.
class recent_snapshots {
 public:
  dated_snapshot get(const snapshot& graph, day_number day) {
    const key wanted{graph.version(), day};
    {
      const std::lock_guard lock(mutex_);
      const auto found = std::find_if(entries_.begin(), entries_.end(), [&](const entry& e) { return e.at == wanted; });
      if (found != entries_.end()) {
        entries_.splice(entries_.begin(), entries_, found);
        return found->dated;
      }
    }
    // Built outside the lock: other days are answered meanwhile.
    dated_snapshot built{build_as_of(graph, day), nullptr};
    if (built.graph) built.analyses = std::make_shared<analysis_cache>();
    const std::lock_guard lock(mutex_);
    entries_.push_front({wanted, built});
    if (entries_.size() > capacity) entries_.pop_back();
    return built;
  }

 private:
  static constexpr std::size_t capacity = 2;  // a copy of L is about a gigabyte
  struct key {
    std::uint64_t version;
    day_number day;
    bool operator==(const key&) const = default;
  };
  struct entry {
    key at;
    dated_snapshot dated;
  };
  std::mutex mutex_;
  std::list<entry> entries_;
};

}  // namespace

std::shared_ptr<const snapshot> copy_as_of(const snapshot& graph, day_number day) {
  if (!graph.node_lifespans().dated() && !graph.edge_lifespans().dated()) return nullptr;
  return build_as_of(graph, day);
}

std::shared_ptr<const snapshot> induced_subgraph(const snapshot& graph, const std::vector<node_index>& nodes) {
  std::vector<bool> wanted(graph.node_count(), false);
  for (const node_index v : nodes) wanted[v] = true;
  return copy_of(
      graph, [&](node_index v) { return wanted[v]; }, [](edge_index) { return true; });
}

dated_snapshot snapshot_as_of(const snapshot& graph, day_number day) {
  if (!graph.node_lifespans().dated() && !graph.edge_lifespans().dated()) return {};
  static recent_snapshots recent;
  return recent.get(graph, day);
}

}  // namespace chainex
