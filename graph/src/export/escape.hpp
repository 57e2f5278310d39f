// escape.hpp — escaping text for the export formats: XML (GraphML, GEXF) and JSON strings.
#pragma once

#include <ostream>
#include <string_view>

namespace chainex {

void write_xml_escaped(std::ostream& out, std::string_view text);
void write_json_string(std::ostream& out, std::string_view text);

}  // namespace chainex
