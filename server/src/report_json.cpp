#include "chainex/server/report_json.hpp"

#include <nlohmann/json.hpp>

namespace chainex::server {
namespace {

nlohmann::json counts_json(const std::vector<std::pair<std::string, std::size_t>>& counts) {
  nlohmann::json object = nlohmann::json::object();
  for (const auto& [name, count] : counts) object[name] = count;
  return object;
}

}  // namespace

nlohmann::json diagnostics_json(const std::vector<diagnostic>& list) {
  nlohmann::json array = nlohmann::json::array();
  for (const auto& item : list)
    array.push_back({{"file", item.file}, {"line", item.line}, {"column", item.column}, {"message", item.message}});
  return array;
}

nlohmann::json import_report_json(const import_report& report) {
  return {{"ok", report.ok},
          {"convention", to_string(report.convention)},
          {"nodes", report.nodes},
          {"edges", report.edges},
          {"bytes", report.bytes},
          {"errors", diagnostics_json(report.errors)},
          {"error_count", report.error_count},
          {"warnings", diagnostics_json(report.warnings)},
          {"warning_count", report.warning_count},
          {"skipped", report.skipped}};
}

nlohmann::json stats_json(const graph_stats& stats) {
  return {{"nodes", stats.nodes},
          {"edges", stats.edges},
          {"kinds", counts_json(stats.kinds)},
          {"types", counts_json(stats.types)},
          {"countries", stats.countries},
          {"self_loops", stats.self_loops},
          {"undirected_edges", stats.undirected_edges},
          {"degree",
           {{"min", stats.degree.min},
            {"max", stats.degree.max},
            {"mean", stats.degree.mean},
            {"median", stats.degree.median},
            {"isolated", stats.degree.isolated}}}};
}

}  // namespace chainex::server
