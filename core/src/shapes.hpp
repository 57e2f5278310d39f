// shapes.hpp — how graph things look in chainex's JSON: node summaries and details, edges, diagnostics.
//
// Private to core/; the encoders of every answer build their documents from these pieces (docs/api.md
// describes them: summary {"id","kind","name","name_zh"?,"country"?}, edge {"id","source","target","type",
// "weight","directed","properties","undated"?}; a node's detail and an edge say "undated": true when they
// have no since, the time model's always-present items).
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "chainex/core/analysis_jobs.hpp"
#include "chainex/core/failure.hpp"
#include "chainex/diagnostic.hpp"
#include "chainex/query_error.hpp"
#include "chainex/snapshot.hpp"

namespace chainex::core {

using nlohmann::json;

[[nodiscard]] json node_summary(const snapshot& graph, node_index node);
// The summary plus "properties": every non-empty property column.
[[nodiscard]] json node_detail(const snapshot& graph, node_index node);
// A market's summary with its coordinates ("lat", "lon") when it has them, for the world map.
[[nodiscard]] json market_summary(const snapshot& graph, node_index market);
[[nodiscard]] json edge_json(const snapshot& graph, edge_index edge);
[[nodiscard]] json diagnostics_json(const std::vector<diagnostic>& list);
// {name: value} of a failure's details.
[[nodiscard]] json details_json(const std::vector<failure_detail>& details);
// {"code","message","details"}
[[nodiscard]] json failure_json(const failure& error);
// A background job's state (analysis_jobs.hpp), with "url": where to ask for it again.
[[nodiscard]] json job_json(const job_status& job);

}  // namespace chainex::core
