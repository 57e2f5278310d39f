// interrupt.hpp — how a long query learns that it must stop, and tells how far it has come.
//
// A request's deadline, a client that went away, a job cancelled, a server shutting down: each reaches a
// running computation as the `interrupt` it was given, which it polls in its long loops (every BFS or
// Brandes source, every power-iteration step, every sampling round, every spur path of Yen's algorithm).
// poll() throws query_error: `deadline_exceeded` once the deadline has passed, `cancelled` once a stop was
// requested; a loop that can give a partial answer (the k paths found so far) asks stopped() instead and
// marks its answer incomplete. An algorithm reports the fraction of its work done with progress(); a job
// reads it back to show progress and an ETA. The default interrupt never stops and keeps no progress, so a
// caller that needs neither passes nothing. Cheap to poll: the clock is read at most every 256th call;
// check() reads it every time, for loops whose every turn is long.
//
//   std::stop_source stop;  std::atomic<double> done{0};
//   const interrupt until(stop.get_token(), steady_clock::now() + 5s, &done);
//   for (node_index s = 0; s < n; ++s) { until.poll(); …; until.progress(double(s + 1) / n); }
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <optional>
#include <stop_token>

namespace chainex {

class interrupt {
 public:
  using clock = std::chrono::steady_clock;

  interrupt() = default;
  explicit interrupt(std::stop_token stop, std::optional<clock::time_point> deadline = std::nullopt,
                     std::atomic<double>* progress = nullptr) noexcept
      : stop_(std::move(stop)), deadline_(deadline), progress_(progress) {}

  // True once a stop was requested or the deadline has passed.
  [[nodiscard]] bool stopped() const noexcept;
  // Throws query_error(cancelled) or query_error(deadline_exceeded) when stopped.
  void poll() const;
  // The same, reading the clock on every call: for loops whose every turn is long (a Brandes source or a
  // power-iteration step on a large graph), where 255 turns between readings could outlast the deadline.
  void check() const;
  // The fraction of the work done, 0 to 1 (ignored without a progress counter).
  void progress(double fraction) const noexcept {
    if (progress_ != nullptr) progress_->store(fraction, std::memory_order_relaxed);
  }
  [[nodiscard]] std::optional<clock::time_point> deadline() const noexcept { return deadline_; }

 private:
  std::stop_token stop_;
  std::optional<clock::time_point> deadline_;
  std::atomic<double>* progress_ = nullptr;
  mutable std::uint32_t polls_ = 0;  // per thread that owns this copy: copy an interrupt into each worker
};

}  // namespace chainex
