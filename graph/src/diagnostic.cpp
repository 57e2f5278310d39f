#include "chainex/diagnostic.hpp"

namespace chainex {

std::string diagnostic::to_string() const {
  std::string text = file;
  if (line > 0) {
    text += ':' + std::to_string(line);
    if (column > 0) text += ':' + std::to_string(column);
  }
  if (!text.empty()) text += ": ";
  return text + message;
}

data_error::data_error(diagnostic where) : std::runtime_error(where.to_string()), where_(std::move(where)) {}

}  // namespace chainex
