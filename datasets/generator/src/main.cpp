// chainex-generate: writes a synthetic industrial-chain graph (nodes.csv, edges.csv) for tests and
// benches. See datasets/generator/README.md.
#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <exception>
#include <string>

#include "chainex/generator/generator.hpp"

namespace gen = chainex::generator;

int main(int argc, char** argv) {
  CLI::App app{
      "Writes a synthetic industrial-chain graph in chainex's native CSV format (nodes.csv, edges.csv).\n"
      "The same size and seed give byte-identical files on every platform.",
      "chainex-generate"};
  std::string size;
  std::uint64_t nodes = 0;
  std::uint64_t edges = 0;
  std::uint64_t seed = 1;
  std::string out;
  auto* size_option = app.add_option("--size", size, "S (10k nodes / 50k edges), M (200k / 1M) or L (2M / 10M)")
                          ->check(CLI::IsMember({"S", "M", "L"}));
  auto* nodes_option = app.add_option("--nodes", nodes, "number of nodes (at least 6)")->excludes(size_option);
  auto* edges_option = app.add_option("--edges", edges, "number of edges")->excludes(size_option);
  nodes_option->needs(edges_option);
  edges_option->needs(nodes_option);
  app.add_option("--seed", seed, "seed of the random choices")->capture_default_str();
  app.add_option("--out", out, "folder to write nodes.csv and edges.csv into (created if missing)")->required();
  try {
    app.parse(argc, argv);
    if (size.empty() && nodes_option->count() == 0) throw CLI::ValidationError("give --size or --nodes and --edges");
  } catch (const CLI::ParseError& error) {
    return app.exit(error) == 0 ? 0 : 2;
  }

  const gen::options wanted = size.empty() ? gen::options{nodes, edges, seed} : *gen::preset(size, seed);
  try {
    const auto start = std::chrono::steady_clock::now();
    const gen::summary written = gen::write_dataset(wanted, out);
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    std::printf("wrote %s/nodes.csv (%llu nodes, %.1f MB) and edges.csv (%llu edges, %.1f MB) in %.2f s\n", out.c_str(),
                static_cast<unsigned long long>(written.nodes), static_cast<double>(written.node_bytes) / 1e6,
                static_cast<unsigned long long>(written.edges), static_cast<double>(written.edge_bytes) / 1e6,
                took.count());
  } catch (const std::invalid_argument& error) {
    std::fprintf(stderr, "chainex-generate: %s\n", error.what());
    return 2;
  } catch (const std::exception& error) {
    std::fprintf(stderr, "chainex-generate: %s\n", error.what());
    return 1;
  }
  return 0;
}
