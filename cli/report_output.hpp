// report_output.hpp — how the CLI prints an import report for people. For scripts, --format json prints
// core::encode_import_report's document, the shape the API answers with.
#pragma once

#include <ostream>

#include "chainex/import.hpp"

namespace chainex::cli {

// Errors and warnings as `file:line:column: reason` lines, then a summary line.
void print_report_text(const import_report& report, std::ostream& out);

}  // namespace chainex::cli
