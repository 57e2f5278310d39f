#include "chainex/import.hpp"

#include <algorithm>
#include <cstdint>
#include <future>
#include <optional>
#include <thread>

#include "bulk_loading.hpp"
#include "chainex/csv_reader.hpp"
#include "chainex/csv_writer.hpp"
#include "edge_part.hpp"
#include "gleif/gleif_file.hpp"
#include "icij/icij_reader.hpp"
#include "import_plan.hpp"
#include "mapped_file.hpp"
#include "parallel_edges.hpp"
#include "row_batch.hpp"
#include "row_loader.hpp"

namespace chainex {
namespace {

constexpr std::size_t progress_every_records = 1u << 16;

// The bytes of one input: a mapped file or text held in memory.
class input_text {
 public:
  explicit input_text(const csv_input& input) {
    if (input.in_memory) {
      text_ = input.content();
    } else {
      mapped_.emplace(input.path);
      text_ = mapped_->text();
    }
  }
  [[nodiscard]] std::string_view text() const noexcept { return text_; }
  void release(std::size_t begin, std::size_t end) const noexcept {
    if (mapped_) mapped_->release(begin, end);
  }

 private:
  std::optional<mapped_file> mapped_;
  std::string_view text_;
};

// Reads the files in order (GLEIF files after the other nodes files), batches their rows for the loader, and
// keeps the report.
class importer final : private row_loader::listener, private gleif_loader::listener {
 public:
  importer(const csv_source& source, const import_options& options)
      : source_(source), options_(options), loader_(*this) {
    for (const auto* files : {&source.node_files, &source.edge_files}) {
      for (const auto& input : *files) {
        if (input.in_memory) {
          bytes_total_ += input.content().size();
        } else {
          std::error_code ignored;
          const auto size = std::filesystem::file_size(input.path, ignored);
          if (!ignored) bytes_total_ += static_cast<std::size_t>(size);
        }
      }
    }
  }

  import_result run() {
    if (source_.node_files.empty()) error({"", 0, 0, "no nodes file given"});
    std::jthread prepare = prepare_edges();  // joined below, or on the way out of an exception
    for (const auto& [input, gleif] : nodes_files_in_order()) {
      if (stopped_) break;
      read_file(*input, table_kind::nodes, gleif);
    }
    if (prepare.joinable()) prepare.join();
    for (const auto& input : source_.edge_files) {
      if (stopped_) break;
      read_file(input, table_kind::edges, is_gleif(input));
    }
    report_.ok = report_.error_count == 0;
    import_result result;
    if (report_.ok) {
      report_.nodes = loader_.builder().node_count();
      report_.edges = loader_.builder().edge_count();
      result.graph = std::move(loader_.builder()).build();
      auto parallel = find_parallel_edges(*result.graph, edges_file_name(), options_.max_reported);
      for (auto& warning : parallel.listed) warn(std::move(warning));
      report_.warning_count += parallel.count - parallel.listed.size();
    }
    result.report = std::move(report_);
    return result;
  }

 private:
  // Large edges files: while this thread reads the nodes, a second one makes room for the edges and
  // touches it, for the builder and for the second half of the first file (edge_part.hpp), so that the
  // pages are in memory before the edges come. The number of edges is estimated from samples of the files.
  std::jthread prepare_edges() {
    if (source_.edge_files.empty()) return {};
    std::size_t edges = 0;
    std::size_t first_file_edges = 0;
    try {
      for (const auto& input : source_.edge_files) {
        if (is_zip_input(input)) continue;
        const input_text bytes(input);
        if (bytes.text().size() < options_.two_threads_from) continue;
        const std::size_t rows = estimate_rows(bytes.text());
        edges += rows;
        if (&input == &source_.edge_files.front()) first_file_edges = rows;
      }
    } catch (const data_error&) {
      return {};  // a file that cannot be read is reported when its turn comes
    }
    if (edges == 0) return {};
    return std::jthread([this, edges, first_file_edges] {
      try {
        detail::bulk_loading::prepare_edges(loader_.builder(), edges);
        // The second half of the file, and a little more: the cut is near the middle, the estimate rough.
        if (first_file_edges > 0) prepare_edge_part(prepared_part_, first_file_edges / 2 + first_file_edges / 16);
      } catch (const std::bad_alloc&) {
        // Only a head start: reading the edges makes its room as it goes, and fails there if it must.
      }
    });
  }

  // Whether a file is read as GLEIF's (the convention asked for, a GLEIF header, or a zip archive), and its table.
  struct gleif_file {
    bool read_as_gleif = false;
    std::optional<gleif_table> table;
  };

  gleif_file is_gleif(const csv_input& input) const {
    const bool asked = options_.convention == csv_convention::gleif;
    if (!asked && options_.convention != csv_convention::automatic) return {};
    try {
      auto table = gleif_table_of_file(input, options_.delimiter);
      return {asked || table || is_zip_input(input), table};
    } catch (const data_error&) {
      return {asked || is_zip_input(input), std::nullopt};  // reported when the file is read
    }
  }

  // The nodes files: the others first (their `lei` and `same_as` columns link their nodes to GLEIF records),
  // then GLEIF's LEI-CDF files, then GLEIF's other tables (which name LEIs of those).
  std::vector<std::pair<const csv_input*, gleif_file>> nodes_files_in_order() const {
    std::vector<std::pair<const csv_input*, gleif_file>> files;
    for (const auto& input : source_.node_files) files.emplace_back(&input, is_gleif(input));
    const auto rank = [](const gleif_file& file) {
      if (!file.read_as_gleif) return 0;
      return file.table == gleif_table::entities ? 1 : 2;
    };
    std::stable_sort(files.begin(), files.end(),
                     [&](const auto& a, const auto& b) { return rank(a.second) < rank(b.second); });
    return files;
  }

  std::string edges_file_name() const {
    return source_.edge_files.size() == 1 ? source_.edge_files.front().name : std::string();
  }

  void error(diagnostic where) {
    ++report_.error_count;
    if (report_.errors.size() < options_.max_reported) report_.errors.push_back(std::move(where));
  }

  void warn(diagnostic where) override {
    ++report_.warning_count;
    if (report_.warnings.size() < options_.max_reported) report_.warnings.push_back(std::move(where));
  }

  void reject(const row_batch& batch, std::span<const std::string_view> fields, diagnostic why) override {
    reject_row(std::move(why), options_.skip_bad ? csv_row(fields, batch.delimiter()) : std::string());
  }

  void reject(std::span<const std::string_view> fields, diagnostic why) override {
    reject_row(std::move(why), options_.skip_bad ? csv_row(fields) : std::string());
  }

  // A row that cannot be loaded: an error, or under skip_bad a rejected row while the tolerance holds.
  void reject_row(diagnostic why, std::string text) {
    if (!options_.skip_bad) {
      error(std::move(why));
      return;
    }
    ++report_.skipped;
    if (report_.skipped > options_.max_bad) {
      error({why.file, why.line, 0,
             "more than " + std::to_string(options_.max_bad) + " bad rows (the --max-bad tolerance); import stopped"});
      stopped_ = true;
      return;
    }
    report_.rejected.push_back({std::move(why), std::move(text)});
  }

  void read_file(const csv_input& input, table_kind table, const gleif_file& gleif) {
    try {
      if (gleif.read_as_gleif) return read_gleif(input);
      input_text bytes(input);
      csv_reader reader(input.name, bytes.text(), {options_.delimiter});
      csv_record record;
      if (!reader.next(record)) {
        error({input.name, 1, 1, "the file is empty: a header row is required"});
        return;
      }
      const std::vector<std::string_view> header_fields(record.fields.begin(), record.fields.end());
      const table_plan plan = plan_table(
          table, header_fields, options_.convention, input.name,
          [&reader](std::size_t index, std::string message) { return reader.locate(index, std::move(message)); });
      note_convention(plan.convention, input.name);
      const auto columns = loader_.property_columns(plan, table);
      const auto file_index = loader_.begin_file(input.name);
      const std::size_t expected_rows = estimate_rows(bytes.text());
      if (table == table_kind::nodes) {
        loader_.reserve(loader_.builder().node_count() + expected_rows, 0, bytes.text().size());
      } else {
        loader_.reserve(0, loader_.builder().edge_count() + expected_rows);
      }
      const std::size_t done_before = report_.bytes;
      const std::string_view text = bytes.text();
      // A large edges file is read in two halves at once: this thread reads the first, a second thread
      // the rest (edge_part.hpp), whose rows are added after the first half's, in file order.
      std::size_t end = text.size();
      std::future<edge_part> second_half;
      const auto property_fields = fields_kept(columns);
      if (table == table_kind::edges && text.size() >= options_.two_threads_from) {
        end = record_boundary(text, reader.bytes_read(), reader.bytes_read() + (text.size() - reader.bytes_read()) / 2);
        if (end < text.size()) {
          second_half = std::async(std::launch::async, [&, end, delimiter = reader.delimiter()] {
            return read_edge_part(std::move(prepared_part_), loader_, input.name, text, end, delimiter, plan,
                                  property_fields,
                                  [&bytes](std::size_t from, std::size_t to) { bytes.release(from, to); });
          });
        }
      }
      std::size_t rows = 0;
      std::size_t released = 0;
      row_batch batch(input.name, text, reader.delimiter());
      while (!stopped_ && reader.next(record) && reader.record_offset() < end) {
        batch.add(reader, record, plan.id_prefixes);
        loader_.prefetch_slots(batch, batch.last(), plan, table);
        if (batch.full()) handle(batch, plan, columns, table, file_index);
        if (++rows % progress_every_records == 0) {
          handle(batch, plan, columns, table, file_index);  // before its rows' pages are released
          bytes.release(released, reader.bytes_read());
          released = reader.bytes_read();
          // With a second half read at once, this half's progress stands for the whole file's.
          report_.bytes = done_before + reader.bytes_read() * text.size() / end;
          if (options_.on_progress) options_.on_progress({input.name, report_.bytes, bytes_total_});
        }
      }
      handle(batch, plan, columns, table, file_index);
      if (second_half.valid()) add_part(second_half.get(), columns, property_fields);
      report_.bytes = done_before + text.size();
      if (options_.on_progress) options_.on_progress({input.name, report_.bytes, bytes_total_});
    } catch (const data_error& failure) {
      error(failure.where());
      stopped_ = true;
    }
  }

  // Loads the batched rows in order.
  void handle(row_batch& batch, const table_plan& plan, const std::vector<std::size_t>& columns, table_kind table,
              std::uint32_t file_index) {
    loader_.for_each_row(batch, plan, *this, [&](const batched_row& row) {
      if (table == table_kind::nodes) {
        loader_.load_node(batch, row, plan, columns, file_index);
      } else {
        loader_.load_edge(batch, row, plan, columns);
      }
      return !stopped_;
    });
    batch.clear();
  }

  // The fields whose values are kept as properties (those with a builder column).
  static std::vector<std::size_t> fields_kept(const std::vector<std::size_t>& columns) {
    std::vector<std::size_t> fields;
    for (std::size_t i = 0; i < columns.size(); ++i)
      if (columns[i] != SIZE_MAX) fields.push_back(i);
    return fields;
  }

  // Replays what the second half of a file reported, then adds its edges, as if read in turn.
  void add_part(edge_part part, const std::vector<std::size_t>& columns,
                const std::vector<std::size_t>& property_fields) {
    for (auto& event : part.events) {
      if (stopped_) return;
      if (event.rejected) {
        reject_row(std::move(event.why), std::move(event.row_text));
      } else {
        warn(std::move(event.why));
      }
    }
    if (part.failure) {
      error(std::move(*part.failure));
      stopped_ = true;
    }
    if (stopped_) return;
    std::vector<std::size_t> value_columns;
    for (const std::size_t field : property_fields) value_columns.push_back(columns[field]);
    // The part's relations in the order they first came: those new to the builder get the codes that
    // reading the file front to back would have given them.
    std::vector<type_code> types;
    for (const auto& relation : part.relations)
      types.push_back(detail::bulk_loading::type_code_of(loader_.builder(), relation));
    for (std::size_t i = 0; i < part.edges.size(); ++i) {
      const auto& edge = part.edges[i];
      const std::span<const std::string_view> values(part.values.data() + i * value_columns.size(),
                                                     value_columns.size());
      loader_.add_edge({edge.source, edge.target, {}, edge.weight, edge.directed}, types[edge.relation], values,
                       value_columns);
    }
  }

  void read_gleif(const csv_input& input) {
    if (!gleif_) {
      gleif_.emplace(loader_.builder(), static_cast<gleif_loader::listener&>(*this));
      for (const auto& [lei, node] : loader_.lei_links()) gleif_->link(lei, node);
      note_gleif_children();
    }
    note_convention(csv_convention::gleif, input.name);
    if (is_gleif(input).table == gleif_table::entities) {
      // Room for the entities and their located_in edges, so that the tables do not grow (and copy) as they come.
      const std::size_t records = estimated_records(input);
      loader_.reserve(loader_.builder().node_count() + records, loader_.builder().edge_count() + records);
    }
    const std::size_t done_before = report_.bytes;
    gleif_reading reading;
    reading.delimiter = options_.delimiter;
    reading.stopped = [this] { return stopped_; };
    if (options_.on_progress) {
      reading.progress = [&](std::size_t bytes) {
        report_.bytes = done_before + bytes;
        options_.on_progress({input.name, report_.bytes, std::max(bytes_total_, report_.bytes)});
      };
    }
    report_.bytes = done_before + read_gleif_file(input, *gleif_, reading);
  }

  // Reads the RR-CDF files once ahead, for the entities they name as children (gleif_loader::note_child).
  void note_gleif_children() {
    gleif_reading children;
    children.delimiter = options_.delimiter;
    children.children_only = true;
    for (const auto* files : {&source_.node_files, &source_.edge_files}) {
      for (const auto& input : *files) {
        if (is_gleif(input).table != gleif_table::relationships) continue;
        try {
          static_cast<void>(read_gleif_file(input, *gleif_, children));
        } catch (const data_error&) {
          // reported when the file is read
        }
      }
    }
  }

  void note_convention(csv_convention convention, const std::string& file) {
    if (report_.convention == csv_convention::automatic) {
      report_.convention = convention;
    } else if (report_.convention != convention) {
      warn({file, 1, 0,
            "this file follows the " + std::string(to_string(convention)) + " convention, earlier files the " +
                std::string(to_string(report_.convention))});
    }
  }

  const csv_source& source_;
  const import_options& options_;
  import_report report_;
  row_loader loader_;
  std::size_t bytes_total_ = 0;
  bool stopped_ = false;
  edge_part prepared_part_;            // made ready while the nodes are read, for the first edges file
  std::optional<gleif_loader> gleif_;  // made when the first GLEIF file is read
};

}  // namespace

csv_input csv_input::file(std::filesystem::path path) {
  csv_input input;
  input.name = path.string();
  input.path = std::move(path);
  return input;
}

csv_input csv_input::view(std::string name, std::string_view text) {
  csv_input input;
  input.name = std::move(name);
  input.borrowed = text;
  input.in_memory = true;
  return input;
}

csv_input csv_input::memory(std::string name, std::string text) {
  csv_input input;
  input.name = std::move(name);
  input.text = std::move(text);
  input.in_memory = true;
  return input;
}

csv_source csv_source::from_folder(const std::filesystem::path& folder) {
  csv_source source;
  if (!std::filesystem::exists(folder / "nodes.csv") && std::filesystem::exists(folder / "relationships.csv")) {
    for (const char* file : {"nodes-entities.csv", "nodes-officers.csv", "nodes-intermediaries.csv",
                             "nodes-addresses.csv", "nodes-others.csv"}) {  // ICIJ Offshore Leaks
      if (std::filesystem::exists(folder / file)) source.node_files.push_back(csv_input::file(folder / file));
    }
    source.edge_files.push_back(csv_input::file(folder / "relationships.csv"));
    return source;
  }
  source.node_files.push_back(csv_input::file(folder / "nodes.csv"));
  source.edge_files.push_back(csv_input::file(folder / "edges.csv"));
  return source;
}

std::size_t default_two_threads_from() noexcept {
  return std::thread::hardware_concurrency() > 1 ? std::size_t{32} << 20 : SIZE_MAX;
}

import_result import_csv(const csv_source& given, const import_options& options) {
  const csv_source source = with_zip_members(given);
  if (icij::is_icij(source, options)) return icij::read(source, options);
  return importer(source, options).run();
}

}  // namespace chainex
