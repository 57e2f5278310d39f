// json_codec.hpp — how graph things look in the API's JSON (shapes in docs/api.md), and JSON answers.
//
// Private to server/. Only json_fwd.hpp here; the API handler files that build documents include the
// full nlohmann/json.hpp.
#pragma once

#include <cstdint>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "chainex/server/http_types.hpp"
#include "chainex/snapshot.hpp"

namespace chainex::server {

// {"id","kind","name","name_zh"?,"country"?}
[[nodiscard]] nlohmann::json node_summary(const snapshot& graph, node_index node);
// The summary plus "properties": every non-empty property column.
[[nodiscard]] nlohmann::json node_detail(const snapshot& graph, node_index node);
// {"id","source","target","type","weight","directed","properties"}
[[nodiscard]] nlohmann::json edge_json(const snapshot& graph, edge_index edge);

// 200 application/json with X-Chainex-Version; objects also get a "version" member.
[[nodiscard]] response json_response(nlohmann::json body, std::uint64_t version);

// The node with this id, or http_error(problem::unknown_node).
[[nodiscard]] node_index require_node(const snapshot& graph, std::string_view id);

}  // namespace chainex::server
