// app_state.hpp — what every request reads: the served graph, swapped atomically by imports.
//
// A `served_graph` bundles a snapshot with what is derived from it (its name index, the dataset's
// metadata) so that a request sees one consistent set. Readers take a copy of the shared_ptr and need no
// lock; an import builds a new served_graph off to the side and publishes it with one atomic store, so
// requests in flight finish on the old graph. A failed import publishes nothing.
// The expensive-query gate caps how many costly queries (paths, centrality, …) run at once; a request
// over the cap is refused with 503 instead of queueing behind the others.
//
//   auto served = state.current();   // std::shared_ptr<const served_graph>
//   auto ticket = state.expensive().enter();  // throws http_error(problem::busy) when full
#pragma once

#include <atomic>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>

#include "chainex/search.hpp"
#include "chainex/snapshot.hpp"
#include "chainex/stats.hpp"

namespace chainex::server {

struct served_graph {
  std::shared_ptr<const snapshot> graph;
  name_index names;
  graph_stats stats;
  std::string dataset_json;  // dataset.json as read (a JSON object), or "" when there is none
  std::string origin;        // where the data came from, for /api/stats

  served_graph(std::shared_ptr<const snapshot> g, std::string dataset, std::string from);
};

// Counts running expensive queries; enter() throws http_error(problem::busy) at the cap.
class cost_gate {
 public:
  class ticket {
   public:
    explicit ticket(cost_gate& gate) noexcept : gate_(&gate) {}
    ticket(ticket&& other) noexcept : gate_(std::exchange(other.gate_, nullptr)) {}
    ticket(const ticket&) = delete;
    ticket& operator=(const ticket&) = delete;
    ticket& operator=(ticket&&) = delete;
    ~ticket() { if (gate_) gate_->running_.fetch_sub(1); }

   private:
    cost_gate* gate_;
  };

  explicit cost_gate(int cap) noexcept : cap_(cap) {}
  [[nodiscard]] ticket enter();

 private:
  int cap_;
  std::atomic<int> running_{0};
};

struct state_options {
  std::string token;                 // bearer token for writes; empty: writes are refused
  std::filesystem::path data_dir;    // where accepted imports are kept; empty: not kept
  int max_expensive = 4;             // expensive queries running at once
};

class app_state {
 public:
  app_state(std::shared_ptr<const served_graph> initial, state_options options);

  [[nodiscard]] std::shared_ptr<const served_graph> current() const noexcept { return current_.load(); }
  void publish(std::shared_ptr<const served_graph> next) noexcept { current_.store(std::move(next)); }

  [[nodiscard]] const state_options& options() const noexcept { return options_; }
  [[nodiscard]] cost_gate& expensive() noexcept { return expensive_; }
  // Held while an import validates, stores and publishes: one import at a time.
  [[nodiscard]] std::mutex& import_mutex() noexcept { return import_mutex_; }

 private:
  std::atomic<std::shared_ptr<const served_graph>> current_;
  state_options options_;
  cost_gate expensive_;
  std::mutex import_mutex_;
};

}  // namespace chainex::server
