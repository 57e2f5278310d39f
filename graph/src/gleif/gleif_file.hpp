// gleif_file.hpp — reads one GLEIF golden-copy file into a gleif_loader: a CSV file (mapped, its pages let
// go as they are read) or the CSV inside a .zip (inflated in pieces that end at a record boundary).
#pragma once

#include <cstddef>
#include <functional>
#include <optional>

#include "chainex/import.hpp"
#include "gleif_loader.hpp"
#include "gleif_tables.hpp"

namespace chainex {

// An input (a file on disk or bytes in memory) that is a zip archive, whatever it is called.
[[nodiscard]] bool is_zip_input(const csv_input& input);

// The same files, each zip archive among them replaced by one input per CSV file it holds, named
// `<archive>:<csv>` (an archive that cannot be opened or holds no CSV stays whole, and fails when read). Texts in
// memory are viewed, not copied: `source` must outlive the result.
[[nodiscard]] csv_source with_zip_members(const csv_source& source);

// The GLEIF table the file's header names; nullopt for any other CSV. Throws data_error when the file (or the
// archive) cannot be read.
[[nodiscard]] std::optional<gleif_table> gleif_table_of_file(const csv_input& input, char delimiter);

// Roughly how many records the file holds (from samples of its lines), for reserving room.
[[nodiscard]] std::size_t estimated_records(const csv_input& input);

struct gleif_reading {
  char delimiter = '\0';                                 // '\0': detected
  std::function<void(std::size_t bytes_done)> progress;  // every few MB, in CSV bytes
  std::function<bool()> stopped;                         // asked between records
  bool children_only = false;  // only tell the loader which entities RR-CDF names as children (note_child)
};

// Reads every record of the file into `loader`; returns the CSV bytes read. Throws data_error for a file that
// is not a GLEIF table or is malformed (the loader reports bad rows itself).
std::size_t read_gleif_file(const csv_input& input, gleif_loader& loader, const gleif_reading& reading);

}  // namespace chainex
