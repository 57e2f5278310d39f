// parallel.hpp — spreads whole-graph work over threads: one computation per source, or index ranges.
//
// Each thread has its own worker (scratch and partial sums, nothing shared) and a fixed share of the
// sources (worker w takes w, w + T, w + 2T, …), and the workers are returned for the caller to combine in
// thread order: the floating-point sums are then the same on every run with the same thread count, so the
// CLI and the server print the same digits (an atomic counter balanced load better but let a run's
// scheduling change the last bits). Every thread checks the interrupt before each source (a source can
// take a second on a large graph) and reports the share of sources done; the first error a thread meets
// stops the others and is rethrown.
//   auto workers = run_per_source(n, threads, stop, [&] { return brandes_worker(g); });
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

#include "chainex/query/interrupt.hpp"

namespace chainex::detail {

inline unsigned thread_count(unsigned requested) {
  return requested != 0 ? requested : std::max(1U, std::thread::hardware_concurrency());
}

// Runs tasks 0 … tasks − 1 on the given workers, one thread each (the calling thread runs workers[0]);
// worker w runs tasks w, w + T, w + 2T, … for T workers. W has `void operator()(std::size_t task)`.
// Workers keep their state from one call to the next. Before each task a thread checks `stop`; after
// each, done(k) is called (on that thread) with k, the tasks finished by all threads so far. The first
// exception a thread throws (the interrupt's query_error or any other) ends the other threads after their
// current task and is rethrown here.
template <class W, class Done>
void run_on_workers(std::vector<W>& workers, std::size_t tasks, const interrupt& stop, Done done) {
  const std::size_t stride = workers.size();
  std::atomic<std::size_t> finished{0};
  std::atomic<bool> failed{false};
  std::vector<std::exception_ptr> errors(stride);
  auto run = [&](std::size_t first) {
    try {
      for (std::size_t t = first; t < tasks && !failed.load(std::memory_order_relaxed); t += stride) {
        stop.check();  // not poll(): check() keeps no counter, so the threads can share one interrupt
        workers[first](t);
        done(finished.fetch_add(1, std::memory_order_relaxed) + 1);
      }
    } catch (...) {
      errors[first] = std::current_exception();
      failed.store(true, std::memory_order_relaxed);
    }
  };
  {
    std::vector<std::jthread> pool;
    for (std::size_t i = 1; i < workers.size(); ++i) pool.emplace_back([&, i] { run(i); });
    run(0);
  }
  for (const std::exception_ptr& error : errors)
    if (error) std::rethrow_exception(error);
}

// The number of workers for `tasks` tasks on `threads` threads (0: all cores): at least 1.
inline unsigned worker_count(std::size_t tasks, unsigned threads) {
  return std::max(1U,
                  static_cast<unsigned>(std::min<std::size_t>(thread_count(threads), std::max<std::size_t>(tasks, 1))));
}

// make_worker() -> W where W has `void operator()(std::size_t source)`; progress: sources done / sources.
template <class MakeWorker>
auto run_per_source(std::size_t sources, unsigned threads, const interrupt& stop, MakeWorker make_worker) {
  std::vector<decltype(make_worker())> workers;
  const unsigned count = worker_count(sources, threads);
  workers.reserve(count);
  for (unsigned i = 0; i < count; ++i) workers.push_back(make_worker());
  run_on_workers(workers, sources, stop,
                 [&](std::size_t done) { stop.progress(static_cast<double>(done) / static_cast<double>(sources)); });
  stop.progress(1.0);
  return workers;
}

// Calls f(begin, end) on `threads` consecutive slices of [0, size); small sizes stay on this thread.
template <class F>
void for_each_slice(std::size_t size, unsigned threads, F f) {
  const std::size_t count = size < 65536 ? 1 : thread_count(threads);
  std::vector<std::jthread> pool;
  for (std::size_t i = 1; i < count; ++i) pool.emplace_back([&, i] { f(size * i / count, size * (i + 1) / count); });
  f(0, size / count);
}

}  // namespace chainex::detail
