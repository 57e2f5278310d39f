// The queries over whole-graph vectors: centrality, position (its ranks) and components (see answers.hpp).
#include <algorithm>

#include "chainex/core/answers.hpp"

namespace chainex::core {
namespace {

// Sampling applies to betweenness alone; other metrics ignore `approx` (and share one cache entry).
centrality_options options_for(metric kind, direction mode, bool approximate, double epsilon) {
  centrality_options options{.kind = kind, .mode = mode};
  options.approximate = approximate && kind == metric::betweenness;
  if (options.approximate) options.epsilon = epsilon;
  return options;
}

std::vector<metric> metrics_of(const param_reader& params) {
  std::vector<metric> out;
  for (const std::string& name : params.list("metrics")) {
    const metric kind = *parse_metric(name);
    if (std::ranges::find(out, kind) == out.end()) out.push_back(kind);
  }
  if (out.empty()) out.assign(std::begin(all_metrics), std::end(all_metrics));
  return out;
}

// A position answers at once: it computes inline only what costs a hundredth of a request's budget.
constexpr double position_share = 0.01;

// The vector for these options: from the server's jobs when it costs more than `share` of what a request
// may spend (the finished result, or analysis_pending while the job runs), else computed here under the
// request's interrupt.
analysis_cache::scores scores_for(const query_context& context, const centrality_options& options, double share = 1.0) {
  if (context.jobs && context.jobs->jobs.is_heavy(context.graph, options, share)) {
    if (!context.jobs->graph)
      throw query_error(failure_code::unanswerable,
                        std::string(to_string(options.kind)) +
                            " is too costly on this graph to compute as of a day; ask without as_of for its job",
                        {{"metric", std::string(to_string(options.kind))}});
    if (auto done = context.jobs->jobs.result(context.graph, options)) return done;
    throw analysis_pending(context.jobs->jobs.start(context.jobs->graph, options));
  }
  return context.analyses.centrality(context.graph, options, context.stop);
}

metric_rank rank_by(const query_context& context, node_index node, const centrality_options& options) {
  metric_rank out{.kind = options.kind, .rank = {}, .error = {}, .pending = {}};
  try {
    const analysis_cache::scores values = scores_for(context, options, position_share);
    out.rank = rank_among(context.graph, *values, node, context.graph.kind(node));
  } catch (const analysis_pending& running) {
    out.pending = running.status();
  } catch (const query_error& error) {
    if (error.code() == failure_code::cancelled || error.code() == failure_code::deadline_exceeded) throw;
    out.error = failure::of(error);
  }
  return out;
}

}  // namespace

centrality_answer run_centrality(const query_context& context, const param_reader& params) {
  params.check();
  const centrality_options options =
      options_for(*parse_metric(params.choice("metric")), *parse_direction(params.choice("direction")),
                  params.boolean("approx"), params.number("epsilon"));
  std::optional<kind_code> kind;
  if (const std::string name = params.text("kind"); !name.empty()) {
    kind = context.graph.find_kind(name);
    if (!kind)
      throw query_error(failure_code::bad_parameter, "parameter 'kind': the graph has no nodes of kind '" + name + "'",
                        {{"parameter", "kind"}});
  }
  const std::size_t top = params.boolean("all") ? 0 : static_cast<std::size_t>(params.integer("top"));
  const analysis_cache::scores values = scores_for(context, options);
  return {.options = options, .ranked = top_k(context.graph, *values, top, kind)};
}

position_answer run_position(const query_context& context, const param_reader& params) {
  params.check();
  position_answer out{.node = require_node(context.graph, params.text("id")),
                      .mode = *parse_direction(params.choice("direction")),
                      .position = {},
                      .ranks = {}};
  out.position =
      chain_position_of(context.graph, out.node, {.max_tiers = static_cast<std::uint32_t>(params.integer("tiers"))});
  const bool approximate = params.boolean("approx");
  for (const metric kind : metrics_of(params))
    out.ranks.push_back(rank_by(context, out.node, options_for(kind, out.mode, approximate, 0.01)));
  return out;
}

components_answer run_components(const query_context& context, const param_reader& params) {
  params.check();
  components_answer out{.mode = *parse_component_mode(params.choice("mode")),
                        .found = {},
                        .order = {},
                        .top = static_cast<std::size_t>(params.integer("top"))};
  out.found = context.analyses.components_of(context.graph, out.mode, context.stop);
  out.order = out.found->by_size();
  return out;
}

}  // namespace chainex::core
