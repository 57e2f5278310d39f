// answers.hpp — each query of the registry run on a snapshot: its request read and checked, its result typed.
//
// Both front doors run a query through these functions and nothing else, so the same parameters give the
// same result at the command line and over HTTP. The JSON of a result is encode.hpp's; the CLI's text and
// CSV tables read the typed results here. Whole-graph vectors (centrality, components) come from the
// context's analysis_cache: the server keeps one per process, the CLI one per run.
// A position's ranks are defined once, here: the node's rank among the nodes of its own kind, by each
// metric, on the graph `direction` picks (undirected by default); a metric that fails (PageRank with a
// negative weight, no convergence) leaves its error in place of its rank and the rest of the answer stands.
//
//   const query_context context{.graph = *snap, .analyses = cache};
//   const path_answer found = run_path(context, param_reader(query_named("path"), values, front_door::cli));
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "chainex/core/analysis_jobs.hpp"
#include "chainex/core/failure.hpp"
#include "chainex/core/param_reader.hpp"
#include "chainex/query/analysis_cache.hpp"
#include "chainex/query/centrality.hpp"
#include "chainex/query/changes.hpp"
#include "chainex/query/components.hpp"
#include "chainex/query/depth_history.hpp"
#include "chainex/query/neighborhood.hpp"
#include "chainex/query/paths.hpp"
#include "chainex/query/position.hpp"
#include "chainex/query/relation_classes.hpp"
#include "chainex/query_error.hpp"
#include "chainex/search.hpp"
#include "chainex/snapshot.hpp"
#include "chainex/snapshot_as_of.hpp"
#include "chainex/stats.hpp"

namespace chainex::core {

// Where whole-graph vectors too costly for a request go: the server's jobs, with the snapshot they need.
// The server's job board, and the graph its jobs run on. A null graph (a day's copy, whose jobs would push
// the served graph's out of the board) still weighs each metric against the board's budget, but a metric
// over it is refused (unanswerable) rather than started or computed past the request's deadline.
struct job_launcher {
  analysis_jobs& jobs;
  std::shared_ptr<const snapshot> graph;
};

struct query_context {
  const snapshot& graph;
  analysis_cache& analyses;
  const name_index* names = nullptr;            // for search; built on the spot when null
  const graph_stats* stats = nullptr;           // for stats; computed on the spot when null
  interrupt stop;                               // the request's deadline and cancellation
  const job_launcher* jobs = nullptr;           // null: every vector is computed inline (the CLI)
  const relation_classes* relations = nullptr;  // the dataset's business/structural table; null: built-in
};

// Thrown where a vector the answer needs is a job still running (centrality); a position reports it in
// place of the rank instead.
class analysis_pending : public std::runtime_error {
 public:
  explicit analysis_pending(job_status status)
      : std::runtime_error("the analysis runs as a job: " + status.id), status_(std::move(status)) {}
  [[nodiscard]] const job_status& status() const noexcept { return status_; }

 private:
  job_status status_;
};

// The node with this id, or query_error(unknown_node).
[[nodiscard]] node_index require_node(const snapshot& graph, std::string_view id);

// The graph a query reads as of its `as_of` date: for a query that does not walk (query_spec::walks), the
// graph as it stood that day, with its own analysis cache (chainex/snapshot_as_of.hpp); graph null when
// that is `graph` itself. A front door runs the query on it, without the jobs and the precomputed stats
// and names of the graph it serves.
[[nodiscard]] dated_snapshot graph_for(const param_reader& params, const snapshot& graph);

struct search_answer {
  std::string text;
  std::vector<search_hit> hits;
};
[[nodiscard]] search_answer run_search(const query_context& context, const param_reader& params);

struct node_answer {
  node_index node = 0;
  std::size_t limit = 0;  // edges listed per direction
};
[[nodiscard]] node_answer run_node(const query_context& context, const param_reader& params);

struct neighbors_answer {
  node_index center = 0;
  std::uint32_t depth = 1;
  ego_result ego;
};
[[nodiscard]] neighbors_answer run_neighbors(const query_context& context, const param_reader& params);

// relations=business that finds no business path (and was not capped) looks once more over every
// relation: `structural` is that path, offered as such ("no business connection; both operate in …").
struct path_answer {
  path_query query;
  path_result result;
  relation_mode relations = relation_mode::business;
  std::optional<path> structural;
  std::vector<std::string> structural_types;  // the types the dataset counts as structural
  bool business = false;                      // the first path listed walks business relations only
};
[[nodiscard]] path_answer run_path(const query_context& context, const param_reader& params);

struct centrality_answer {
  centrality_options options;
  std::vector<ranked_node> ranked;
};
[[nodiscard]] centrality_answer run_centrality(const query_context& context, const param_reader& params);

struct metric_rank {
  metric kind = metric::degree;
  std::optional<node_rank> rank;      // set when the metric's vector is there
  std::optional<failure> error;       // set when it failed
  std::optional<job_status> pending;  // set when it is a job still running
};

struct position_answer {
  node_index node = 0;
  direction mode = direction::both;
  chain_position position;
  std::vector<metric_rank> ranks;
};
[[nodiscard]] position_answer run_position(const query_context& context, const param_reader& params);

// What changed between two days (graph/query/changes.hpp); `from` after `to` is a bad parameter.
struct diff_answer {
  day_number from = 0;
  day_number to = 0;
  std::optional<node_index> around;  // id=
  changes found;
};
[[nodiscard]] diff_answer run_diff(const query_context& context, const param_reader& params);

// A node's dated events, and its depth per market at the end of each year from its first event's year
// to this year (graph/query/depth_history.hpp).
struct timeline_answer {
  node_index node = 0;
  std::vector<dated_event> events;
  std::vector<yearly_depth> depth_by_year;
};
[[nodiscard]] timeline_answer run_timeline(const query_context& context, const param_reader& params);

struct components_answer {
  component_mode mode = component_mode::weak;
  std::shared_ptr<const components> found;
  std::vector<std::uint32_t> order;  // component numbers, largest first
  std::size_t top = 10;
};
[[nodiscard]] components_answer run_components(const query_context& context, const param_reader& params);

}  // namespace chainex::core
