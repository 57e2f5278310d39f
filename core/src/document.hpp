// document.hpp — a JSON document written out as text, with the envelope a front door adds.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "chainex/core/encode.hpp"

namespace chainex::core {

// Adds the envelope's members to an object and dumps it (invalid UTF-8 replaced by U+FFFD).
[[nodiscard]] std::string document_text(nlohmann::json body, const encode_options& options);

}  // namespace chainex::core
