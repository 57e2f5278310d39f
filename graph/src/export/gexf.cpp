// GEXF 1.2 (https://gexf.net), the version both Gephi and networkx 2.8 read: node labels are names,
// the kind, the edge type and every property column are attributes. A dated graph (chainex/dates.hpp) is
// `mode="dynamic" timeformat="date"`, each dated node and edge with `start` (its since's first day) and
// `end` (the last day it is present: GEXF's intervals are closed, chainex's until is the first day gone),
// so that Gephi's timeline plays it; the since and until attributes keep the dates as written.
#include "escape.hpp"
#include "writers.hpp"

namespace chainex::exporting {
namespace {

void write_attributes(std::ostream& out, const char* domain, std::string_view first,
                      std::span<const column_info> columns) {
  out << "    <attributes class=\"" << domain << "\">\n";
  out << "      <attribute id=\"" << first << "\" title=\"" << first << "\" type=\"string\"/>\n";
  for (std::size_t c = 0; c < columns.size(); ++c) {
    out << "      <attribute id=\"" << c << "\" title=\"";
    write_xml_escaped(out, columns[c].name);
    out << "\" type=\"" << typed_column_name(columns[c].type) << "\"/>\n";
  }
  out << "    </attributes>\n";
}

void write_value(std::ostream& out, std::string_view key, std::string_view value) {
  out << "<attvalue for=\"" << key << "\" value=\"";
  write_xml_escaped(out, value);
  out << "\"/>";
}

void write_indexed_value(std::ostream& out, std::size_t column, std::string_view value) {
  write_value(out, std::to_string(column), value);
}

// ` start="…" end="…"` for an item present from `since` to before `until`, each left out when open.
void write_spell(std::ostream& out, const lifespans& spans, std::size_t item) {
  if (!spans.dated()) return;
  if (spans.since(item) != first_day) out << " start=\"" << format_date(spans.since(item)) << '"';
  if (spans.until(item) != last_day) out << " end=\"" << format_date(spans.until(item) - 1) << '"';
}

}  // namespace

void write_gexf(const snapshot& graph, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n";
  const lifespans nodes = graph.node_lifespans();
  const lifespans edges = graph.edge_lifespans();
  out << "  <graph defaultedgetype=\"directed\" "
      << (nodes.dated() || edges.dated() ? "mode=\"dynamic\" timeformat=\"date\"" : "mode=\"static\"") << ">\n";
  write_attributes(out, "node", "kind", graph.node_columns());
  write_attributes(out, "edge", "type", graph.edge_columns());
  out << "    <nodes>\n";
  for (node_index node = 0; node < graph.node_count(); ++node) {
    out << "      <node id=\"";
    write_xml_escaped(out, graph.id(node));
    out << "\" label=\"";
    write_xml_escaped(out, graph.name(node));
    out << '"';
    write_spell(out, nodes, node);
    out << "><attvalues>";
    write_value(out, "kind", graph.kind_name(node));
    for_each_node_value(graph, node,
                        [&](std::size_t c, std::string_view value) { write_indexed_value(out, c, value); });
    out << "</attvalues></node>\n";
  }
  out << "    </nodes>\n    <edges>\n";
  for (edge_index edge = 0; edge < graph.edge_count(); ++edge) {
    out << "      <edge id=\"" << edge << "\" source=\"";
    write_xml_escaped(out, graph.id(graph.source(edge)));
    out << "\" target=\"";
    write_xml_escaped(out, graph.id(graph.target(edge)));
    out << "\" type=\"" << (graph.directed(edge) ? "directed" : "undirected") << "\" label=\"";
    write_xml_escaped(out, graph.type_name(edge));
    out << "\" weight=\"" << number_text(graph.weight(edge)) << '"';
    write_spell(out, edges, edge);
    out << "><attvalues>";
    write_value(out, "type", graph.type_name(edge));
    for_each_edge_value(graph, edge,
                        [&](std::size_t c, std::string_view value) { write_indexed_value(out, c, value); });
    out << "</attvalues></edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace chainex::exporting
