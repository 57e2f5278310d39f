// GEXF 1.1–1.3 (https://gexf.net) as Gephi, networkx and chainex write it.
//
// `<attributes class="node|edge">` declares typed attributes (`<attribute id title type>`, with an
// optional `<default>`), whose values come in each element's `<attvalues>` (`for`, or `id` in 1.1).
// A node's attribute titled `name` (without case), else its `label`, is its name; its attribute titled
// `kind` its kind. An edge's relation is its attribute titled `type`, else one titled `kind`, else its
// `kind`, else its `type` when that is not a direction (networkx writes an edge's `type` data there),
// else its `label` (kept as a `label` property when it is not the relation); `weight` is its weight and
// `type` (directed, undirected, mutual) or the graph's `defaultedgetype` its direction. Dynamic graphs: an element's
// `start`/`end`, or else the first `<spell>`'s start and the last one's end, become `since`/`until`
// properties, written as in the file. `viz:*` is left out.
#include <algorithm>
#include <map>

#include "import_plan.hpp"
#include "readers.hpp"

namespace chainex::xml {
namespace {

enum class field { property, kind, name };  // kind: a node's kind or an edge's relation

struct attribute_info {
  std::string title;
  value_type type = value_type::string;
  std::optional<std::string> fallback;
  std::size_t column = 0;
  field use = field::property;
};

using attribute_map = std::map<std::string, attribute_info, std::less<>>;

bool is_direction(std::string_view type) { return type == "directed" || type == "undirected" || type == "mutual"; }
bool is_directed(std::string_view type) { return type != "undirected" && type != "mutual"; }

class gexf_handler final : public handler {
 public:
  gexf_handler(const xml_reader& reader, graph_sink& sink) : reader_(reader), sink_(sink) {}

  void start(std::string_view name, const attributes& attributes) override {
    if (name == "graph") {
      directed_by_default_ = is_directed(attributes.get("defaultedgetype").value_or("directed"));
    } else if (name == "attributes") {
      domain_ = attributes.get("class") == "edge" ? element_kind::edge : element_kind::node;
    } else if (name == "attribute") {
      attribute_id_ = attributes.get("id").value_or("");
      attribute_.emplace();
      attribute_->title = attributes.get("title").value_or(attribute_id_);
      attribute_->type =
          graph_sink::column_type(attribute_->title, value_type_named(attributes.get("type").value_or("string")));
    } else if (name == "node" || name == "edge") {
      start_element(name == "edge" ? element_kind::edge : element_kind::node, attributes);
    } else if (name == "attvalue" && !open_.empty()) {
      attvalue(attributes);
    } else if (name == "spell" && !open_.empty()) {
      auto& open = open_.back();
      if (!open.since) open.since = attributes.get("start").value_or(attributes.get("startopen").value_or(""));
      open.until = attributes.get("end").value_or(attributes.get("endopen").value_or(""));
    }
  }

  void end(std::string_view name, std::string_view text) override {
    if (name == "default" && attribute_) {
      attribute_->fallback = std::string(text);
    } else if (name == "attribute" && attribute_) {
      declare(std::move(*attribute_));
      attribute_.reset();
    } else if ((name == "node" || name == "edge") && !open_.empty()) {
      finish_element();
    }
  }

 private:
  struct open_element {
    element_kind kind;
    pending_element item;
    std::optional<std::string> since, until;
    std::string label;           // an edge's label
    std::string kind_attribute;  // an edge's `kind`, or its `type` when not a direction
    bool has_relation = false;   // from an attribute titled type or kind
  };

  void declare(attribute_info info) {
    auto& map = domain_ == element_kind::edge ? edge_attributes_ : node_attributes_;
    const bool edge = domain_ == element_kind::edge;
    if (equals_ignoring_case(info.title, "kind") || (edge && equals_ignoring_case(info.title, "type"))) {
      info.use = field::kind;
    } else if (!edge && equals_ignoring_case(info.title, "name")) {
      info.use = field::name;
    } else {
      info.column = sink_.column(domain_, info.title, info.type, info.fallback);
    }
    map.emplace(attribute_id_, std::move(info));
  }

  void start_element(element_kind kind, const attributes& attributes) {
    auto& open = open_.emplace_back(open_element{kind, element_at(reader_.here({})), {}, {}, {}, {}, false});
    auto& item = open.item;
    if (kind == element_kind::node) {
      item.id = attributes.get("id").value_or("");
      item.name = attributes.get("label").value_or("");
    } else {
      item.source = attributes.get("source").value_or("");
      item.target = attributes.get("target").value_or("");
      const std::string_view type = attributes.get("type").value_or("");
      item.directed = is_direction(type) ? is_directed(type) : directed_by_default_;
      open.label = attributes.get("label").value_or("");
      open.kind_attribute = attributes.get("kind").value_or(is_direction(type) ? "" : type);
      if (const auto weight = attributes.get("weight")) {
        const std::string_view value = trimmed(*weight, value_type::floating);
        if (sink_.check(reader_.here({}), value_type::floating, "weight", value)) item.weight = value;
      }
    }
    if (const auto start = attributes.get("start")) open.since = std::string(*start);
    if (const auto end = attributes.get("end")) open.until = std::string(*end);
    if (const auto end = attributes.get("endopen")) open.until = std::string(*end);
  }

  void attvalue(const attributes& attributes) {
    auto& open = open_.back();
    const auto& map = open.kind == element_kind::edge ? edge_attributes_ : node_attributes_;
    const std::string_view id = attributes.get("for").value_or(attributes.get("id").value_or(""));
    const auto found = map.find(id);
    if (found == map.end())
      return sink_.error(reader_.here("value for the undeclared attribute '" + std::string(id) + "'"));
    const attribute_info& info = found->second;
    const std::string_view value = trimmed(attributes.get("value").value_or(""), info.type);
    if (!value.empty() && !sink_.check(reader_.here({}), info.type, info.title, value)) return;
    if (info.use == field::kind) {
      // An edge's `type` attribute outranks one titled `kind`.
      if (!open.has_relation || equals_ignoring_case(info.title, "type")) open.item.kind = value;
      open.has_relation = true;
    } else if (info.use == field::name) {
      open.item.name = value;
    } else if (!value.empty()) {
      open.item.values.emplace_back(info.column, value);
    }
  }

  void finish_element() {
    auto& open = open_.back();
    auto& item = open.item;
    if (open.kind == element_kind::edge && !open.has_relation) {
      item.kind = !open.kind_attribute.empty() ? open.kind_attribute : open.label;
    }
    if (open.kind == element_kind::edge && !open.label.empty() && open.label != item.kind)
      item.values.emplace_back(sink_.column(element_kind::edge, "label", value_type::string), open.label);
    // A since or until attribute (chainex writes the dates as written there) outranks the spell's day.
    diagnostic start_tag = reader_.here({});
    start_tag.line = item.line;
    start_tag.column = item.column;
    for (const auto& [name, spell] : {std::pair{"since", &open.since}, std::pair{"until", &open.until}}) {
      if (!*spell || (*spell)->empty()) continue;
      const std::size_t column = sink_.column(open.kind, name, value_type::date);
      const bool given =
          std::any_of(item.values.begin(), item.values.end(), [&](auto& v) { return v.first == column; });
      if (!given && sink_.check(start_tag, value_type::date, name, **spell)) item.values.emplace_back(column, **spell);
    }
    if (open.kind == element_kind::node) {
      sink_.add_node(std::move(item));
    } else {
      sink_.add_edge(std::move(item));
    }
    open_.pop_back();
  }

  const xml_reader& reader_;
  graph_sink& sink_;
  attribute_map node_attributes_, edge_attributes_;
  element_kind domain_ = element_kind::node;
  std::optional<attribute_info> attribute_;
  std::string attribute_id_;
  bool directed_by_default_ = true;
  std::vector<open_element> open_;  // a node of a hierarchical graph holds nodes
};

}  // namespace

import_result read_gexf(const std::string& file, std::string_view text, const import_options& options) {
  return read_document<gexf_handler>(file, text, options, csv_convention::gexf);
}

}  // namespace chainex::xml
