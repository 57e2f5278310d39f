// Background jobs for heavy analyses (see analysis_jobs.hpp).
#include "chainex/core/analysis_jobs.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>

namespace chainex::core {
namespace {

using clock = std::chrono::steady_clock;

double seconds_between(clock::time_point from, clock::time_point to) {
  return std::chrono::duration<double>(to - from).count();
}

// Rough counts of the steps each metric takes (an edge or node visited), to tell a request's work from a job.
double estimated_steps(const snapshot& graph, const centrality_options& options) {
  const double n = static_cast<double>(graph.node_count());
  const double size = n + static_cast<double>(graph.edge_count());
  switch (options.kind) {
    case metric::degree:
      return size;
    case metric::betweenness:
      if (options.approximate) {  // Riondato–Kornaropoulos: (1/2ε²)(log2 VD + 1 + ln 1/δ) samples, each a
                                  // bidirectional search that reads a small part of the graph
        const double samples = 0.5 / (options.epsilon * options.epsilon) * (4 + std::log(1 / options.delta));
        return samples * size / 100;
      }
      return n * size;
    case metric::closeness:
    case metric::harmonic:
      return n * size;
    case metric::pagerank:
    case metric::eigenvector:
      return static_cast<double>(options.max_iterations) * size;
  }
  return n * size;
}

std::string job_id(std::uint64_t version, const centrality_options& options) {
  std::string id =
      std::to_string(version) + "-" + std::string(to_string(options.kind)) + "-" + std::string(to_string(options.mode));
  if (options.approximate) id += "-approx";
  return id;
}

}  // namespace

struct analysis_jobs::job {
  std::string id;
  double steps = 0;  // estimated cost: the queue's order
  std::shared_ptr<const snapshot> graph;
  centrality_options options;
  job_state state = job_state::queued;
  std::atomic<double> progress{0};
  std::stop_source stop;
  clock::time_point started{};
  clock::time_point finished{};
  std::shared_ptr<const std::vector<double>> result;
  std::optional<failure> error;
};

analysis_jobs::analysis_jobs(job_options options) : options_(std::move(options)) {
  if (!options_.compute)
    options_.compute = [](const snapshot& graph, const centrality_options& o, const interrupt& stop) {
      return compute_centrality(graph, o, stop);
    };
  for (unsigned i = 0; i < std::max(1U, options_.runners); ++i) runners_.emplace_back([this] { run(); });
}

analysis_jobs::~analysis_jobs() {
  {
    const std::lock_guard lock(mutex_);
    closing_ = true;
    for (const auto& j : jobs_) j->stop.request_stop();
  }
  wake_.notify_all();
}

bool analysis_jobs::is_heavy(const snapshot& graph, const centrality_options& options, double share) const noexcept {
  return options.kind != metric::degree && estimated_steps(graph, options) > share * options_.inline_budget;
}

std::shared_ptr<analysis_jobs::job> analysis_jobs::find_locked(std::uint64_t version,
                                                               const centrality_options& options) const {
  if (version != version_) return nullptr;
  const auto found = std::ranges::find_if(jobs_, [&](const auto& j) { return j->options == options; });
  return found == jobs_.end() ? nullptr : *found;
}

std::shared_ptr<const std::vector<double>> analysis_jobs::result(const snapshot& graph,
                                                                 const centrality_options& options) const {
  const std::lock_guard lock(mutex_);
  const auto j = find_locked(graph.version(), options);
  return j ? j->result : nullptr;
}

job_status analysis_jobs::start(std::shared_ptr<const snapshot> graph, const centrality_options& options) {
  const std::lock_guard lock(mutex_);
  const std::uint64_t version = graph->version();
  if (version > version_) {  // a newer snapshot: what was computed for older ones is of no use now
    for (const auto& j : jobs_) j->stop.request_stop();
    jobs_.clear();
    queue_.clear();
    version_ = version;
  } else if (version < version_) {
    throw query_error(failure_code::capacity, "the graph was replaced while the query ran; ask again");
  }
  if (auto existing = find_locked(version, options);
      existing && existing->state != job_state::failed && existing->state != job_state::cancelled)
    return status_of(*existing);
  const auto waiting = std::ranges::count_if(
      jobs_, [](const auto& j) { return j->state == job_state::queued || j->state == job_state::running; });
  if (static_cast<std::size_t>(waiting) >= options_.max_queued)
    throw query_error(failure_code::capacity,
                      std::to_string(waiting) + " analyses are queued or running; ask again when one has finished",
                      {{"limit", std::to_string(options_.max_queued)}});
  std::erase_if(jobs_, [&](const auto& j) { return j->options == options; });
  auto made = std::make_shared<job>();
  made->id = job_id(version, options);
  made->steps = estimated_steps(*graph, options);
  made->graph = std::move(graph);
  made->options = options;
  jobs_.push_back(made);
  queue_.insert(std::ranges::upper_bound(queue_, made->steps, {}, &job::steps), made);
  wake_.notify_all();
  return status_of(*made);
}

void analysis_jobs::run() {
  std::unique_lock lock(mutex_);
  while (true) {
    wake_.wait(lock, [this] { return closing_ || !queue_.empty(); });
    if (closing_) return;
    const std::shared_ptr<job> next = queue_.front();
    queue_.erase(queue_.begin());
    if (next->state != job_state::queued) continue;
    next->state = job_state::running;
    next->started = clock::now();
    lock.unlock();
    std::shared_ptr<const std::vector<double>> computed;
    std::optional<failure> error;
    try {
      computed = std::make_shared<const std::vector<double>>(options_.compute(
          *next->graph, next->options, interrupt(next->stop.get_token(), std::nullopt, &next->progress)));
    } catch (const query_error& e) {
      error = failure::of(e);
    } catch (const std::bad_alloc&) {
      error = failure{.code = failure_code::capacity, .message = "the machine ran out of memory", .details = {}};
    }
    lock.lock();
    next->finished = clock::now();
    next->graph.reset();  // a job keeps its result, not the snapshot
    if (computed) {
      next->result = std::move(computed);
      next->state = job_state::done;
      next->progress = 1;
    } else {
      next->state = error && error->code == failure_code::cancelled ? job_state::cancelled : job_state::failed;
      next->error = std::move(error);
    }
  }
}

job_status analysis_jobs::status_of(const job& j) const {
  job_status out{.id = j.id,
                 .version = version_,
                 .options = j.options,
                 .state = j.state,
                 .progress = j.progress.load(std::memory_order_relaxed),
                 .eta_s = {},
                 .elapsed_s = 0,
                 .error = j.error};
  if (j.state == job_state::running) {
    out.elapsed_s = seconds_between(j.started, clock::now());
    if (out.progress > 0 && out.elapsed_s > 0.5) out.eta_s = out.elapsed_s * (1 - out.progress) / out.progress;
  } else if (j.state != job_state::queued && j.started != clock::time_point{}) {
    out.elapsed_s = seconds_between(j.started, j.finished);
  }
  return out;
}

std::optional<job_status> analysis_jobs::status(std::string_view id) const {
  const std::lock_guard lock(mutex_);
  for (const auto& j : jobs_)
    if (j->id == id) return status_of(*j);
  return std::nullopt;
}

std::optional<job_status> analysis_jobs::cancel(std::string_view id) {
  const std::lock_guard lock(mutex_);
  for (const auto& j : jobs_) {
    if (j->id != id) continue;
    j->stop.request_stop();
    if (j->state == job_state::queued) j->state = job_state::cancelled;
    return status_of(*j);
  }
  return std::nullopt;
}

std::vector<job_status> analysis_jobs::list() const {
  const std::lock_guard lock(mutex_);
  std::vector<job_status> out;
  for (const auto& j : jobs_) out.push_back(status_of(*j));
  return out;
}

void analysis_jobs::cancel_all() {
  const std::lock_guard lock(mutex_);
  for (const auto& j : jobs_) {
    j->stop.request_stop();
    if (j->state == job_state::queued) j->state = job_state::cancelled;
  }
}

}  // namespace chainex::core
