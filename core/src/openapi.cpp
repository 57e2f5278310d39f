// The OpenAPI document: the skeleton's routes with their parameters written from the registry (encode.hpp).
#include <algorithm>
#include <stdexcept>

#include "chainex/core/encode.hpp"
#include "param_json.hpp"
#include "shapes.hpp"

namespace chainex::core {
namespace {

json schema_of(const param_spec& param) {
  json schema = json::object();
  switch (param.type) {
    case param_type::integer:
      schema["type"] = "integer";
      break;
    case param_type::number:
      schema["type"] = "number";
      break;
    case param_type::boolean:
      schema["type"] = "boolean";
      break;
    case param_type::text:
    case param_type::choice:
    case param_type::list:
      schema["type"] = "string";
      break;
    case param_type::date:
      schema["type"] = "string";
      schema["pattern"] = R"(^\d{4}(-\d{2}(-\d{2})?)?$)";
      break;
  }
  if (param.bounded()) {
    const json bounds = param_json(param);
    schema["minimum"] = bounds["min"];
    schema["maximum"] = bounds["max"];
  }
  if (param.type == param_type::choice) schema["enum"] = param.choices;
  if (!param.fallback.empty()) schema["default"] = default_json(param);
  return schema;
}

json parameter_of(const param_spec& param) {
  std::string description(help_line(param));
  if (param.type == param_type::list) description += "; comma-separated";
  json out = {{"name", param.name},
              {"in", param.in_path ? "path" : "query"},
              {"description", std::move(description)},
              {"schema", schema_of(param)}};
  if (param.required || param.in_path) out["required"] = true;
  return out;
}

}  // namespace

std::string openapi_document(std::string_view skeleton) {
  json document = json::parse(skeleton);
  json& paths = document.at("paths");
  for (const query_spec& query : all_queries()) {
    if (query.route.empty()) continue;
    std::string method(query.method);
    std::ranges::transform(method, method.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    const std::string route(query.route);
    if (!paths.contains(route) || !paths[route].contains(method))
      throw std::logic_error("the OpenAPI skeleton has no " + method.append(" ").append(route));
    json parameters = json::array();
    for (const param_spec& param : query.params)
      if (param.taken_by(front_door::api)) parameters.push_back(parameter_of(param));
    json& operation = paths[route][method];
    operation["summary"] = query.summary;
    operation["x-chainex-query"] = query.name;  // the registry's name; `chainex <name>` when x-chainex-cli
    operation["x-chainex-cli"] = query.cli;
    if (parameters.empty()) {
      operation.erase("parameters");
    } else {
      operation["parameters"] = std::move(parameters);
    }
  }
  return document.dump(1);
}

}  // namespace chainex::core
