#include "edge_part.hpp"

#include <algorithm>
#include <cstring>

#include "chainex/csv_reader.hpp"
#include "chainex/csv_writer.hpp"
#include "count_bytes.hpp"
#include "huge_pages.hpp"

namespace chainex {
namespace {

constexpr std::size_t release_every_bytes = 8u << 20;

// Keeps what a part reports, to be replayed by the importer.
class recorder final : public row_loader::listener {
 public:
  explicit recorder(edge_part& part) : part_(part) {}

  void reject(const row_batch& batch, std::span<const std::string_view> fields, diagnostic why) override {
    part_.events.push_back({true, std::move(why), csv_row(fields, batch.delimiter())});
  }
  void warn(diagnostic where) override { part_.events.push_back({false, std::move(where), {}}); }

 private:
  edge_part& part_;
};

// A field that outlives the batch it came from: a view into the file, or a copy.
std::string_view keep(edge_part& part, std::string_view field, std::string_view text) {
  const bool in_text = field.data() >= text.data() && field.data() + field.size() <= text.data() + text.size();
  return in_text ? field : std::string_view(part.copies.emplace_back(field));
}

// The index of a relation in part.relations. Few distinct relations, often repeated: `last`, the one
// matched before, is the likeliest.
std::uint32_t relation_index(edge_part& part, std::string_view relation, std::uint32_t& last) {
  if (last < part.relations.size() && part.relations[last] == relation) return last;
  for (std::uint32_t i = 0; i < part.relations.size(); ++i) {
    if (part.relations[i] == relation) return last = i;
  }
  part.relations.emplace_back(relation);
  return last = static_cast<std::uint32_t>(part.relations.size() - 1);
}

std::size_t lines_before(std::string_view text, std::size_t offset) {
  return count_bytes(text.substr(0, offset), '\n');
}

}  // namespace

std::size_t record_boundary(std::string_view text, std::size_t from, std::size_t near) noexcept {
  if (near >= text.size()) return text.size();
  // In a well-formed file a place is inside quotes exactly when an odd number of quotes precede it
  // (an escaped quote counts twice). A file where that fails has a stray quote, which the first part's
  // reader reports as an error before the second part's result is used.
  bool quoted = count_bytes(text.substr(from, near - from), '"') % 2 == 1;
  for (std::size_t at = near; at < text.size(); ++at) {
    if (text[at] == '"') quoted = !quoted;
    if (text[at] == '\n' && !quoted) return at + 1;
  }
  return text.size();
}

void prepare_edge_part(edge_part& part, std::size_t edges) { touch(part.edges, edges); }

edge_part read_edge_part(edge_part part, const row_loader& loader, const std::string& file, std::string_view text,
                         std::size_t begin, char delimiter, const table_plan& plan,
                         const std::vector<std::size_t>& property_fields,
                         const std::function<void(std::size_t, std::size_t)>& release) {
  recorder events(part);
  csv_options options;
  options.delimiter = delimiter;
  options.first_line = lines_before(text, begin) + 1;
  const std::string_view rest = text.substr(begin);
  const std::size_t expected_rows = estimate_rows(rest);
  reserve_huge(part.edges, expected_rows);
  reserve_huge(part.values, expected_rows * property_fields.size());
  try {
    csv_reader reader(file, rest, options);
    row_batch batch(file, rest, delimiter);
    csv_record record;
    std::uint32_t last_relation = 0;
    std::size_t released = 0;
    const auto flush = [&] {
      loader.for_each_row(batch, plan, events, [&](const batched_row& row) {
        auto edge = loader.read_edge(batch, row, plan, events);
        if (!edge) return true;
        part.edges.push_back({edge->source, edge->target, edge->weight,
                              relation_index(part, edge->relation, last_relation), edge->directed});
        const auto fields = batch.fields(row);
        for (const std::size_t field : property_fields) part.values.push_back(keep(part, fields[field], rest));
        return true;
      });
      batch.clear();
      if (reader.bytes_read() - released >= release_every_bytes) {
        release(begin + released, begin + reader.bytes_read());
        released = reader.bytes_read();
      }
    };
    while (reader.next(record)) {
      batch.add(reader, record, plan.id_prefixes);
      loader.prefetch_slots(batch, batch.last(), plan, table_kind::edges);
      if (batch.full()) flush();
    }
    flush();
  } catch (const data_error& failure) {
    part.failure = failure.where();
  }
  return part;
}

}  // namespace chainex
