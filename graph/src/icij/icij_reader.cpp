// Node files give nodes (their kind by the file: name, else header; incorporation_date the ISO since, the first of
// inactivation_date, struck_off_date and closed_date the until), their jurisdiction and countries market
// nodes with located_in edges; relationships.csv gives edges (rel_type the relation, start_date and end_date
// the ISO since and until). Every node and edge cites its sourceID and the node's page on offshoreleaks.icij.org.
#include "icij_reader.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <set>

#include "chainex/csv_reader.hpp"
#include "chainex/graph_sink.hpp"
#include "iso_countries.hpp"
#include "mapped_file.hpp"

namespace chainex::icij {
namespace {

constexpr std::string_view node_page = "https://offshoreleaks.icij.org/nodes/";

enum class table { entities, officers, intermediaries, addresses, others, relationships };

struct node_file_kind {
  std::string_view file_word, icij_type, kind;
};
// The ICIJ node files and the chainex kind each maps to.
constexpr std::array node_files{
    node_file_kind{"entities", "entity", "enterprise"}, node_file_kind{"officers", "officer", "person"},
    node_file_kind{"intermediaries", "intermediary", "enterprise"}, node_file_kind{"addresses", "address", "address"},
    node_file_kind{"others", "other", "enterprise"}};

bool has(std::span<const std::string_view> header, std::string_view name) {
  return std::find(header.begin(), header.end(), name) != header.end();
}

std::optional<table> table_of(std::string_view file, std::span<const std::string_view> header) {
  if (has(header, "node_id_start") && has(header, "node_id_end") && has(header, "rel_type"))
    return table::relationships;
  if (!has(header, "node_id") || !has(header, "sourceID")) return std::nullopt;
  for (std::size_t i = 0; i < node_files.size(); ++i) {
    if (file.find(node_files[i].file_word) != std::string_view::npos) return static_cast<table>(i);
  }
  if (has(header, "company_type") || has(header, "ibcRUC")) return table::entities;
  if (has(header, "closed_date")) return table::others;
  if (has(header, "status")) return table::intermediaries;
  if (has(header, "address")) return table::addresses;
  return table::officers;
}

// The header of a file, or nothing when it cannot be read.
std::optional<std::vector<std::string>> header_of(const csv_input& input, char delimiter) {
  try {
    std::optional<mapped_file> mapped;
    const std::string_view text = input.in_memory ? input.content() : mapped.emplace(input.path).text();
    csv_reader reader(input.name, text, {.delimiter = delimiter});
    csv_record record;
    if (!reader.next(record)) return std::nullopt;
    return std::vector<std::string>(record.fields.begin(), record.fields.end());
  } catch (const data_error&) {
    return std::nullopt;
  }
}

// What a market column's codes are: ISO 3166 alpha-3 (country_codes: the code first, then the name) or ICIJ's own
// (jurisdiction, where the name is the surer guide: ICIJ's `BAH` is the Bahamas, ISO's BHS).
enum class market_codes { iso_alpha_3, icij_jurisdiction };

std::optional<std::string_view> country_of(std::string_view code, std::string_view name, market_codes codes_are) {
  if (codes_are == market_codes::icij_jurisdiction) {
    if (const auto named = alpha_2_named(name)) return named;
    return alpha_2_of_alpha_3(code);
  }
  if (const auto coded = alpha_2_of_alpha_3(code)) return coded;
  return alpha_2_named(name);
}

class icij_reader {
 public:
  icij_reader(graph_sink& sink, const import_options& options) : sink_(sink), options_(options) {}

  void read_file(const csv_input& input) {
    std::optional<mapped_file> mapped;
    const std::string_view text = input.in_memory ? input.content() : mapped.emplace(input.path).text();
    csv_reader reader(input.name, text, {.delimiter = options_.delimiter});
    csv_record record;
    if (!reader.next(record)) throw data_error({input.name, 1, 1, "empty file: expected an ICIJ header"});
    header_.assign(record.fields.begin(), record.fields.end());
    columns_.assign(header_.begin(), header_.end());
    property_of_field_.assign(columns_.size(), std::nullopt);
    const auto kind = table_of(input.name, columns_);
    if (!kind)
      throw data_error({input.name, 1, 1,
                        "not an ICIJ Offshore Leaks file: expected node_id,…,sourceID or "
                        "node_id_start,node_id_end,rel_type"});
    while (reader.next(record)) {
      if (*kind == table::relationships) {
        add_relationship(reader, record);
      } else {
        add_node(reader, record, node_files[static_cast<std::size_t>(*kind)]);
      }
    }
  }

 private:
  [[nodiscard]] std::string_view field(const csv_record& record, std::string_view name) const {
    const auto at = std::find(columns_.begin(), columns_.end(), name);
    const auto index = static_cast<std::size_t>(at - columns_.begin());
    return at == columns_.end() || index >= record.fields.size() ? std::string_view() : record.fields[index];
  }
  [[nodiscard]] std::size_t index_of(std::string_view name) const {
    return static_cast<std::size_t>(std::find(columns_.begin(), columns_.end(), name) - columns_.begin());
  }

  void cite(pending_element& element, element_kind kind, std::string_view source, std::string_view node_id) {
    auto& [citation, url] = citation_columns_[static_cast<std::size_t>(kind)];
    if (!citation) citation = sink_.column(kind, "citation", value_type::string);
    if (!url) url = sink_.column(kind, "url", value_type::string);
    if (!source.empty()) element.values.emplace_back(*citation, source);
    element.values.emplace_back(*url, std::string(node_page) + std::string(node_id));
  }

  void add_node(const csv_reader& reader, const csv_record& record, const node_file_kind& file) {
    pending_element node = element_at(reader.locate(0, {}));
    node.id = field(record, "node_id");
    node.kind = file.kind;
    node.name = field(record, "name");
    if (node.name.empty()) node.name = field(record, "address");
    node.values.emplace_back(sink_.column(element_kind::node, "icij_type", value_type::string), file.icij_type);
    for (std::size_t i = 0; i < record.fields.size() && i < columns_.size(); ++i) {
      const std::string_view column = columns_[i];
      if (record.fields[i].empty() || column == "node_id" || column == "name" || column == "sourceID") continue;
      auto& property = property_of_field_[i];
      if (!property) property = sink_.column(element_kind::node, column, value_type::string);
      node.values.emplace_back(*property, record.fields[i]);
    }
    cite(node, element_kind::node, field(record, "sourceID"), node.id);
    add_lifespan(reader, record, node);
    const std::string id = node.id;
    const diagnostic where = reader.locate(0, {});
    sink_.add_node(std::move(node));
    add_markets(where, record, id, "jurisdiction", "jurisdiction_description", market_codes::icij_jurisdiction);
    add_markets(where, record, id, "country_codes", "countries", market_codes::iso_alpha_3);
  }

  // A market node per code (`;`-separated, with the names alike), with the ISO alpha-2 `country` it stands for when
  // one is known (iso_countries.hpp), and a located_in edge to each.
  void add_markets(const diagnostic& where, const csv_record& record, const std::string& id,
                   std::string_view codes_column, std::string_view names_column, market_codes codes_are) {
    const std::string_view codes = field(record, codes_column);
    const std::string_view names = field(record, names_column);
    for (std::size_t begin = 0, name_begin = 0; begin < codes.size();) {
      const std::size_t end = std::min(codes.find(';', begin), codes.size());
      const std::size_t name_end = std::min(names.find(';', name_begin), names.size());
      const std::string code(codes.substr(begin, end - begin));
      const std::string_view name = name_begin < names.size() ? names.substr(name_begin, name_end - name_begin) : "";
      begin = end + 1;
      name_begin = name_end + 1;
      if (code.empty()) continue;
      const std::string market = "mkt:" + code;
      if (markets_.insert(market).second) {
        pending_element node = element_at(where);
        node.id = market;
        node.kind = "market";
        node.name = name.empty() ? code : std::string(name);
        node.values.emplace_back(sink_.column(element_kind::node, "icij_code", value_type::string), code);
        if (const auto country = country_of(code, name, codes_are))
          node.values.emplace_back(sink_.column(element_kind::node, "country", value_type::string), *country);
        sink_.add_node(std::move(node));
      }
      pending_element edge = element_at(where);
      edge.source = id;
      edge.target = market;
      edge.kind = "located_in";
      cite(edge, element_kind::edge, field(record, "sourceID"), id);
      sink_.add_edge(std::move(edge));
    }
  }

  // The ISO date of a date column (`23-MAR-2006` as `2006-03-23`; "" when empty); nullopt, reported as an error at
  // the field, when it is written otherwise.
  std::optional<std::string> date_field(const csv_reader& reader, const csv_record& record, std::string_view column) {
    const std::string_view value = field(record, column);
    if (value.empty()) return std::string();
    auto date = iso_date(value);
    if (!date)
      sink_.error(reader.locate(index_of(column), "'" + std::string(value) + "' in " + std::string(column) +
                                                      " is not a date like 23-MAR-2006"));
    return date;
  }

  // A node's since (its incorporation) and until (the first of its inactivation, striking off or closing). An until
  // before the since is left out, with a warning at it.
  void add_lifespan(const csv_reader& reader, const csv_record& record, pending_element& node) {
    const auto since = date_field(reader, record, "incorporation_date");
    std::optional<std::string> until = std::string();
    std::string_view until_column;
    for (const std::string_view column : {"inactivation_date", "struck_off_date", "closed_date"}) {
      const auto date = date_field(reader, record, column);
      if (!date || !until) {
        until.reset();
      } else if (!date->empty() && (until->empty() || *date < *until)) {
        until = date;
        until_column = column;
      }
    }
    if (!since || !until) return;
    if (!since->empty()) node.values.emplace_back(sink_.column(element_kind::node, "since", value_type::date), *since);
    if (until->empty()) return;
    if (!since->empty() && *until < *since) {
      sink_.warn(reader.locate(index_of(until_column), std::string(until_column) + " " + *until +
                                                           " is before incorporation_date " + *since +
                                                           ": the node is kept without an until"));
      return;
    }
    node.values.emplace_back(sink_.column(element_kind::node, "until", value_type::date), *until);
  }

  void add_relationship(const csv_reader& reader, const csv_record& record) {
    pending_element edge = element_at(reader.locate(0, {}));
    edge.source = field(record, "node_id_start");
    edge.target = field(record, "node_id_end");
    edge.kind = field(record, "rel_type");
    for (const auto* column : {"link", "status"}) {
      if (const auto value = field(record, column); !value.empty())
        edge.values.emplace_back(sink_.column(element_kind::edge, column, value_type::string), value);
    }
    for (const auto& [column, property] : {std::pair{"start_date", "since"}, std::pair{"end_date", "until"}}) {
      const auto date = date_field(reader, record, column);
      if (!date) return;
      if (!date->empty()) edge.values.emplace_back(sink_.column(element_kind::edge, property, value_type::date), *date);
    }
    cite(edge, element_kind::edge, field(record, "sourceID"), edge.source);
    sink_.add_edge(std::move(edge));
  }

  graph_sink& sink_;
  const import_options& options_;
  std::vector<std::string> header_;        // the current file's header
  std::vector<std::string_view> columns_;  // the same, as views
  // sink columns looked up once: the current file's fields', and citation and url for nodes and for edges
  std::vector<std::optional<std::size_t>> property_of_field_;
  std::array<std::pair<std::optional<std::size_t>, std::optional<std::size_t>>, 2> citation_columns_;
  std::set<std::string, std::less<>> markets_;
};

}  // namespace

std::optional<std::string> iso_date(std::string_view text) {
  static constexpr std::array<std::string_view, 12> months{"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                           "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  if (text.size() != 11 || text[2] != '-' || text[6] != '-') return std::nullopt;
  std::string month(text.substr(3, 3));
  for (char& c : month) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  const auto found = std::find(months.begin(), months.end(), month);
  const auto digits = [&](std::size_t from, std::size_t count) {
    return std::all_of(text.begin() + static_cast<std::ptrdiff_t>(from),
                       text.begin() + static_cast<std::ptrdiff_t>(from + count),
                       [](char c) { return c >= '0' && c <= '9'; });
  };
  if (found == months.end() || !digits(0, 2) || !digits(7, 4)) return std::nullopt;
  const auto month_number = static_cast<int>(found - months.begin()) + 1;
  std::string iso = std::string(text.substr(7, 4)) + (month_number < 10 ? "-0" : "-") + std::to_string(month_number) +
                    "-" + std::string(text.substr(0, 2));
  return iso;
}

bool is_icij(const csv_source& source, const import_options& options) {
  if (options.convention == csv_convention::icij) return true;
  if (options.convention != csv_convention::automatic || source.node_files.empty()) return false;
  const auto header = header_of(source.node_files.front(), options.delimiter);
  if (!header) return false;
  const std::vector<std::string_view> names(header->begin(), header->end());
  const auto kind = table_of(source.node_files.front().name, names);
  return kind && *kind != table::relationships;
}

import_result read(const csv_source& source, const import_options& options) {
  std::size_t bytes = 0;
  for (const auto* files : {&source.node_files, &source.edge_files}) {
    for (const auto& input : *files) {
      std::error_code ignored;
      bytes += input.in_memory ? input.content().size()
                               : static_cast<std::size_t>(std::filesystem::file_size(input.path, ignored));
    }
  }
  graph_sink sink(source.node_files.empty() ? std::string() : source.node_files.front().name, options,
                  csv_convention::icij, bytes);
  icij_reader reader(sink, options);
  for (const auto* files : {&source.node_files, &source.edge_files}) {
    for (const auto& input : *files) {
      try {
        reader.read_file(input);
      } catch (const data_error& failure) {
        sink.error(failure.where());
      }
    }
  }
  return std::move(sink).finish();
}

}  // namespace chainex::icij
