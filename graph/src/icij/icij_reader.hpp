// icij_reader.hpp — the ICIJ Offshore Leaks database files (offshoreleaks.icij.org/pages/database): five
// node files (nodes-entities, -officers, -intermediaries, -addresses, -others) and relationships.csv, read
// through graph_sink (datasets/README.md, "ICIJ Offshore Leaks", says how they map onto chainex).
//
//   if (icij::is_icij(source, options)) return icij::read(source, options);
#pragma once

#include "chainex/import.hpp"

namespace chainex::icij {

// Whether the files are ICIJ's: asked for (convention icij), or the first nodes file has ICIJ's header.
[[nodiscard]] bool is_icij(const csv_source& source, const import_options& options);
[[nodiscard]] import_result read(const csv_source& source, const import_options& options);

// `23-MAR-2006` as `2006-03-23`; std::nullopt when it is no such date.
[[nodiscard]] std::optional<std::string> iso_date(std::string_view text);

}  // namespace chainex::icij
