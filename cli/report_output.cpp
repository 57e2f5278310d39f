#include "report_output.hpp"

#include <nlohmann/json.hpp>

namespace chainex::cli {
namespace {

nlohmann::json diagnostics_to_json(const std::vector<diagnostic>& list) {
  nlohmann::json array = nlohmann::json::array();
  for (const auto& item : list)
    array.push_back({{"file", item.file}, {"line", item.line}, {"column", item.column}, {"message", item.message}});
  return array;
}

void print_list(const std::vector<diagnostic>& list, std::size_t total, const char* prefix, const char* label,
                std::ostream& out) {
  for (const auto& item : list) out << prefix << item.to_string() << '\n';
  if (total > list.size()) out << "... and " << total - list.size() << " more " << label << '\n';
}

}  // namespace

nlohmann::json report_to_json(const import_report& report) {
  return {{"ok", report.ok},
          {"convention", to_string(report.convention)},
          {"nodes", report.nodes},
          {"edges", report.edges},
          {"bytes", report.bytes},
          {"errors", diagnostics_to_json(report.errors)},
          {"error_count", report.error_count},
          {"warnings", diagnostics_to_json(report.warnings)},
          {"warning_count", report.warning_count},
          {"skipped", report.skipped}};
}

void print_report_text(const import_report& report, std::ostream& out) {
  print_list(report.errors, report.error_count, "", "errors", out);
  print_list(report.warnings, report.warning_count, "warning: ", "warnings", out);
  if (report.ok) {
    out << "ok: " << report.nodes << " nodes, " << report.edges << " edges (" << to_string(report.convention)
        << " convention)";
  } else {
    out << "failed: " << report.error_count << (report.error_count == 1 ? " error" : " errors")
        << ", nothing loaded";
  }
  out << ", " << report.warning_count << (report.warning_count == 1 ? " warning" : " warnings");
  if (report.skipped > 0) out << ", " << report.skipped << " bad rows skipped";
  out << '\n';
}

}  // namespace chainex::cli
