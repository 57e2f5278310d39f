// The routes of the registry's queries (chainex/core/registry.hpp): stats, search, node, neighbours, path,
// centrality, metrics, position, components. One handler serves them all: it reads the parameters through
// the registry, lets core/ run the query on the served graph and write its JSON, and adds the envelope
// ("version", and for stats where the data came from). Answers are kept in the answer cache; centrality
// vectors and components come from the state's per-snapshot analysis cache.
#include "api_routes.hpp"
#include "chainex/core/encode.hpp"
#include "json_answer.hpp"

namespace chainex::server {
namespace {

cost cost_of(core::query_cost price) {
  switch (price) {
    case core::query_cost::interactive:
      return cost::interactive;
    case core::query_cost::whole_graph:
      return cost::heavy;
    case core::query_cost::instant:
      break;
  }
  return cost::cheap;
}

// 202 Accepted: the answer needs a whole-graph vector still computed as a job; Location says where to
// follow it. Not kept in the answer cache (only 200s are).
response job_accepted(const core::job_status& job, std::uint64_t version) {
  response accepted = json_answer(core::encode_job(job, {.version = version}), version);
  accepted.status = 202;
  accepted.set("Location", "/api/jobs/" + job.id);
  accepted.set("Retry-After", "1");
  return accepted;
}

response answer_query(app_state& state, const served_graph& served, std::string_view query, const route_context& c) {
  const core::param_reader params = params_of(query, c);
  // As of a day a whole-graph query reads the graph of that day, with its own analyses; a metric too costly
  // to compute inline there is refused, not started as a job (job_launcher).
  const dated_snapshot then = core::graph_for(params, *served.graph);
  const bool served_as_is = then.graph == nullptr;
  const snapshot& graph = served_as_is ? *served.graph : *then.graph;
  const core::job_launcher launcher{.jobs = state.jobs(), .graph = served_as_is ? served.graph : nullptr};
  const core::query_context context{.graph = graph,
                                    .analyses = served_as_is ? state.analyses() : *then.analyses,
                                    .names = served_as_is ? &served.names : nullptr,
                                    .stats = served_as_is ? &served.stats : nullptr,
                                    .stop = state.deadline_for(c.req.cancel),
                                    .jobs = &launcher,
                                    .relations = &served.relations};
  const std::uint64_t version = served.graph->version();
  core::encode_options options{.version = version};
  if (query == "stats") {  // where the data came from, and the dataset's dataset.json
    options.texts.emplace_back("origin", served.origin);
    if (!served.dataset_json.empty()) options.documents.emplace_back("dataset", served.dataset_json);
  }
  try {
    core::encoded_answer found = core::answer(query, context, params, options);
    response answer = json_answer(std::move(found.body), version);
    if (!found.settled) answer.set("Cache-Control", "no-store");  // it will change: keep it out of caches
    return answer;
  } catch (const core::analysis_pending& running) {
    return job_accepted(running.status(), version);
  }
}

}  // namespace

void add_query_routes(router& app, app_state& state) {
  for (const core::query_spec& query : core::all_queries()) {
    if (query.route.empty() || !core::answers_query(query.name)) continue;
    app.add(std::string(query.method), query.route,
            cached_route(state,
                         [&state, name = query.name](const served_graph& served, const route_context& c) {
                           return answer_query(state, served, name, c);
                         }),
            cost_of(query.cost));
  }
}

}  // namespace chainex::server
