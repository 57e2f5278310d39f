// chainex-generate-gleif: writes files shaped like GLEIF's golden copy (lei2.csv, rr.csv, repex.csv) for the GLEIF
// import's tests and benches. See datasets/generator/README.md.
#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <exception>
#include <stdexcept>
#include <string>

#include "chainex/generator/gleif.hpp"

namespace gen = chainex::generator;

int main(int argc, char** argv) {
  CLI::App app{
      "Writes files shaped like GLEIF's golden copy: lei2.csv (LEI-CDF), rr.csv (RR-CDF) and repex.csv (reporting\n"
      "exceptions). The same options give byte-identical files on every platform.",
      "chainex-generate-gleif"};
  gen::gleif_options wanted;
  std::string out;
  app.add_option("--records", wanted.records, "LEI records (GLEIF's golden copy: about 2.9 million)")
      ->capture_default_str();
  app.add_option("--seed", wanted.seed, "seed of the random choices")->capture_default_str();
  app.add_option("--out", out, "folder to write the three files into (created if missing)")->required();
  CLI11_PARSE(app, argc, argv);
  try {
    const auto start = std::chrono::steady_clock::now();
    const gen::gleif_summary written = gen::write_gleif(wanted, out);
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    std::printf(
        "wrote %s/lei2.csv (%llu records), rr.csv (%llu relationships) and repex.csv (%llu exceptions), "
        "%.1f MB in %.1f s\n",
        out.c_str(), static_cast<unsigned long long>(written.records),
        static_cast<unsigned long long>(written.relationships), static_cast<unsigned long long>(written.exceptions),
        static_cast<double>(written.bytes) / 1e6, took.count());
  } catch (const std::invalid_argument& error) {
    std::fprintf(stderr, "chainex-generate-gleif: %s\n", error.what());
    return 2;
  } catch (const std::exception& error) {
    std::fprintf(stderr, "chainex-generate-gleif: %s\n", error.what());
    return 1;
  }
  return 0;
}
