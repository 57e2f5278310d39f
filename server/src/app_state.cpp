#include "chainex/server/app_state.hpp"

namespace chainex::server {

served_graph::served_graph(std::shared_ptr<const snapshot> g, std::string dataset, std::string from)
    : graph(std::move(g)),
      names(*graph),
      stats(compute_stats(*graph)),
      dataset_json(std::move(dataset)),
      origin(std::move(from)) {}

app_state::app_state(std::shared_ptr<const served_graph> initial, state_options options)
    : current_(std::move(initial)), options_(std::move(options)), answers_(options_.answer_cache_bytes) {}

}  // namespace chainex::server
