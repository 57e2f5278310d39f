// Eigenvector centrality by power iteration with the shift A + I, as networkx (see query/eigenvector.hpp).
#include "chainex/query/eigenvector.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

#include "no_convergence.hpp"
#include "simple_graph.hpp"

namespace chainex {

std::vector<double> eigenvector_centrality(const snapshot& snap, direction mode, double tolerance,
                                           std::size_t max_iterations, const interrupt& stop) {
  if (!(tolerance > 0))
    throw query_error(failure_code::bad_parameter, "eigenvector centrality: tolerance must be positive");
  const detail::simple_graph g(snap, mode, stop);
  const std::size_t n = g.node_count();
  if (n == 0) return {};
  const double count = static_cast<double>(n);
  std::vector<double> x(n, 1.0 / count);
  std::vector<double> next(n);
  for (std::size_t iteration = 0; iteration < max_iterations; ++iteration) {
    stop.check();
    stop.progress(static_cast<double>(iteration) / static_cast<double>(max_iterations));
    double squares = 0;
    for (node_index v = 0; v < n; ++v) {
      double sum = x[v];
      for (node_index u : g.in().of(v)) sum += x[u];
      next[v] = sum;
      squares += sum * sum;
    }
    const double norm = squares > 0 ? std::sqrt(squares) : 1.0;
    double error = 0;
    for (std::size_t v = 0; v < n; ++v) {
      next[v] /= norm;
      error += std::abs(next[v] - x[v]);
    }
    x.swap(next);
    if (error < count * tolerance) {
      stop.progress(1.0);
      return x;
    }
  }
  throw detail::no_convergence_error("eigenvector centrality", max_iterations, tolerance);
}

}  // namespace chainex
