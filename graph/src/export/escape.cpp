#include "escape.hpp"

#include <cstdio>

namespace chainex {

void write_xml_escaped(std::ostream& out, std::string_view text) {
  for (const char c : text) {
    switch (c) {
      case '&':
        out << "&amp;";
        break;
      case '<':
        out << "&lt;";
        break;
      case '>':
        out << "&gt;";
        break;
      case '"':
        out << "&quot;";
        break;
      case '\n':
        out << "&#10;";
        break;
      case '\r':
        out << "&#13;";
        break;
      case '\t':
        out << "&#9;";
        break;
      default:
        // Control characters other than tab and newlines cannot appear in XML 1.0; leave them out.
        if (static_cast<unsigned char>(c) >= 0x20) out << c;
    }
  }
}

void write_json_string(std::ostream& out, std::string_view text) {
  out << '"';
  for (const char c : text) {
    switch (c) {
      case '"':
        out << "\\\"";
        break;
      case '\\':
        out << "\\\\";
        break;
      case '\n':
        out << "\\n";
        break;
      case '\r':
        out << "\\r";
        break;
      case '\t':
        out << "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
          out << escaped;
        } else {
          out << c;
        }
    }
  }
  out << '"';
}

}  // namespace chainex
