#include "chainex/core/graph_document.hpp"

#include <fstream>
#include <iterator>

#include "cytoscape_reader.hpp"

namespace chainex::core {
namespace {

// A JSON document is an object: its first character, after a byte-order mark and white space, is '{'.
bool looks_like_json(std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  const auto first = head.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && head[first] == '{';
}

std::string read_head(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(4096, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return head;
}

}  // namespace

std::optional<graph_file_format> detect_graph_document(const csv_input& input) {
  const std::string head = input.in_memory ? std::string() : read_head(input.path);
  if (looks_like_json(input.in_memory ? input.content() : std::string_view(head))) return graph_file_format::cytoscape;
  return detect_graph_file(input);
}

import_result import_graph_document(const csv_input& input, const import_options& options) {
  if (detect_graph_document(input) != graph_file_format::cytoscape) return import_graph_file(input, options);
  if (input.in_memory) return read_cytoscape_json(input.name, input.content(), options);
  std::ifstream in(input.path, std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return read_cytoscape_json(input.name, text, options);
}

}  // namespace chainex::core
