// parallel.hpp — spreads whole-graph work over threads: one computation per source, or index ranges.
//
// Each thread has its own worker (scratch and partial sums, nothing shared), takes sources from an
// atomic counter, and the workers are returned for the caller to combine, in thread order, so results
// do not depend on scheduling beyond the order of floating-point sums.
//   auto workers = run_per_source(n, threads, [&] { return brandes_worker(g); });
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace chainex::detail {

inline unsigned thread_count(unsigned requested) {
  return requested != 0 ? requested : std::max(1U, std::thread::hardware_concurrency());
}

// Runs tasks 0 … tasks − 1 on the given workers, one thread each (the calling thread runs workers[0]);
// a worker takes the next task from a shared counter when it is done with one. W has
// `void operator()(std::size_t task)`. Workers keep their state from one call to the next.
template <class W>
void run_on_workers(std::vector<W>& workers, std::size_t tasks) {
  std::atomic<std::size_t> next{0};
  auto run = [&](W& w) {
    for (std::size_t t = next.fetch_add(1, std::memory_order_relaxed); t < tasks;
         t = next.fetch_add(1, std::memory_order_relaxed)) {
      w(t);
    }
  };
  std::vector<std::jthread> pool;
  for (std::size_t i = 1; i < workers.size(); ++i) pool.emplace_back([&, i] { run(workers[i]); });
  run(workers[0]);
}

// The number of workers for `tasks` tasks on `threads` threads (0: all cores): at least 1.
inline unsigned worker_count(std::size_t tasks, unsigned threads) {
  return std::max(1U,
                  static_cast<unsigned>(std::min<std::size_t>(thread_count(threads), std::max<std::size_t>(tasks, 1))));
}

// make_worker() -> W where W has `void operator()(std::size_t source)`.
template <class MakeWorker>
auto run_per_source(std::size_t sources, unsigned threads, MakeWorker make_worker) {
  std::vector<decltype(make_worker())> workers;
  const unsigned count = worker_count(sources, threads);
  workers.reserve(count);
  for (unsigned i = 0; i < count; ++i) workers.push_back(make_worker());
  run_on_workers(workers, sources);
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
