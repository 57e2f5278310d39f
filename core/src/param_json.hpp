// param_json.hpp — a registry parameter described in JSON, as /api/metrics and the OpenAPI document list it.
#pragma once

#include <nlohmann/json.hpp>

#include "chainex/core/registry.hpp"

namespace chainex::core {

// {"name","type","help","default"?,"min"?,"max"?,"values"?,"required"}
[[nodiscard]] nlohmann::json param_json(const param_spec& param);
// The value of a parameter's default text as its JSON type (integer, number, boolean or string).
[[nodiscard]] nlohmann::json default_json(const param_spec& param);

}  // namespace chainex::core
