// dataset.json's relation classes (see dataset_meta.hpp).
#include "chainex/core/dataset_meta.hpp"

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

namespace chainex::core {

relation_classes relation_classes_of(std::string_view dataset_json) {
  relation_classes classes;
  if (dataset_json.empty()) return classes;
  const nlohmann::json doc = nlohmann::json::parse(dataset_json, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) throw std::invalid_argument("dataset.json is not a JSON object");
  const auto entry = doc.find("relation_classes");
  if (entry == doc.end()) return classes;
  if (!entry->is_object()) throw std::invalid_argument("dataset.json: relation_classes must be an object");
  for (const auto& [name, types] : entry->items()) {
    const auto kind = parse_relation_class(name);
    if (!kind || !types.is_array())
      throw std::invalid_argument("dataset.json: relation_classes." + name +
                                  " must be a list under \"business\" or \"structural\"");
    for (const auto& type : types) {
      if (!type.is_string())
        throw std::invalid_argument("dataset.json: relation_classes." + name + " lists a non-string");
      classes.declare(type.get<std::string>(), *kind);
    }
  }
  return classes;
}

}  // namespace chainex::core
