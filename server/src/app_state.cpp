// The served graph and what requests share (see app_state.hpp).
#include "chainex/server/app_state.hpp"

#include "chainex/core/dataset_meta.hpp"

namespace chainex::server {

served_graph::served_graph(std::shared_ptr<const snapshot> g, std::string dataset, std::string from)
    : graph(std::move(g)),
      names(*graph),
      stats(compute_stats(*graph)),
      dataset_json(std::move(dataset)),
      origin(std::move(from)),
      relations(core::relation_classes_of(dataset_json)) {}

app_state::app_state(std::shared_ptr<const served_graph> initial, state_options options)
    : options_(std::move(options)), answers_(options_.answer_cache_bytes), jobs_(options_.jobs) {
  publish(std::move(initial));
}

void app_state::publish(std::shared_ptr<const served_graph> next) {
  if (!options_.warm_up) {
    current_.store(std::move(next));
    return;
  }
  // Degree in every direction, so that the first ranking a reader asks for is a look-up (on 10M edges each
  // takes about half a second): the default direction (both) before the graph is served, the two others in
  // the background. A newer graph stops the warm-up of the older one.
  (void)analyses_.centrality(*next->graph, {.kind = metric::degree, .mode = direction::both});
  current_.store(next);
  warm_up_ = std::jthread([this, graph = next->graph](const std::stop_token& stop) {
    for (const direction mode : {direction::out, direction::in}) {
      if (stop.stop_requested()) return;
      (void)analyses_.centrality(*graph, {.kind = metric::degree, .mode = mode});
    }
  });
}

interrupt app_state::deadline_for(std::stop_token cancel) const {
  return interrupt(std::move(cancel), interrupt::clock::now() + options_.query_timeout);
}

}  // namespace chainex::server
