// The business/structural table of edge types (see query/relation_classes.hpp).
#include "chainex/query/relation_classes.hpp"

#include <algorithm>

namespace chainex {

relation_classes::relation_classes() {
  for (const auto& entry : builtin_relation_table) declared_.emplace_back(std::string(entry.name), entry.value);
}

void relation_classes::declare(std::string_view type, relation_class c) {
  auto same = [&](const auto& entry) { return entry.first == type; };
  if (auto it = std::find_if(declared_.begin(), declared_.end(), same); it != declared_.end()) {
    it->second = c;
  } else {
    declared_.emplace_back(std::string(type), c);
  }
}

relation_class relation_classes::of(std::string_view type) const noexcept {
  for (const auto& entry : declared_)
    if (entry.first == type) return entry.second;
  return relation_class::business;
}

std::vector<std::string> relation_classes::structural() const {
  std::vector<std::string> names;
  for (const auto& entry : declared_)
    if (entry.second == relation_class::structural) names.push_back(entry.first);
  return names;
}

std::vector<bool> business_types(const snapshot& snap, const relation_classes& classes,
                                 const std::vector<bool>& allowed) {
  const auto types = snap.types();
  std::vector<bool> flags(types.size() + 1, false);
  for (std::size_t code = 0; code < types.size(); ++code) {
    const bool user_allows = allowed.empty() || (code < allowed.size() && allowed[code]);
    flags[code] = user_allows && classes.of(types[code]) == relation_class::business;
  }
  return flags;
}

bool all_business(const snapshot& snap, const relation_classes& classes, const std::vector<edge_index>& edges) {
  const auto types = snap.types();
  return std::all_of(edges.begin(), edges.end(),
                     [&](edge_index e) { return classes.of(types[snap.type(e)]) == relation_class::business; });
}

}  // namespace chainex
