// edge_part.hpp — the second half of a large edges file, read on another thread.
//
// Once the nodes are in, reading an edge row only looks the node table up; so a large edges file is cut
// at a record boundary near its middle, and while the importer reads the first half as usual, a second
// thread reads, checks and resolves the second half into an edge_part. The importer then replays what
// the part reported and adds its edges in file order, so the result and the report are the same as
// reading the file front to back, and the import takes about half as long on two cores.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chainex/diagnostic.hpp"
#include "row_loader.hpp"

namespace chainex {

struct edge_part {
  // What reading the part reported, in row order.
  struct event {
    bool rejected = false;  // a row left out (else a warning about a row kept)
    diagnostic why;
    std::string row_text;  // the rejected row as CSV
  };
  std::vector<event> events;
  std::optional<diagnostic> failure;  // a malformed file: the part ends there

  // An edge that passed every check, in 24 bytes where an edge_row takes 40: with millions of them, the
  // fewer fresh pages the second thread fills, the sooner it is done.
  struct edge {
    node_index source = 0;
    node_index target = 0;
    double weight = 1.0;
    std::uint32_t relation = 0;  // index into `relations`
    bool directed = true;
  };
  std::vector<edge> edges;
  std::vector<std::string_view> values;  // per edge, the fields of its property columns, in plan order
  std::vector<std::string> relations;    // distinct relation names, in the order they first came
  std::deque<std::string> copies;        // values the reader had to unescape
};

// Where to cut `text` near byte `near` so that both parts hold whole records: just after a line break
// outside quotes, at or after `near` (counting quotes from `from`, the start of the first data record).
// text.size() when there is no such place.
[[nodiscard]] std::size_t record_boundary(std::string_view text, std::size_t from, std::size_t near) noexcept;

// Makes room for this many edges in an empty part, and touches it (huge_pages.hpp: touch), so that the
// thread reading the part later does not wait for fresh pages. May run while nodes are being added.
void prepare_edge_part(edge_part& part, std::size_t edges);

// Reads the records of text[begin, end) of the file `file` (`begin` a record boundary) into `part`, an
// empty (perhaps prepared) part. `property_fields` are the indices of the fields whose values are kept;
// `release(from, to)` is told which bytes of the text have been read, so their pages can leave memory.
[[nodiscard]] edge_part read_edge_part(edge_part part, const row_loader& loader, const std::string& file,
                                       std::string_view text, std::size_t begin, char delimiter, const table_plan& plan,
                                       const std::vector<std::size_t>& property_fields,
                                       const std::function<void(std::size_t, std::size_t)>& release);

}  // namespace chainex
