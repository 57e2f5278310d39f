// query_support.hpp — what the query subcommands (path, neighbors, centrality, position, components) share:
// the options that shape a walk, node lookup, and the JSON every one of them prints (a node summary
// {"id","kind","name"}). Loading is data_source.hpp's; CSV fields are chainex/csv_writer.hpp's.
#pragma once

#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "chainex/csv_writer.hpp"
#include "chainex/query/traversal.hpp"
#include "chainex/snapshot.hpp"
#include "data_source.hpp"

namespace CLI {
class App;
}

namespace chainex::cli {

// --direction out|in|both, --kind K (repeatable), --type T (repeatable), --max-visited N.
struct walk_options {
  std::string mode = "both";
  std::vector<std::string> kinds;
  std::vector<std::string> types;
  std::size_t max_visited = 1'000'000;
  [[nodiscard]] traversal resolve(const snapshot& snap) const;
};
void add_walk_options(CLI::App& command, walk_options& options, bool with_filters);

// The node with this id; throws std::invalid_argument (a usage error) when there is none.
[[nodiscard]] node_index require_node(const snapshot& snap, std::string_view id);

[[nodiscard]] nlohmann::json node_summary(const snapshot& snap, node_index node);
void print_json(const nlohmann::json& value);

}  // namespace chainex::cli
