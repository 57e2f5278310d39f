// import_defaults.hpp — what every importer (CSV, GraphML, GEXF) gives a node or an edge its file
// leaves without a kind or a relation, and the node kinds chainex styles (others are kept, with a warning).
#pragma once

#include <string_view>

namespace chainex {

inline constexpr std::string_view default_kind = "node";
inline constexpr std::string_view default_relation = "linked";

[[nodiscard]] inline bool is_known_kind(std::string_view kind) noexcept {
  return kind == "enterprise" || kind == "subsidiary" || kind == "market" || kind == "role" || kind == "person";
}

}  // namespace chainex
