// Import reports, problem bodies, and the envelope of every document (see encode.hpp and document.hpp).
#include "chainex/core/encode.hpp"
#include "document.hpp"
#include "shapes.hpp"

namespace chainex::core {

std::string document_text(json body, const encode_options& options) {
  if (body.is_object()) {
    if (options.version) body["version"] = *options.version;
    for (const auto& [name, text] : options.texts) body[name] = text;
    for (const auto& [name, text] : options.documents) {
      json value = json::parse(text, nullptr, false);
      if (!value.is_discarded()) body[name] = std::move(value);
    }
  }
  return body.dump(options.indent, ' ', false, json::error_handler_t::replace);
}

std::string encode_import_report(const import_report& report, bool with_rejected, const encode_options& options) {
  json body = {{"ok", report.ok},
               {"convention", to_string(report.convention)},
               {"nodes", report.nodes},
               {"edges", report.edges},
               {"bytes", report.bytes},
               {"errors", diagnostics_json(report.errors)},
               {"error_count", report.error_count},
               {"warnings", diagnostics_json(report.warnings)},
               {"warning_count", report.warning_count},
               {"skipped", report.skipped}};
  if (with_rejected) {
    json rejected = json::array();
    for (const rejected_row& row : report.rejected)
      rejected.push_back({{"file", row.reason.file},
                          {"line", row.reason.line},
                          {"column", row.reason.column},
                          {"message", row.reason.message},
                          {"text", row.text}});
    body["rejected"] = std::move(rejected);
  }
  return document_text(std::move(body), options);
}

std::string encode_export_summary(std::string_view format, const std::vector<std::string>& files, std::size_t nodes,
                                  std::size_t edges) {
  return document_text({{"format", format}, {"files", files}, {"nodes", nodes}, {"edges", edges}}, {});
}

std::string encode_problem(const problem_fields& problem) {
  json body = {
      {"type", problem.type}, {"title", problem.title}, {"status", problem.status}, {"detail", problem.detail}};
  if (!problem.errors.empty()) body["errors"] = diagnostics_json(problem.errors);
  if (!problem.details.empty()) body["details"] = details_json(problem.details);
  return document_text(std::move(body), {});
}

}  // namespace chainex::core
