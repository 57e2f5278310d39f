// Registry parameters as JSON (see param_json.hpp).
#include "param_json.hpp"

#include <string>

namespace chainex::core {

nlohmann::json default_json(const param_spec& param) {
  const std::string text(param.fallback);
  switch (param.type) {
    case param_type::integer:
      return std::stoll(text);
    case param_type::number:
      return std::stod(text);
    case param_type::boolean:
      return text == "true";
    case param_type::text:
    case param_type::choice:
    case param_type::list:
    case param_type::date:
      break;
  }
  return text;
}

nlohmann::json param_json(const param_spec& param) {
  nlohmann::json out = {{"name", param.name}, {"type", to_string(param.type)}, {"help", param.help}};
  if (!param.fallback.empty()) out["default"] = default_json(param);
  if (param.bounded()) {
    out["min"] = param.type == param_type::integer ? nlohmann::json(static_cast<long long>(param.min))
                                                   : nlohmann::json(param.min);
    out["max"] = param.type == param_type::integer ? nlohmann::json(static_cast<long long>(param.max))
                                                   : nlohmann::json(param.max);
  }
  if (!param.choices.empty()) out["values"] = param.choices;
  out["required"] = param.required;
  return out;
}

}  // namespace chainex::core
