#include "cytoscape_reader.hpp"

#include <array>
#include <map>

#include "chainex/graph_sink.hpp"
#include "located_json.hpp"

namespace chainex::core {
namespace {

using json = nlohmann::ordered_json;

struct element_ref {
  const json* value;
  std::size_t offset;
  element_kind kind;
};

bool is_scalar(const json& value) { return value.is_string() || is_number_literal(value) || value.is_boolean(); }

// A scalar as chainex keeps it: text and numbers as written, booleans true/false; an object or an array as
// its JSON text.
std::string text_of(const json& value) {
  if (value.is_string()) return value.get_ref<const std::string&>();
  if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
  if (value.is_number_unsigned()) return std::to_string(value.get<std::uint64_t>());
  if (value.is_number_integer()) return std::to_string(value.get<std::int64_t>());
  if (value.is_binary()) return {value.get_binary().begin(), value.get_binary().end()};  // a number's literal
  return value.dump();
}

// A property value: an array's members joined by `;`; null is no value.
std::string property_text(const json& value) {
  if (!value.is_array()) return value.is_null() ? std::string() : text_of(value);
  std::string joined;
  bool first = true;
  for (const json& member : value) {
    if (!first) joined += ';';
    joined += text_of(member);
    first = false;
  }
  return joined;
}

// What the values of one property look like over the whole document, and so its column's type.
struct value_shape {
  bool text = false, floating = false, integer = false, boolean = false, array = false;

  void add(const json& value) {
    if (value.is_array()) {
      array = true;
      for (const json& member : value) add_scalar(member);
    } else if (!value.is_null()) {
      add_scalar(value);
    }
  }
  void add_scalar(const json& value) {
    text = text || !is_scalar(value) || value.is_string();
    floating = floating || value.is_binary();
    integer = integer || value.is_number_integer();  // unsigned too
    boolean = boolean || value.is_boolean();
  }
  [[nodiscard]] value_type type() const {
    if (text || (boolean && (floating || integer))) return value_type::string;
    if (boolean) return value_type::boolean;
    if (floating) return value_type::floating;
    return integer ? value_type::integer : value_type::string;
  }
};

// The first of `candidates` that some element's data holds.
std::string_view first_used(const std::vector<element_ref>& elements, element_kind kind,
                            std::initializer_list<std::string_view> candidates) {
  for (const std::string_view candidate : candidates) {
    for (const auto& element : elements) {
      if (element.kind == kind && (*element.value)["data"].contains(candidate)) return candidate;
    }
  }
  return {};
}

class cytoscape_reader {
 public:
  cytoscape_reader(graph_sink& sink, text_positions& positions) : sink_(sink), positions_(positions) {}

  void read(const located_elements& document) {
    const json& root = document.root;
    if (!root.is_object() || !root.contains("elements"))
      throw data_error(positions_.at(0, "not a Cytoscape.js document: expected an object with \"elements\""));
    if (const auto directed = root.find("directed"); directed != root.end() && directed->is_boolean())
      directed_by_default_ = directed->get<bool>();
    const std::vector<element_ref> elements = elements_of(root["elements"], document);
    node_keys_ = {first_used(elements, element_kind::node, {"kind", "type"}),
                  first_used(elements, element_kind::node, {"name", "label"})};
    relation_key_ = first_used(elements, element_kind::edge, {"type", "interaction", "kind", "label"});
    make_columns(elements);
    for (const auto& element : elements) {
      if (element.kind == element_kind::node) {
        add_node(element);
      } else {
        add_edge(element);
      }
    }
  }

 private:
  // The elements in document order, each checked to be an object with a "data" object.
  std::vector<element_ref> elements_of(const json& elements, const located_elements& document) {
    std::vector<element_ref> found;
    if (elements.is_array()) {
      for (std::size_t i = 0; i < elements.size(); ++i) {
        const json& element = elements[i];
        const std::size_t offset = document.flat[i];
        const bool edge = element.is_object() && element.contains("data") && element["data"].is_object() &&
                          element["data"].contains("source");
        element_kind kind = edge ? element_kind::edge : element_kind::node;
        if (const auto group = element.is_object() ? element.find("group") : element.end();
            element.is_object() && group != element.end()) {
          if (*group != "nodes" && *group != "edges")
            throw data_error(positions_.at(offset, "\"group\" must be \"nodes\" or \"edges\""));
          kind = *group == "edges" ? element_kind::edge : element_kind::node;
        }
        found.push_back(checked({&element, offset, kind}));
      }
    } else if (elements.is_object()) {
      for (const auto& [group, offsets, kind] : {std::tuple{"nodes", &document.nodes, element_kind::node},
                                                 std::tuple{"edges", &document.edges, element_kind::edge}}) {
        const auto list = elements.find(group);
        if (list == elements.end() || list->is_null()) continue;
        if (!list->is_array())
          throw data_error(positions_.at(0, "\"elements\".\"" + std::string(group) + "\" is not an array"));
        for (std::size_t i = 0; i < list->size(); ++i) found.push_back(checked({&(*list)[i], (*offsets)[i], kind}));
      }
    } else {
      throw data_error(positions_.at(0, "\"elements\" is neither an object nor an array"));
    }
    return found;
  }

  element_ref checked(element_ref element) {
    if (!element.value->is_object()) throw data_error(positions_.at(element.offset, "an element must be an object"));
    const auto data = element.value->find("data");
    if (data == element.value->end() || !data->is_object())
      throw data_error(positions_.at(element.offset, "element without a \"data\" object"));
    return element;
  }

  [[nodiscard]] bool is_field(element_kind kind, std::string_view key) const {
    if (kind == element_kind::node) return key == "id" || key == node_keys_[0] || key == node_keys_[1];
    return key == "source" || key == "target" || key == "id" || key == "weight" || key == "directed" ||
           key == relation_key_;
  }

  // One column per property, in order of first appearance, typed by all its values.
  void make_columns(const std::vector<element_ref>& elements) {
    std::array<std::vector<std::pair<std::string, value_shape>>, 2> shapes;
    std::array<std::map<std::string, std::size_t, std::less<>>, 2> shape_of;  // key: its index in shapes
    for (const auto& element : elements) {
      const auto domain = static_cast<std::size_t>(element.kind);
      for (const auto& [key, value] : (*element.value)["data"].items()) {
        if (is_field(element.kind, key)) continue;
        const auto [slot, added] = shape_of[domain].try_emplace(key, shapes[domain].size());
        if (added) shapes[domain].emplace_back(key, value_shape{});
        shapes[domain][slot->second].second.add(value);
      }
    }
    for (const auto kind : {element_kind::node, element_kind::edge}) {
      const auto domain = static_cast<std::size_t>(kind);
      for (const auto& [key, shape] : shapes[domain]) {
        const value_type type = graph_sink::column_type(key, shape.type());
        columns_[domain][key] = {sink_.column(kind, key, type, std::nullopt, shape.array), type, shape.array};
      }
    }
  }

  // The element's properties; false when one is not of its column's type (a bad date), reported.
  bool add_values(const element_ref& element, const diagnostic& where, pending_element& item) {
    const auto& columns = columns_[static_cast<std::size_t>(element.kind)];
    for (const auto& [key, value] : (*element.value)["data"].items()) {
      if (is_field(element.kind, key)) continue;
      std::string text = property_text(value);
      if (text.empty()) continue;
      const property_column& column = columns.find(key)->second;
      if (!column.array && !sink_.check(where, column.type, key, text)) return false;
      item.values.emplace_back(column.index, std::move(text));
    }
    return true;
  }

  // The text of a field that must be a string or a number (an id, a source, a target); "" when absent.
  std::string id_field(const element_ref& element, std::string_view key) {
    const json& data = (*element.value)["data"];
    const auto found = data.find(key);
    if (found == data.end() || found->is_null()) return {};
    if (!found->is_string() && !is_number_literal(*found))
      throw data_error(positions_.at(element.offset, "\"" + std::string(key) + "\" must be text or a number"));
    return text_of(*found);
  }

  std::string text_field(const element_ref& element, std::string_view key) {
    if (key.empty()) return {};
    const json& data = (*element.value)["data"];
    const auto found = data.find(key);
    return found == data.end() || found->is_null() ? std::string() : text_of(*found);
  }

  void add_node(const element_ref& element) {
    const diagnostic where = positions_.at(element.offset);
    pending_element node = element_at(where);
    node.id = id_field(element, "id");
    node.kind = text_field(element, node_keys_[0]);
    node.name = text_field(element, node_keys_[1]);
    if (add_values(element, where, node)) sink_.add_node(std::move(node));
  }

  void add_edge(const element_ref& element) {
    const diagnostic where = positions_.at(element.offset);
    const auto fail = [&](std::string message) {
      sink_.error({where.file, where.line, where.column, std::move(message)});
    };
    pending_element edge = element_at(where);
    edge.source = id_field(element, "source");
    edge.target = id_field(element, "target");
    if (edge.source.empty()) return fail("edge without a \"source\"");
    if (edge.target.empty()) return fail("edge without a \"target\"");
    edge.kind = text_field(element, relation_key_);
    const json& data = (*element.value)["data"];
    if (const auto weight = data.find("weight"); weight != data.end() && !weight->is_null()) {
      if (!is_number_literal(*weight) && !weight->is_string()) return fail("\"weight\" must be a number");
      edge.weight = text_of(*weight);
      if (!sink_.check(where, value_type::floating, "weight", edge.weight)) return;
    }
    edge.directed = directed_by_default_;
    if (const auto directed = data.find("directed"); directed != data.end() && !directed->is_null()) {
      if (!directed->is_boolean()) return fail("\"directed\" must be true or false");
      edge.directed = directed->get<bool>();
    }
    if (add_values(element, where, edge)) sink_.add_edge(std::move(edge));
  }

  graph_sink& sink_;
  text_positions& positions_;
  bool directed_by_default_ = true;
  std::array<std::string_view, 2> node_keys_;  // kind, name
  std::string_view relation_key_;
  struct property_column {
    std::size_t index;
    value_type type;
    bool array;
  };
  std::array<std::map<std::string, property_column, std::less<>>, 2> columns_;  // per element_kind
};

}  // namespace

import_result read_cytoscape_json(const std::string& file, std::string_view text, const import_options& options) {
  graph_sink sink(file, options, csv_convention::cytoscape, text.size());
  text_positions positions(file, text);
  try {
    cytoscape_reader(sink, positions).read(parse_located_elements(file, text));
  } catch (const data_error& failure) {
    sink.error(failure.where());
  }
  return std::move(sink).finish();
}

}  // namespace chainex::core
