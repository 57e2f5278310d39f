// Control and stakes short of it (see query/control.hpp).
#include "control.hpp"

#include <algorithm>

#include "stamped_array.hpp"
#include "value_parse.hpp"

namespace chainex::detail {
namespace {

bool contains(std::span<const node_index> list, node_index v) { return std::ranges::find(list, v) != list.end(); }

std::optional<double> share_of(const snapshot& snap, edge_index edge) {
  const auto parsed = parse_float(snap.edge_property(edge, "share"));
  if (const double* value = std::get_if<double>(&parsed)) return *value;
  return std::nullopt;
}

}  // namespace

std::vector<node_index> controlled_subsidiaries(const snapshot& snap, node_index holder) {
  const auto owns = snap.find_type("owns");
  const auto subsidiary = snap.find_kind("subsidiary");
  std::vector<node_index> found;
  thread_local stamped_set seen;
  seen.reset(snap.node_count());
  seen.set(holder, {});
  std::vector<node_index> queue{holder};
  for (std::size_t head = 0; head < queue.size(); ++head) {
    for_each_out(snap, queue[head], owns, [&](edge_index, node_index w) {
      if (seen.has(w) || !subsidiary || snap.kind(w) != *subsidiary) return;
      seen.set(w, {});
      found.push_back(w);
      queue.push_back(w);
    });
  }
  return found;
}

std::vector<stake> stakes_held(const snapshot& snap, std::span<const node_index> holders) {
  const auto holds_stake = snap.find_type("holds_stake");
  const auto subsidiary = snap.find_kind("subsidiary");
  std::vector<stake> stakes;
  for (const node_index holder : holders) {
    for_each_out(snap, holder, holds_stake, [&](edge_index edge, node_index held) {
      if (!subsidiary || snap.kind(held) != *subsidiary || contains(holders, held)) return;
      if (std::ranges::any_of(stakes, [&](const stake& s) { return s.held == held; })) return;
      stakes.push_back({holder, held, share_of(snap, edge)});
    });
  }
  return stakes;
}

std::vector<node_index> other_shareholders(const snapshot& snap, node_index entity,
                                           std::span<const node_index> holders) {
  const auto owns = snap.find_type("owns");
  const auto holds_stake = snap.find_type("holds_stake");
  const auto edges = snap.in_edges(entity);
  const auto sources = snap.in_sources(entity);
  std::vector<node_index> partners;
  for (std::size_t i = 0; i < sources.size(); ++i) {
    const type_code type = snap.type(edges[i]);
    if (type != owns && type != holds_stake) continue;
    if (!contains(holders, sources[i]) && !contains(partners, sources[i])) partners.push_back(sources[i]);
  }
  std::ranges::sort(partners);
  return partners;
}

}  // namespace chainex::detail
