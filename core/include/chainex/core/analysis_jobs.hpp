// analysis_jobs.hpp — whole-graph analyses too costly for a request, run as shared background jobs.
//
// A centrality vector whose estimated cost is over the inline budget (is_heavy()) is not computed by the
// request that needs it. The request starts a job, or joins the one already there: there is one job per
// snapshot version and centrality options, shared by everyone who asks. The request then answers at once
// with the job's state: 202 with Location /api/jobs/{id} at the API, "pending" in a position's ranks.
// Two runner threads take the queued jobs cheapest first (by estimated steps: an estimate or a PageRank
// before an exact betweenness), so that one job of days does not hold up the others; each reports progress
// through the algorithm's interrupt and keeps its result for its snapshot version, which later requests
// are answered from. A job can be cancelled. When a job for a newer snapshot is started, the jobs and
// results of older ones are cancelled and dropped (an import invalidates them). At most `max_queued` jobs
// wait or run; one more is query_error(capacity), a 503. The destructor cancels every job and joins the
// runners. Thread-safe.
//
//   analysis_jobs jobs({.max_queued = 16});
//   if (jobs.is_heavy(*graph, options))
//     if (auto done = jobs.result(*graph, options)) … else jobs.start(graph, options);
#pragma once

#include <array>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "chainex/core/failure.hpp"
#include "chainex/name_table.hpp"
#include "chainex/query/centrality.hpp"
#include "chainex/query/interrupt.hpp"
#include "chainex/snapshot.hpp"

namespace chainex::core {

enum class job_state : std::uint8_t { queued, running, done, failed, cancelled };
inline constexpr std::array job_state_names{named{job_state::queued, "queued"}, named{job_state::running, "running"},
                                            named{job_state::done, "done"}, named{job_state::failed, "failed"},
                                            named{job_state::cancelled, "cancelled"}};
[[nodiscard]] constexpr std::string_view to_string(job_state state) noexcept { return name_in(job_state_names, state); }

// What a client sees of a job.
struct job_status {
  std::string id;
  std::uint64_t version = 0;  // of the snapshot it computes on
  centrality_options options;
  job_state state = job_state::queued;
  double progress = 0;           // 0 to 1
  std::optional<double> eta_s;   // while running, once some progress is made
  double elapsed_s = 0;          // running time so far (or in all, once finished)
  std::optional<failure> error;  // when failed
};

struct job_options {
  std::size_t max_queued = 16;  // jobs waiting or running; beyond: query_error(capacity)
  unsigned runners = 2;         // jobs computed at once
  double inline_budget = 5e8;   // estimated steps a request may compute itself; more: a job
  // The computation a job runs; the real one unless a test slows it down.
  std::function<std::vector<double>(const snapshot&, const centrality_options&, const interrupt&)> compute;
};

class analysis_jobs {
 public:
  explicit analysis_jobs(job_options options = {});
  ~analysis_jobs();
  analysis_jobs(const analysis_jobs&) = delete;
  analysis_jobs& operator=(const analysis_jobs&) = delete;

  // Whether these options on this graph cost more than `share` of what a request may spend (a position,
  // which must answer at once, asks with a small share).
  [[nodiscard]] bool is_heavy(const snapshot& graph, const centrality_options& options,
                              double share = 1.0) const noexcept;
  // The finished result for this snapshot and options, if there is one.
  [[nodiscard]] std::shared_ptr<const std::vector<double>> result(const snapshot& graph,
                                                                  const centrality_options& options) const;
  // Starts the job for this snapshot and options, or returns the one already there (a failed or cancelled
  // one is started again). Throws query_error(capacity) when max_queued jobs are waiting or running.
  job_status start(std::shared_ptr<const snapshot> graph, const centrality_options& options);
  [[nodiscard]] std::optional<job_status> status(std::string_view id) const;
  std::optional<job_status> cancel(std::string_view id);
  [[nodiscard]] std::vector<job_status> list() const;
  void cancel_all();

 private:
  struct job;
  void run();
  [[nodiscard]] job_status status_of(const job& j) const;
  [[nodiscard]] std::shared_ptr<job> find_locked(std::uint64_t version, const centrality_options& options) const;

  job_options options_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::vector<std::shared_ptr<job>> jobs_;   // of the newest version seen
  std::vector<std::shared_ptr<job>> queue_;  // cheapest first
  std::uint64_t version_ = 0;
  bool closing_ = false;
  std::vector<std::jthread> runners_;
};

}  // namespace chainex::core
