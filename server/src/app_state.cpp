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
    : current_(std::move(initial)),
      options_(std::move(options)),
      answers_(options_.answer_cache_bytes),
      jobs_(options_.jobs) {}

interrupt app_state::deadline_for(std::stop_token cancel) const {
  return interrupt(std::move(cancel), interrupt::clock::now() + options_.query_timeout);
}

}  // namespace chainex::server
