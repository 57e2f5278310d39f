// app_state.hpp — what every request reads: the served graph, swapped atomically by imports.
//
// A `served_graph` bundles a snapshot with what is derived from it (its name index, the dataset's
// metadata) so that a request sees one consistent set. Readers take a copy of the shared_ptr and need no
// lock; an import builds a new served_graph off to the side and publishes it with one atomic store, so
// requests in flight finish on the old graph. A failed import publishes nothing. Whole-graph analyses
// (centrality vectors, components) live in analyses(), computed once per snapshot version on first use,
// or, when too costly for a request, in jobs() (chainex/core/analysis_jobs.hpp); encoded answers in
// answers() (answer_cache.hpp), likewise keyed by the snapshot version.
//
//   auto served = state.current();   // std::shared_ptr<const served_graph>
//   auto ranks = state.analyses().centrality(*served->graph, options);
#pragma once

#include <atomic>
#include <chrono>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "chainex/core/analysis_jobs.hpp"
#include "chainex/query/analysis_cache.hpp"
#include "chainex/query/interrupt.hpp"
#include "chainex/query/relation_classes.hpp"
#include "chainex/search.hpp"
#include "chainex/server/answer_cache.hpp"
#include "chainex/snapshot.hpp"
#include "chainex/stats.hpp"

namespace chainex::server {

struct served_graph {
  std::shared_ptr<const snapshot> graph;
  name_index names;
  graph_stats stats;
  std::string dataset_json;    // dataset.json as read (a JSON object), or "" when there is none
  std::string origin;          // where the data came from, for /api/stats
  relation_classes relations;  // business/structural edge types: dataset.json's, else the built-in table

  served_graph(std::shared_ptr<const snapshot> g, std::string dataset, std::string from);
};

struct state_options {
  std::string token;                               // bearer token for writes; empty: writes are refused
  std::filesystem::path data_dir;                  // where accepted imports are kept; empty: not kept
  std::size_t answer_cache_bytes = 64u << 20;      // encoded answers kept per snapshot; 0: none
  std::chrono::milliseconds query_timeout{5'000};  // a request's deadline for its own computing
  core::job_options jobs;                          // whole-graph analyses too costly for a request
  bool warm_up = false;  // compute degree centrality (the first ranking readers see) once a graph is published
};

class app_state {
 public:
  app_state(std::shared_ptr<const served_graph> initial, state_options options);

  [[nodiscard]] std::shared_ptr<const served_graph> current() const noexcept { return current_.load(); }
  void publish(std::shared_ptr<const served_graph> next);

  [[nodiscard]] const state_options& options() const noexcept { return options_; }
  // Held while an import validates, stores and publishes: one import at a time.
  [[nodiscard]] std::mutex& import_mutex() noexcept { return import_mutex_; }
  // Shared by all threads; keyed by snapshot version, so a swapped-in graph starts afresh.
  [[nodiscard]] analysis_cache& analyses() noexcept { return analyses_; }
  [[nodiscard]] answer_cache& answers() noexcept { return answers_; }
  [[nodiscard]] core::analysis_jobs& jobs() noexcept { return jobs_; }
  // The interrupt of a request that began now: its deadline (query_timeout) and `cancel`.
  [[nodiscard]] interrupt deadline_for(std::stop_token cancel) const;

 private:
  std::atomic<std::shared_ptr<const served_graph>> current_;
  state_options options_;
  std::mutex import_mutex_;
  analysis_cache analyses_;
  answer_cache answers_;
  core::analysis_jobs jobs_;  // after the caches: its runner stops before they go
  std::jthread warm_up_;      // last: it fills the analysis cache, and is joined first
};

}  // namespace chainex::server
