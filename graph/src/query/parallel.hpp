// parallel.hpp — spreads whole-graph work over threads: one computation per source, or index ranges.
//
// Each thread builds its own worker (scratch and partial sums, nothing shared), takes sources from an
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

// make_worker() -> W where W has `void operator()(std::size_t source)`.
template <class MakeWorker>
auto run_per_source(std::size_t sources, unsigned threads, MakeWorker make_worker) {
  using worker = decltype(make_worker());
  const unsigned count = std::max(1U, std::min<unsigned>(thread_count(threads), static_cast<unsigned>(std::max<std::size_t>(sources, 1))));
  std::vector<worker> workers;
  workers.reserve(count);
  for (unsigned i = 0; i < count; ++i) workers.push_back(make_worker());
  std::atomic<std::size_t> next{0};
  auto run = [&](worker& w) {
    for (std::size_t s = next.fetch_add(1, std::memory_order_relaxed); s < sources;
         s = next.fetch_add(1, std::memory_order_relaxed)) {
      w(s);
    }
  };
  std::vector<std::jthread> pool;
  for (unsigned i = 1; i < count; ++i) pool.emplace_back([&, i] { run(workers[i]); });
  run(workers[0]);
  pool.clear();
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
