#include "report_output.hpp"

namespace chainex::cli {
namespace {

void print_list(const std::vector<diagnostic>& list, std::size_t total, const char* prefix, const char* label,
                std::ostream& out) {
  for (const auto& item : list) out << prefix << item.to_string() << '\n';
  if (total > list.size()) out << "... and " << total - list.size() << " more " << label << '\n';
}

}  // namespace

void print_report_text(const import_report& report, std::ostream& out) {
  print_list(report.errors, report.error_count, "", "errors", out);
  print_list(report.warnings, report.warning_count, "warning: ", "warnings", out);
  if (report.ok) {
    out << "ok: " << report.nodes << " nodes, " << report.edges << " edges (" << to_string(report.convention)
        << " convention)";
  } else {
    out << "failed: " << report.error_count << (report.error_count == 1 ? " error" : " errors") << ", nothing loaded";
  }
  out << ", " << report.warning_count << (report.warning_count == 1 ? " warning" : " warnings");
  if (report.skipped > 0) out << ", " << report.skipped << " bad rows skipped";
  out << '\n';
}

}  // namespace chainex::cli
