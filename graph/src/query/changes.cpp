#include "chainex/query/changes.hpp"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace chainex {
namespace {

// The items of `spans` whose since (began) or until (ended) falls in (from, to], by that day then index.
template <class Index>
void changed(const lifespans& spans, const std::vector<Index>& items, day_number from, day_number to,
             std::vector<Index>& began, std::vector<Index>& ended) {
  if (!spans.dated()) return;
  const auto within = [&](day_number day) { return from < day && day <= to; };
  for (const Index i : items) {
    if (within(spans.since(i))) began.push_back(i);
    if (within(spans.until(i))) ended.push_back(i);
  }
  const auto by_day = [&spans](day_number (lifespans::*day)(std::size_t) const noexcept) {
    return [&spans, day](Index a, Index b) {
      const day_number x = (spans.*day)(a);
      const day_number y = (spans.*day)(b);
      return x != y ? x < y : a < b;
    };
  };
  std::sort(began.begin(), began.end(), by_day(&lifespans::since));
  std::sort(ended.begin(), ended.end(), by_day(&lifespans::until));
}

template <class Index>
std::vector<Index> all_of(std::size_t count) {
  std::vector<Index> items(count);
  std::iota(items.begin(), items.end(), Index{0});
  return items;
}

// The node's edges, out then in, each once (a self-loop is both).
std::vector<edge_index> edges_of(const snapshot& snap, node_index node) {
  const edge_range out = snap.out_edges(node);
  std::vector<edge_index> edges(out.size());
  std::iota(edges.begin(), edges.end(), out.first);
  for (const edge_index e : snap.in_edges(node))
    if (snap.source(e) != node) edges.push_back(e);
  return edges;
}

}  // namespace

changes changes_between(const snapshot& snap, day_number from, day_number to, std::optional<node_index> around) {
  if (around && *around >= snap.node_count()) throw std::out_of_range("changes_between: node index out of range");
  changes found;
  const auto nodes = around ? std::vector<node_index>{*around} : all_of<node_index>(snap.node_count());
  const auto edges = around ? edges_of(snap, *around) : all_of<edge_index>(snap.edge_count());
  changed(snap.node_lifespans(), nodes, from, to, found.began_nodes, found.ended_nodes);
  changed(snap.edge_lifespans(), edges, from, to, found.began_edges, found.ended_edges);
  return found;
}

std::vector<dated_event> events_of(const snapshot& snap, node_index node) {
  if (node >= snap.node_count()) throw std::out_of_range("events_of: node index out of range");
  const lifespans spans = snap.edge_lifespans();
  std::vector<dated_event> events;
  if (!spans.dated()) return events;
  for (const edge_index e : edges_of(snap, node)) {
    if (spans.since(e) != first_day) events.push_back({spans.since(e), true, e});
    if (spans.until(e) != last_day) events.push_back({spans.until(e), false, e});
  }
  std::sort(events.begin(), events.end(), [](const dated_event& a, const dated_event& b) {
    if (a.day != b.day) return a.day < b.day;
    if (a.began != b.began) return a.began;
    return a.edge < b.edge;
  });
  return events;
}

}  // namespace chainex
