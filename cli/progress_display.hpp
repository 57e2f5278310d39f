// progress_display.hpp — a progress bar on stderr while a query command computes a heavy metric.
//
// The display owns the counter that an interrupt reports progress to (chainex/query/interrupt.hpp); the
// query command hands reporter() down to the computation through core::query_context. On a terminal
// (isatty(stderr)) a small thread redraws, four times a second, a bar with the percent done and an ETA
// once a computation has reported progress for half a second; progress that falls back (the next metric
// of a position) starts a new bar and a new ETA. While the display lives, the command's standard output
// runs through a pipe to that thread, whose first byte clears the bar for good: the answer (printf or
// std::cout alike) never lands on the bar's line. When stderr is not a terminal nothing is drawn, nothing
// is redirected and no thread runs. The interrupt never stops: the CLI computes exactly.
//
//   progress_display display;
//   const core::query_context context{.graph = graph, .analyses = analyses, .stop = display.reporter()};
#pragma once

#include <atomic>
#include <thread>

#include "chainex/query/interrupt.hpp"

namespace chainex::cli {

class progress_display {
 public:
  progress_display();
  ~progress_display();
  progress_display(const progress_display&) = delete;
  progress_display& operator=(const progress_display&) = delete;

  // An interrupt that never stops and reports its progress to this display.
  [[nodiscard]] interrupt reporter() noexcept { return interrupt(std::stop_token{}, std::nullopt, &done_); }

 private:
  void run();  // the thread: redraws, and passes the answer on

  std::atomic<double> done_{0};
  int answer_ = -1;  // the pipe's end the thread reads the answer from
  int stdout_ = -1;  // the real standard output, while fd 1 is the pipe
  std::thread painter_;
};

}  // namespace chainex::cli
