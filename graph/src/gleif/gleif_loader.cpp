#include "gleif_loader.hpp"

#include <algorithm>
#include <cctype>

#include "chainex/dates.hpp"

namespace chainex {
namespace {

constexpr std::string_view lei_prefix = "lei:";
constexpr std::string_view market_prefix = "mkt:";
constexpr std::string_view relationship_period = "RELATIONSHIP_PERIOD";

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

}  // namespace

std::string_view gleif_date(std::string_view timestamp) noexcept {
  if (timestamp.size() < 10) return {};
  for (std::size_t i = 0; i < 10; ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? timestamp[i] != '-' : !is_digit(timestamp[i])) return {};
  }
  if (timestamp.size() > 10 && timestamp[10] != 'T') return {};
  const std::string_view date = timestamp.substr(0, 10);
  return day_of(date) ? date : std::string_view{};
}

std::string gleif_record_url(std::string_view lei) { return "https://search.gleif.org/#/record/" + std::string(lei); }

gleif_loader::gleif_loader(snapshot_builder& builder, listener& events) : builder_(builder), events_(events) {
  const value_type text = value_type::string;
  node_ = {builder_.node_column("lei"),
           builder_.node_column("other_names", text, true),
           builder_.node_column("transliterated_names", text, true),
           builder_.node_column("legal_form"),
           builder_.node_column("legal_form_other"),
           builder_.node_column("legal_country"),
           builder_.node_column("hq_country"),
           builder_.node_column("entity_status"),
           builder_.node_column("registration_status"),
           builder_.node_column("initial_registration"),
           builder_.node_column("url"),
           builder_.node_column("country")};
  edge_ = {builder_.edge_column("citation"),
           builder_.edge_column("url"),
           builder_.edge_column("relationship_type"),
           builder_.edge_column("relationship_status"),
           builder_.edge_column("since", value_type::date),
           builder_.edge_column("until", value_type::date)};
}

void gleif_loader::link(std::string_view lei, node_index node) {
  linked_.try_emplace(std::string(lei), linked_node{node, false});
}

std::optional<node_index> gleif_loader::find(std::string_view lei) {
  if (!linked_.empty()) {
    if (const auto at = linked_.find(lei); at != linked_.end()) return at->second.node;
  }
  id_.assign(lei_prefix);
  id_.append(lei);
  return builder_.find_node(id_);
}

node_index gleif_loader::market(std::string_view country) {
  const std::string code(country);
  if (const auto at = markets_.find(code); at != markets_.end()) return at->second;
  const std::string id = std::string(market_prefix) + code;
  node_index node = 0;
  if (const auto existing = builder_.find_node(id)) {
    node = *existing;
  } else {
    node = *builder_.add_node(id, "market", code);
    builder_.set_node_value(node, node_.market_country, code);
  }
  markets_.emplace(code, node);
  return node;
}

void gleif_loader::cite(edge_index edge, std::string_view lei) {
  citation_.assign("GLEIF — LEI record ");
  citation_.append(lei);
  builder_.set_edge_value(edge, edge_.citation, citation_);
  builder_.set_edge_value(edge, edge_.url, gleif_record_url(lei));
}

std::string_view gleif_loader::join(std::span<const std::string_view> fields, std::span<const std::size_t> columns) {
  joined_.clear();
  for (const std::size_t column : columns) {
    if (fields[column].empty()) continue;
    if (!joined_.empty()) joined_ += ';';
    joined_ += fields[column];
  }
  return joined_;
}

void gleif_loader::load_entity(const gleif_entity_columns& columns, std::span<const std::string_view> fields,
                               const csv_reader& reader) {
  const std::string_view lei = fields[columns.lei];
  if (lei.empty()) return events_.reject(fields, reader.locate(columns.lei, "empty LEI"));
  const std::string_view name = fields[columns.legal_name];
  if (name.empty()) return events_.reject(fields, reader.locate(columns.legal_name, "empty Entity.LegalName"));
  std::string_view registered;
  if (columns.initial_registration && !fields[*columns.initial_registration].empty()) {
    registered = gleif_date(fields[*columns.initial_registration]);
    if (registered.empty())
      return events_.reject(fields, reader.locate(*columns.initial_registration,
                                                  "Registration.InitialRegistrationDate: not an ISO 8601 date ('" +
                                                      std::string(fields[*columns.initial_registration]) + "')"));
  }
  node_index node = 0;
  const auto linked = linked_.empty() ? linked_.end() : linked_.find(lei);
  if (linked != linked_.end() && !linked->second.has_record) {
    node = linked->second.node;
    linked->second.has_record = true;
  } else {
    id_.assign(lei_prefix);
    id_.append(lei);
    const std::string_view kind = children_.contains(lei) ? "subsidiary" : "enterprise";
    const auto added = linked == linked_.end() ? builder_.add_node(id_, kind, name) : std::nullopt;
    if (!added) return events_.reject(fields, reader.locate(columns.lei, "duplicate LEI '" + std::string(lei) + "'"));
    node = *added;
  }
  builder_.set_node_value(node, node_.lei, lei);
  if (!columns.other_names.empty()) builder_.set_node_value(node, node_.other_names, join(fields, columns.other_names));
  if (!columns.transliterated_names.empty())
    builder_.set_node_value(node, node_.transliterated_names, join(fields, columns.transliterated_names));
  const auto set = [&](std::size_t column, const std::optional<std::size_t>& field) {
    if (field && !fields[*field].empty()) builder_.set_node_value(node, column, fields[*field]);
  };
  set(node_.legal_form, columns.legal_form);
  set(node_.legal_form_other, columns.other_legal_form);
  set(node_.legal_country, columns.legal_country);
  set(node_.hq_country, columns.hq_country);
  set(node_.entity_status, columns.entity_status);
  set(node_.registration_status, columns.registration_status);
  if (!registered.empty()) builder_.set_node_value(node, node_.initial_registration, registered);
  builder_.set_node_value(node, node_.url, gleif_record_url(lei));
  if (columns.legal_country && !fields[*columns.legal_country].empty()) {
    const edge_index edge = builder_.add_edge(node, market(fields[*columns.legal_country]), "located_in");
    cite(edge, lei);
  }
}

void gleif_loader::load_relationship(const gleif_relationship_columns& columns,
                                     std::span<const std::string_view> fields, const csv_reader& reader) {
  const auto endpoint = [&](std::size_t column) -> std::optional<node_index> {
    const std::string_view lei = fields[column];
    if (lei.empty()) {
      events_.reject(fields, reader.locate(column, "empty LEI"));
      return std::nullopt;
    }
    const auto node = find(lei);
    if (!node)
      events_.reject(fields, reader.locate(column, "unknown LEI '" + std::string(lei) + "' (no LEI-CDF record)"));
    return node;
  };
  const auto child = endpoint(columns.child);
  if (!child) return;
  const auto parent = endpoint(columns.parent);
  if (!parent) return;
  if (fields[columns.type].empty())
    return events_.reject(fields, reader.locate(columns.type, "empty Relationship.RelationshipType"));
  std::string_view since;
  std::string_view until;
  for (const auto& period : columns.periods) {
    if (!period.type || fields[*period.type] != relationship_period) continue;
    for (auto [column, date] : {std::pair{period.start, &since}, std::pair{period.end, &until}}) {
      if (!column || fields[*column].empty()) continue;
      *date = gleif_date(fields[*column]);
      if (date->empty())
        return events_.reject(fields, reader.locate(*column, "relationship period: not an ISO 8601 date ('" +
                                                                 std::string(fields[*column]) + "')"));
    }
    if (std::string why = until.empty() ? std::string() : check_lifespan(since, until); !why.empty())
      return events_.reject(fields, reader.locate(period.end.value_or(columns.type), "relationship period: " + why));
    break;
  }
  if (*child == *parent)
    events_.warn(reader.locate(columns.child, "self-loop on '" + std::string(fields[columns.child]) + "'"));
  const edge_index edge = builder_.add_edge(*parent, *child, "owns");
  builder_.set_edge_value(edge, edge_.relationship_type, fields[columns.type]);
  if (columns.status && !fields[*columns.status].empty())
    builder_.set_edge_value(edge, edge_.relationship_status, fields[*columns.status]);
  if (!since.empty()) builder_.set_edge_value(edge, edge_.since, since);
  if (!until.empty()) builder_.set_edge_value(edge, edge_.until, until);
  cite(edge, fields[columns.child]);
}

void gleif_loader::load_exception(const gleif_exception_columns& columns, std::span<const std::string_view> fields,
                                  const csv_reader& reader) {
  const std::string_view lei = fields[columns.lei];
  if (lei.empty()) return events_.reject(fields, reader.locate(columns.lei, "empty LEI"));
  const auto node = find(lei);
  if (!node)
    return events_.reject(fields,
                          reader.locate(columns.lei, "unknown LEI '" + std::string(lei) + "' (no LEI-CDF record)"));
  const std::string_view category = fields[columns.category];
  if (category.empty()) return events_.reject(fields, reader.locate(columns.category, "empty exception category"));
  auto [at, added] = exception_columns_.try_emplace(std::string(category), 0);
  if (added) {
    std::string name = "exception_";
    std::transform(category.begin(), category.end(), std::back_inserter(name),
                   [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    at->second = builder_.node_column(name, value_type::string, true);
  }
  builder_.set_node_value(*node, at->second, join(fields, columns.reasons));
}

}  // namespace chainex
