// GraphML (http://graphml.graphdrawing.org) as networkx, Gephi, yEd and chainex write it.
//
// `<key id for attr.name attr.type>` declares a typed value (`for` node, edge or all; a `<default>`
// child is the value of elements without one). Data whose key is named (attr.name, without case) `kind`
// (else `type`) gives a node its kind, `name` (else `label`) its name; `type` (else `kind`, else
// `label` or Gephi's `Edge Label`) gives an edge its relation and `weight` its weight. Every other key is a property of
// its own name and type. An edge is directed unless its `directed` attribute or the graph's `edgedefault` says
// otherwise. yEd's graphics keys (`yfiles.type`) and their `y:` content are left out, as are graph-level keys, ports
// and hyperedges (with a warning).
#include <map>

#include "import_plan.hpp"
#include "readers.hpp"

namespace chainex::xml {
namespace {

enum class role { property, kind, name, relation, weight, ignored };

struct key_info {
  std::string name;
  value_type type = value_type::string;
  element_kind domain = element_kind::node;
  bool both = false;  // for="all"
  role use = role::property;
  std::optional<std::string> fallback;
  std::size_t column = 0;
};

// The keys of one domain that fill a first-class field, in order of preference.
role role_of(element_kind domain, std::string_view name, const std::map<std::string, key_info, std::less<>>& keys) {
  const auto declared = [&](std::string_view other) {
    for (const auto& [id, key] : keys) {
      if ((key.domain == domain || key.both) && key.use != role::ignored && equals_ignoring_case(key.name, other))
        return true;
    }
    return false;
  };
  if (domain == element_kind::node) {
    if (equals_ignoring_case(name, "kind")) return role::kind;
    if (equals_ignoring_case(name, "type") && !declared("kind")) return role::kind;
    if (equals_ignoring_case(name, "name")) return role::name;
    if (equals_ignoring_case(name, "label") && !declared("name")) return role::name;
  } else {
    if (equals_ignoring_case(name, "type")) return role::relation;
    if (equals_ignoring_case(name, "kind") && !declared("type")) return role::relation;
    // Gephi names an edge's label key `Edge Label`.
    if ((equals_ignoring_case(name, "label") || equals_ignoring_case(name, "edge label")) && !declared("type") &&
        !declared("kind"))
      return role::relation;
    if (equals_ignoring_case(name, "weight")) return role::weight;
  }
  return role::property;
}

class graphml_handler final : public handler {
 public:
  graphml_handler(const xml_reader& reader, graph_sink& sink) : reader_(reader), sink_(sink) {}

  void start(std::string_view name, const attributes& attributes) override {
    if (name == "key") return start_key(attributes);
    if (name == "graph") {
      if (!graph_seen_) directed_by_default_ = attributes.get("edgedefault") != "undirected";
      graph_seen_ = true;
      return;
    }
    if (name == "node") {
      if (!roles_set_) set_roles();
      nodes_.push_back(element_at(reader_.here({})));
      nodes_.back().id = attributes.get("id").value_or("");
      return;
    }
    if (name == "edge") {
      if (!roles_set_) set_roles();
      edge_.emplace(element_at(reader_.here({})));
      edge_->source = attributes.get("source").value_or("");
      edge_->target = attributes.get("target").value_or("");
      const auto directed = attributes.get("directed");
      edge_->directed = directed ? *directed != "false" && *directed != "0" : directed_by_default_;
      return;
    }
    if (name == "data") {
      data_where_ = reader_.here({});
      data_key_ = attributes.get("key").value_or("");
      return;
    }
    if (name == "hyperedge" && !hyperedge_warned_) {
      hyperedge_warned_ = true;
      sink_.warn(reader_.here("hyperedges are not read (chainex edges join two nodes)"));
    }
  }

  void end(std::string_view name, std::string_view text) override {
    if (name == "default" && key_) {
      key_->fallback = std::string(text);
    } else if (name == "key" && key_) {
      if (keys_.emplace(key_id_, std::move(*key_)).second) key_order_.push_back(key_id_);
      key_.reset();
    } else if (name == "data") {
      end_data(text);
    } else if (name == "node" && !nodes_.empty()) {
      fill_defaults(nodes_.back(), node_first_class_defaults_);
      sink_.add_node(std::move(nodes_.back()));
      nodes_.pop_back();
    } else if (name == "edge" && edge_) {
      fill_defaults(*edge_, edge_first_class_defaults_);
      sink_.add_edge(std::move(*edge_));
      edge_.reset();
    }
  }

 private:
  void start_key(const attributes& attributes) {
    key_id_ = attributes.get("id").value_or("");
    key_.emplace();
    const std::string_view domain = attributes.get("for").value_or("all");
    key_->domain = domain == "edge" ? element_kind::edge : element_kind::node;
    key_->both = domain == "all";
    if (domain != "node" && domain != "edge" && domain != "all") key_->use = role::ignored;
    if (attributes.get("yfiles.type")) key_->use = role::ignored;
    key_->name = attributes.get("attr.name").value_or(key_id_);
    key_->type = graph_sink::column_type(key_->name, value_type_named(attributes.get("attr.type").value_or("string")));
  }

  // Once the keys are known (they come before the graph): what each fills, and the property columns.
  void set_roles() {
    roles_set_ = true;
    for (const auto& id : key_order_) {  // columns in the order the keys are declared
      auto& key = keys_.at(id);
      if (key.use == role::ignored) continue;
      key.use = role_of(key.domain, key.name, keys_);
      if (key.use == role::property) key.column = sink_.column(key.domain, key.name, key.type, key.fallback);
    }
    // A for="all" key is a property of edges too (of nodes above); its first-class use is decided per domain.
    for (const auto& id : key_order_) {
      const auto& key = keys_.at(id);
      if (!key.both || key.use == role::ignored) continue;
      edge_twin_.emplace(id, key);
      auto& twin = edge_twin_.at(id);
      twin.domain = element_kind::edge;
      twin.use = role_of(element_kind::edge, key.name, keys_);
      if (twin.use == role::property) twin.column = sink_.column(element_kind::edge, key.name, key.type, key.fallback);
    }
    for (const auto* keys : {&keys_, &edge_twin_}) {
      for (const auto& [id, key] : *keys) {
        if (key.use == role::property || key.use == role::ignored || !key.fallback) continue;
        (key.domain == element_kind::node ? node_first_class_defaults_ : edge_first_class_defaults_).emplace_back(&key);
      }
    }
  }

  void end_data(std::string_view text) {
    pending_element* element = edge_ ? &*edge_ : nodes_.empty() ? nullptr : &nodes_.back();
    if (element == nullptr) return;  // graph-level data
    const auto& keys = edge_ && edge_twin_.contains(data_key_) ? edge_twin_ : keys_;
    const auto found = keys.find(data_key_);
    if (found == keys.end())
      return sink_.error(
          {data_where_.file, data_where_.line, data_where_.column, "data for the undeclared key '" + data_key_ + "'"});
    const key_info& key = found->second;
    if (key.use == role::ignored || (key.domain == element_kind::edge) != edge_.has_value()) return;
    const std::string_view value = trimmed(text, key.type);
    if (!value.empty() && !sink_.check(data_where_, key.type, key.name, value)) return;
    fill(*element, key, value);
  }

  // The `<default>` of each first-class key the element has no data for.
  static void fill_defaults(pending_element& element, const std::vector<const key_info*>& defaults) {
    for (const key_info* key : defaults) {
      const std::string& field = key->use == role::name     ? element.name
                                 : key->use == role::weight ? element.weight
                                                            : element.kind;
      if (field.empty()) fill(element, *key, *key->fallback);
    }
  }

  static void fill(pending_element& element, const key_info& key, std::string_view value) {
    switch (key.use) {
      case role::kind:
      case role::relation:
        element.kind = value;
        break;
      case role::name:
        element.name = value;
        break;
      case role::weight:
        element.weight = value;
        break;
      case role::property:
        if (!value.empty()) element.values.emplace_back(key.column, value);
        break;
      case role::ignored:
        break;
    }
  }

  const xml_reader& reader_;
  graph_sink& sink_;
  std::map<std::string, key_info, std::less<>> keys_;
  std::vector<std::string> key_order_;
  std::map<std::string, key_info, std::less<>> edge_twin_;  // for="all" keys as edges use them
  std::vector<const key_info*> node_first_class_defaults_, edge_first_class_defaults_;
  std::optional<key_info> key_;
  std::string key_id_;
  bool roles_set_ = false;
  bool graph_seen_ = false;
  bool directed_by_default_ = true;
  bool hyperedge_warned_ = false;
  std::vector<pending_element> nodes_;  // a yEd group node holds a graph of nodes
  std::optional<pending_element> edge_;
  diagnostic data_where_;
  std::string data_key_;
};

}  // namespace

import_result read_graphml(const std::string& file, std::string_view text, const import_options& options) {
  return read_document<graphml_handler>(file, text, options, csv_convention::graphml);
}

}  // namespace chainex::xml
