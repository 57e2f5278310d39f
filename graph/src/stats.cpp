#include "chainex/stats.hpp"

#include <algorithm>
#include <set>
#include <string_view>

namespace chainex {
namespace {

std::vector<std::pair<std::string, std::size_t>> sorted_counts(std::span<const std::string> names,
                                                               const std::vector<std::size_t>& counts) {
  std::vector<std::pair<std::string, std::size_t>> result;
  for (std::size_t i = 0; i < names.size(); ++i) result.emplace_back(names[i], counts[i]);
  std::sort(result.begin(), result.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  return result;
}

degree_summary summarize(std::vector<std::size_t> degrees) {
  degree_summary summary;
  if (degrees.empty()) return summary;
  std::sort(degrees.begin(), degrees.end());
  summary.min = degrees.front();
  summary.max = degrees.back();
  double total = 0;
  for (const std::size_t d : degrees) {
    total += static_cast<double>(d);
    if (d == 0) ++summary.isolated;
  }
  summary.mean = total / static_cast<double>(degrees.size());
  const std::size_t middle = degrees.size() / 2;
  summary.median = degrees.size() % 2 == 1
                       ? static_cast<double>(degrees[middle])
                       : (static_cast<double>(degrees[middle - 1]) + static_cast<double>(degrees[middle])) / 2;
  return summary;
}

dated_counts count_dated(const snapshot& graph) {
  dated_counts counts{.undated = graph.edge_count()};
  const lifespans spans = graph.edge_lifespans();
  if (!spans.dated()) return counts;
  counts.undated = 0;
  const auto columns = graph.edge_columns();
  const auto basis_column =
      std::find_if(columns.begin(), columns.end(), [](const column_info& c) { return c.name == "since_basis"; });
  day_number earliest = last_day;
  day_number latest = first_day;
  const auto span_with = [&](day_number day) {
    earliest = std::min(earliest, day);
    latest = std::max(latest, day);
  };
  for (edge_index edge = 0; edge < graph.edge_count(); ++edge) {
    if (spans.until(edge) != last_day) {
      ++counts.until;
      span_with(spans.until(edge));
    }
    if (spans.since(edge) == first_day) {
      ++counts.undated;
      continue;
    }
    span_with(spans.since(edge));
    const std::string_view basis =
        basis_column == columns.end()
            ? std::string_view{}
            : graph.edge_value(edge, static_cast<std::size_t>(basis_column - columns.begin()));
    switch (value_in(since_basis_names, basis).value_or(since_basis::exact)) {
      case since_basis::exact:
        ++counts.exact;
        break;
      case since_basis::source_year:
        ++counts.source_year;
        break;
      case since_basis::announced:
        ++counts.announced;
        break;
    }
  }
  if (earliest <= latest) {
    counts.first = format_date(earliest);
    counts.last = format_date(latest);
  }
  return counts;
}

}  // namespace

graph_stats compute_stats(const snapshot& graph) {
  graph_stats stats;
  stats.nodes = graph.node_count();
  stats.edges = graph.edge_count();

  std::vector<std::size_t> kind_counts(graph.kinds().size(), 0);
  std::vector<std::size_t> degrees(stats.nodes, 0);
  std::set<std::string_view> countries;
  const auto columns = graph.node_columns();
  const auto country_column =
      std::find_if(columns.begin(), columns.end(), [](const column_info& c) { return c.name == "country"; });
  for (node_index node = 0; node < stats.nodes; ++node) {
    ++kind_counts[graph.kind(node)];
    degrees[node] = graph.out_degree(node) + graph.in_degree(node);
    if (country_column != columns.end()) {
      const auto country = graph.node_value(node, static_cast<std::size_t>(country_column - columns.begin()));
      if (!country.empty()) countries.insert(country);
    }
  }
  std::vector<std::size_t> type_counts(graph.types().size(), 0);
  for (edge_index edge = 0; edge < stats.edges; ++edge) {
    ++type_counts[graph.type(edge)];
    if (graph.source(edge) == graph.target(edge)) ++stats.self_loops;
    if (!graph.directed(edge)) ++stats.undirected_edges;
  }
  stats.kinds = sorted_counts(graph.kinds(), kind_counts);
  stats.types = sorted_counts(graph.types(), type_counts);
  stats.countries = countries.size();
  stats.degree = summarize(std::move(degrees));
  stats.dated_edges = count_dated(graph);
  return stats;
}

}  // namespace chainex
