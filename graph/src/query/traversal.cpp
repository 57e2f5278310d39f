#include "chainex/query/traversal.hpp"

namespace chainex {

namespace {

// One flag per code plus a trailing `false`, so that a filter naming only unknown values is not empty.
template <class Find>
std::vector<bool> allowed_codes(std::size_t count, const std::vector<std::string>& names, Find find) {
  if (names.empty()) return {};
  std::vector<bool> allowed(count + 1, false);
  for (const std::string& name : names) {
    if (auto code = find(name)) allowed[*code] = true;
  }
  return allowed;
}

}  // namespace

traversal make_traversal(const snapshot& snap, direction mode, const std::vector<std::string>& kinds,
                         const std::vector<std::string>& types, std::size_t max_visited,
                         std::optional<day_number> as_of) {
  traversal t;
  t.mode = mode;
  t.allowed_kinds = allowed_codes(snap.kinds().size(), kinds, [&](auto& n) { return snap.find_kind(n); });
  t.allowed_types = allowed_codes(snap.types().size(), types, [&](auto& n) { return snap.find_type(n); });
  t.max_visited = max_visited;
  if (as_of) {
    t.as_of = as_of;
    t.node_spans = snap.node_lifespans();
    t.edge_spans = snap.edge_lifespans();
  }
  return t;
}

}  // namespace chainex
