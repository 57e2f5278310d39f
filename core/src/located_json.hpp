// located_json.hpp — a Cytoscape.js document parsed by nlohmann, with where each element starts.
//
// nlohmann's DOM keeps no positions, so the parse goes through its SAX interface over a cursor that
// tells how far the lexer has read: each member of "elements" (flat form) or of "elements"."nodes" and
// "elements"."edges" has its byte offset noted, and a syntax error becomes a data_error at its line and
// column. A number with a fraction or an exponent keeps the text it was written with (nlohmann's DOM would
// keep only the double, and "104.20" would come back as "104.2"): it is stored as a binary value, which
// JSON text cannot otherwise produce (see is_number_literal).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "chainex/diagnostic.hpp"

namespace chainex::core {

struct located_elements {
  nlohmann::ordered_json root;  // members in document order, so columns keep it
  // Byte offsets, in document order, of the members of "elements" when it is an array, and of
  // "elements"."nodes" and "elements"."edges" when it is an object.
  std::vector<std::size_t> flat, nodes, edges;
};

// Whether `value` is a number: an integer, or a binary value holding the text of a number with a fraction.
[[nodiscard]] inline bool is_number_literal(const nlohmann::ordered_json& value) {
  return value.is_number() || value.is_binary();
}

// Throws data_error at the line and column of a syntax error.
[[nodiscard]] located_elements parse_located_elements(const std::string& file, std::string_view text);

// Turns byte offsets into 1-based lines and columns (in characters), cheaply when asked in rising order.
class text_positions {
 public:
  text_positions(std::string file, std::string_view text) : file_(std::move(file)), text_(text) {}
  [[nodiscard]] diagnostic at(std::size_t offset, std::string message = {});

 private:
  std::string file_;
  std::string_view text_;
  std::size_t offset_ = 0, line_ = 1, column_ = 1;  // the last position computed
};

}  // namespace chainex::core
