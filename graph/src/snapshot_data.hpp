// snapshot_data.hpp — what a snapshot holds, for the code in graph/src only.
//
// The adjacency is a boost::compressed_sparse_row_graph in both directions; edges are numbered in source
// order, so Boost's edge index of an edge is chainex's edge_index. Only snapshot.cpp (the accessors) and
// snapshot_builder.cpp see it; algorithms go through the snapshot's accessors.
#pragma once

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "chainex/snapshot.hpp"
#include "string_table.hpp"
#include "text_column.hpp"

namespace chainex {

using csr_graph = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property, boost::no_property,
                                                     boost::no_property, node_index, edge_index>;

// Properties as columns: one interned-string id per row (0 is the empty string).
struct property_columns {
  std::vector<column_info> info;
  std::vector<std::vector<std::uint32_t>> values;
};

struct snapshot_data {
  std::uint64_t version = 0;

  string_table ids;              // id of node i is ids.at(i)
  string_table strings;          // property values; id 0 is ""
  text_column names;             // per node
  std::vector<kind_code> kinds;  // per node
  std::vector<std::string> kind_names;
  property_columns node_properties;

  std::vector<node_index> sources;  // per edge; targets are graph.m_forward.m_column
  std::vector<type_code> types;
  std::vector<std::string> type_names;
  std::vector<double> weights;
  std::vector<std::uint8_t> directed;
  bool any_undirected = false;
  property_columns edge_properties;

  // Read from the since and until columns by snapshot_builder::build(); empty when nothing is dated.
  std::vector<lifespan> node_spans;
  std::vector<lifespan> edge_spans;

  csr_graph graph;
};

}  // namespace chainex
