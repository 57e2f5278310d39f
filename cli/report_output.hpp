// report_output.hpp — how the CLI prints an import report, for people (text) and for scripts (JSON).
//
// The JSON shape is a documented contract (README.md, "Import report"):
//   {"ok", "convention", "nodes", "edges", "bytes", "errors": [{"file","line","column","message"}],
//    "error_count", "warnings": [...], "warning_count", "skipped"}
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <ostream>

#include "chainex/import.hpp"

namespace chainex::cli {

[[nodiscard]] nlohmann::json report_to_json(const import_report& report);
// Errors and warnings as `file:line:column: reason` lines, then a summary line.
void print_report_text(const import_report& report, std::ostream& out);

}  // namespace chainex::cli
