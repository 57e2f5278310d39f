// dataset_meta.hpp — what a query needs from a dataset's dataset.json, read once when the data is loaded.
//
// Today: the business/structural class of edge types (graph/query/relation_classes.hpp). dataset.json may
// hold "relation_classes": {"business": ["owns", …], "structural": ["located_in", …]}; each type listed
// overrides the built-in table, the others keep it. The server reads it into its served_graph, the CLI
// from the data folder; both hand it to queries through query_context::relations.
//
//   relation_classes classes = core::relation_classes_of(read_text(folder / "dataset.json"));
#pragma once

#include <string_view>

#include "chainex/query/relation_classes.hpp"

namespace chainex::core {

// The built-in table overridden by the document's "relation_classes"; "" or a document without it: the
// built-in table. Throws std::invalid_argument when the document is not JSON or the entry is malformed.
[[nodiscard]] relation_classes relation_classes_of(std::string_view dataset_json);

}  // namespace chainex::core
