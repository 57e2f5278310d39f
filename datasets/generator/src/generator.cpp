#include "chainex/generator/generator.hpp"

#include "csv_sink.hpp"
#include "file_output.hpp"
#include "plan.hpp"
#include "writers.hpp"

namespace chainex::generator {

std::optional<options> preset(std::string_view size, std::uint64_t seed) {
  if (size == "S") return options{.nodes = 10'000, .edges = 50'000, .seed = seed};
  if (size == "M") return options{.nodes = 200'000, .edges = 1'000'000, .seed = seed};
  if (size == "L") return options{.nodes = 2'000'000, .edges = 10'000'000, .seed = seed};
  return std::nullopt;
}

std::string_view to_string(node_kind kind) noexcept {
  switch (kind) {
    case node_kind::market:
      return "market";
    case node_kind::role:
      return "role";
    case node_kind::enterprise:
      return "enterprise";
    case node_kind::subsidiary:
      return "subsidiary";
    case node_kind::person:
      return "person";
  }
  return {};
}

std::string_view to_string(edge_type type) noexcept {
  switch (type) {
    case edge_type::owns:
      return "owns";
    case edge_type::located_in:
      return "located_in";
    case edge_type::performs:
      return "performs";
    case edge_type::leads:
      return "leads";
    case edge_type::supplies:
      return "supplies";
    case edge_type::partners_with:
      return "partners_with";
  }
  return {};
}

summary write_dataset(const options& wanted, const std::filesystem::path& folder) {
  const plan shape = make_plan(wanted);
  std::filesystem::create_directories(folder);
  summary counts;
  counts.node_bytes = write_file(folder / "nodes.csv", [&](csv_sink& out) { write_nodes(shape, out, counts); });
  counts.edge_bytes = write_file(folder / "edges.csv", [&](csv_sink& out) { write_edges(shape, out, counts); });
  return counts;
}

dataset_text generate_text(const options& wanted) {
  const plan shape = make_plan(wanted);
  dataset_text text;
  csv_sink nodes(nullptr);
  write_nodes(shape, nodes, text.counts);
  text.counts.node_bytes = nodes.bytes();
  text.nodes = nodes.take();
  csv_sink edges(nullptr);
  write_edges(shape, edges, text.counts);
  text.counts.edge_bytes = edges.bytes();
  text.edges = edges.take();
  return text;
}

}  // namespace chainex::generator
