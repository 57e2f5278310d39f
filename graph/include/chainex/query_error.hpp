// query_error.hpp — the expected ways a question put to the graph can fail, as one typed error.
//
// graph/ throws query_error when a query cannot be answered for a reason the caller must hear: a parameter
// out of its domain, a node that does not exist, data that cannot answer this question (a negative weight
// for PageRank, an iteration that does not converge), or a limit of capacity. It carries a code, a
// message for people and details for programs (the offending edge, the iterations done, the limit hit).
// The two front doors map the code once each: to an HTTP status (server/src/problem.cpp) and to an exit
// code (cli/main.cpp). Programmer errors are not query errors.
//
//   throw query_error(failure_code::unanswerable, "pagerank needs non-negative weights",
//                     {{"edge", "12"}, {"weight", "-2"}});
#pragma once

#include <array>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chainex/name_table.hpp"

namespace chainex {

enum class failure_code : std::uint8_t {
  bad_parameter,      // a parameter missing, malformed or out of range
  unknown_node,       // no node with the id asked for
  unanswerable,       // the data cannot answer this question (negative weights, no convergence)
  capacity,           // a limit of the machine or the server was reached; the same question may work later
  cancelled,          // the asker went away, or cancelled the work (query/interrupt.hpp)
  deadline_exceeded,  // the work did not finish before its deadline; ask again later or ask less
};
inline constexpr std::array failure_code_names{
    named{failure_code::bad_parameter, "bad_parameter"}, named{failure_code::unknown_node, "unknown_node"},
    named{failure_code::unanswerable, "unanswerable"},   named{failure_code::capacity, "capacity"},
    named{failure_code::cancelled, "cancelled"},         named{failure_code::deadline_exceeded, "deadline_exceeded"}};
[[nodiscard]] constexpr std::string_view to_string(failure_code code) noexcept {
  return name_in(failure_code_names, code);
}

// A detail of a failure: a name and its value as text ("edge" = "12", "iterations" = "100").
using failure_detail = std::pair<std::string, std::string>;

class query_error : public std::runtime_error {
 public:
  query_error(failure_code code, const std::string& message, std::vector<failure_detail> details = {})
      : std::runtime_error(message), code_(code), details_(std::move(details)) {}

  [[nodiscard]] failure_code code() const noexcept { return code_; }
  [[nodiscard]] const std::vector<failure_detail>& details() const noexcept { return details_; }

 private:
  failure_code code_;
  std::vector<failure_detail> details_;
};

}  // namespace chainex
