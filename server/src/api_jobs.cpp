// GET /api/jobs, GET /api/jobs/{id}, DELETE /api/jobs/{id}: the whole-graph analyses that run as background
// jobs (chainex/core/analysis_jobs.hpp), their progress, and cancelling one. Never cached: they change.
#include "api_routes.hpp"
#include "chainex/core/encode.hpp"
#include "chainex/server/problem.hpp"
#include "json_answer.hpp"

namespace chainex::server {
namespace {

response job_answer(const app_state& state, std::optional<core::job_status> job, std::string_view id) {
  if (!job) throw http_error(problem::unknown_route, "no job '" + std::string(id) + "' on the served graph");
  const std::uint64_t version = state.current()->graph->version();
  response answer = json_answer(core::encode_job(*job, {.version = version}), version);
  answer.set("Cache-Control", "no-store");
  return answer;
}

}  // namespace

void add_job_routes(router& app, app_state& state) {
  app.add("GET", "/api/jobs", [&state](const route_context& c) {
    params_of("jobs", c).check();
    const std::uint64_t version = state.current()->graph->version();
    response answer = json_answer(core::encode_jobs(state.jobs().list(), {.version = version}), version);
    answer.set("Cache-Control", "no-store");
    return answer;
  });
  app.add("GET", "/api/jobs/{id}", [&state](const route_context& c) {
    const std::string id = params_of("job", c).text("id");
    return job_answer(state, state.jobs().status(id), id);
  });
  app.add("DELETE", "/api/jobs/{id}", [&state](const route_context& c) {
    const std::string id = params_of("cancel_job", c).text("id");
    return job_answer(state, state.jobs().cancel(id), id);
  });
}

}  // namespace chainex::server
