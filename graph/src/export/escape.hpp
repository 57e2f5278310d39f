// escape.hpp — escaping text for the export formats: XML (GraphML, GEXF), JSON strings and CSV fields.
#pragma once

#include <ostream>
#include <string_view>

namespace chainex {

void write_xml_escaped(std::ostream& out, std::string_view text);
void write_json_string(std::ostream& out, std::string_view text);
void write_csv_field(std::ostream& out, std::string_view text);

}  // namespace chainex
