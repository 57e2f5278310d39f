// Polling an interrupt (see query/interrupt.hpp).
#include "chainex/query/interrupt.hpp"

#include "chainex/query_error.hpp"

namespace chainex {

bool interrupt::stopped() const noexcept {
  if (stop_.stop_requested()) return true;
  return deadline_ && clock::now() >= *deadline_;
}

void interrupt::poll() const {
  if (deadline_ && (++polls_ & 255U) == 1U) return check();  // the clock costs more than the work between polls
  if (stop_.stop_requested()) throw query_error(failure_code::cancelled, "the query was cancelled");
}

void interrupt::check() const {
  if (stop_.stop_requested()) throw query_error(failure_code::cancelled, "the query was cancelled");
  if (deadline_ && clock::now() >= *deadline_)
    throw query_error(failure_code::deadline_exceeded, "the query did not finish before its deadline");
}

}  // namespace chainex
