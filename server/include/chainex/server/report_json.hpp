// report_json.hpp — one JSON shape for an import report and for graph statistics, shared by the API
// (POST /api/import, GET /api/stats, problem bodies for bad CSV) and the CLI (`chainex validate` and
// `chainex stats` with --format json), so scripts read the same fields from both.
//
//   import report: {"ok","convention","nodes","edges","bytes","errors":[{"file","line","column","message"}],
//                   "error_count","warnings":[…],"warning_count","skipped"}
//   stats:         {"nodes","edges","kinds":{kind:n},"types":{type:n},"countries","self_loops",
//                   "undirected_edges","degree":{"min","max","mean","median","isolated"}}
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <vector>

#include "chainex/diagnostic.hpp"
#include "chainex/import.hpp"
#include "chainex/stats.hpp"

namespace chainex::server {

[[nodiscard]] nlohmann::json diagnostics_json(const std::vector<diagnostic>& list);
[[nodiscard]] nlohmann::json import_report_json(const import_report& report);
[[nodiscard]] nlohmann::json stats_json(const graph_stats& stats);

}  // namespace chainex::server
