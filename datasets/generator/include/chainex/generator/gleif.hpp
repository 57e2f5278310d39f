// gleif.hpp — synthetic files shaped like GLEIF's golden copy, for the GLEIF import's tests and benches.
//
// Three CSV files with the published column sets (every field quoted, as GLEIF writes them):
//   lei2.csv   LEI-CDF 3.1, 338 columns: one record per entity, with a made-up legal name (a Chinese other
//              name and its transliteration for most CN entities), legal and head-office addresses, a legal
//              form code, statuses and registration dates, and a valid ISO 17442 LEI (check digits MOD 97-10)
//   rr.csv     RR-CDF 2.1, 54 columns: IS_DIRECTLY_CONSOLIDATED_BY for 15 % of entities (parents drawn
//              heavy-tailed among the first tenth, so groups are a few large ones and many small; a parent
//              always comes before its child, so there are no cycles), IS_ULTIMATELY_CONSOLIDATED_BY for 60 % of
//              those; half the children are in their parent's country
//   repex.csv  reporting exceptions, 20 columns: a direct and an ultimate exception for 45 % of the entities
//              without a parent
// Names, addresses and legal-form codes are invented; the shape (counts, columns, quoting) is GLEIF's. The same
// options give byte-identical files on every platform (the generator's own random streams, random.hpp).
//
//   gleif_summary written = write_gleif({.records = 2'900'000, .seed = 1}, "build/bench-data/gleif");
#pragma once

#include <cstdint>
#include <filesystem>

namespace chainex::generator {

struct gleif_options {
  std::uint64_t records = 2'900'000;  // LEI records (GLEIF published about 2.9 million at the end of 2025)
  std::uint64_t seed = 1;
};

struct gleif_summary {
  std::uint64_t records = 0;
  std::uint64_t relationships = 0;
  std::uint64_t exceptions = 0;
  std::uint64_t bytes = 0;  // of the three files
};

// Writes folder/lei2.csv, folder/rr.csv and folder/repex.csv (each under a temporary name, renamed when
// complete). Throws std::invalid_argument for fewer than 1 or more than 2^31 records and
// std::filesystem::filesystem_error when a file cannot be written.
gleif_summary write_gleif(const gleif_options& wanted, const std::filesystem::path& folder);

}  // namespace chainex::generator
