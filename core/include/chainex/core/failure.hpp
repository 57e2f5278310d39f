// failure.hpp — a query error kept as a value: what a query_error held, for answers that report a failure in
// place (a position's rank, a failed job) rather than failing as a whole.
#pragma once

#include <string>
#include <vector>

#include "chainex/query_error.hpp"

namespace chainex::core {

struct failure {
  failure_code code = failure_code::unanswerable;
  std::string message;
  std::vector<failure_detail> details;

  [[nodiscard]] static failure of(const query_error& error) {
    return {.code = error.code(), .message = error.what(), .details = error.details()};
  }
};

}  // namespace chainex::core
