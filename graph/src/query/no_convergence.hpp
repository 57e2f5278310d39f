// no_convergence.hpp — the error a power iteration gives when it does not converge in its iterations.
//
// As networkx raises PowerIterationFailedConvergence, PageRank and eigenvector centrality give up after
// max_iterations; the graph cannot answer with the asked tolerance, so it is a query_error(unanswerable)
// carrying the iterations done and the tolerance.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "chainex/query_error.hpp"

namespace chainex::detail {

[[nodiscard]] inline query_error no_convergence_error(std::string_view metric_name, std::size_t iterations,
                                                      double tolerance) {
  return {failure_code::unanswerable,
          std::string(metric_name) + " did not converge in " + std::to_string(iterations) + " iterations",
          {{"iterations", std::to_string(iterations)}, {"tolerance", std::to_string(tolerance)}}};
}

}  // namespace chainex::detail
