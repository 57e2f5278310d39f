// generator.hpp — synthetic industrial-chain graphs in chainex's native CSV format, for tests and benches.
//
// A graph of Chinese enterprises, their overseas subsidiaries, the markets those sit in, the supply-chain
// roles they perform and the people who lead the enterprises, with heavy-tailed degrees: a few
// conglomerates own many subsidiaries and trade with many partners, most enterprises with a handful.
// The same options give byte-identical files on every platform. Node and edge counts are exact; there
// are no duplicate ids, self-loops or parallel edges, and every edge joins the kinds its type names.
//
//   options small = *preset("S", 42);
//   summary written = write_dataset(small, "build/data/S");   // build/data/S/nodes.csv and edges.csv
//   dataset_text text = generate_text({.nodes = 100, .edges = 400, .seed = 7});
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace chainex::generator {

struct options {
  std::uint64_t nodes = 10'000;
  std::uint64_t edges = 50'000;
  std::uint64_t seed = 1;
};

// S (10k nodes / 50k edges), M (200k / 1M) and L (2M / 10M); std::nullopt for any other name.
[[nodiscard]] std::optional<options> preset(std::string_view size, std::uint64_t seed = 1);

enum class node_kind : std::uint8_t { market, role, enterprise, subsidiary, person };
enum class edge_type : std::uint8_t { owns, located_in, performs, leads, supplies, partners_with };
inline constexpr std::size_t node_kind_count = 5;
inline constexpr std::size_t edge_type_count = 6;
[[nodiscard]] std::string_view to_string(node_kind kind) noexcept;
[[nodiscard]] std::string_view to_string(edge_type type) noexcept;

struct summary {
  std::uint64_t nodes = 0;
  std::uint64_t edges = 0;
  std::array<std::uint64_t, node_kind_count> nodes_by_kind{};  // indexed by node_kind
  std::array<std::uint64_t, edge_type_count> edges_by_type{};  // indexed by edge_type
  std::uint64_t node_bytes = 0;
  std::uint64_t edge_bytes = 0;
};

// The largest number of edges a graph of `nodes` nodes can have under this model.
[[nodiscard]] std::uint64_t max_edges(std::uint64_t nodes);

// Writes folder/nodes.csv and folder/edges.csv (creating the folder; each file is written under a
// temporary name and renamed when complete). Throws std::invalid_argument when the options ask for
// fewer than 6 nodes, more than 2^31 nodes or more than max_edges(nodes) edges, and
// std::filesystem::filesystem_error when the files cannot be written.
summary write_dataset(const options& wanted, const std::filesystem::path& folder);

struct dataset_text {
  std::string nodes;  // the content of nodes.csv
  std::string edges;  // the content of edges.csv
  summary counts;
};

// The same files, in memory. Throws as write_dataset does.
[[nodiscard]] dataset_text generate_text(const options& wanted);

}  // namespace chainex::generator
