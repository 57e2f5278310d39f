// The queries of the time model: diff and timeline (see answers.hpp).
#include "chainex/core/answers.hpp"

namespace chainex::core {

diff_answer run_diff(const query_context& context, const param_reader& params) {
  params.check();
  diff_answer out{.from = *params.date("from"), .to = *params.date("to"), .around = {}, .found = {}};
  if (out.to < out.from)
    throw query_error(failure_code::bad_parameter,
                      "parameter 'to' (" + format_date(out.to) + ") is before 'from' (" + format_date(out.from) + ")",
                      {{"parameter", "to"}});
  if (const std::string id = params.text("id"); !id.empty()) out.around = require_node(context.graph, id);
  out.found = changes_between(context.graph, out.from, out.to, out.around);
  return out;
}

timeline_answer run_timeline(const query_context& context, const param_reader& params) {
  params.check();
  timeline_answer out{.node = require_node(context.graph, params.text("id")), .events = {}, .depth_by_year = {}};
  out.events = events_of(context.graph, out.node);
  if (!out.events.empty()) {
    const int first = year_of(out.events.front().day);
    out.depth_by_year = depth_by_year(context.graph, out.node, first, std::max(first, year_of(today())));
  }
  return out;
}

}  // namespace chainex::core
