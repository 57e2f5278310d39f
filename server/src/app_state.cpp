#include "chainex/server/app_state.hpp"

#include "chainex/server/problem.hpp"

namespace chainex::server {

served_graph::served_graph(std::shared_ptr<const snapshot> g, std::string dataset, std::string from)
    : graph(std::move(g)), names(*graph), stats(compute_stats(*graph)), dataset_json(std::move(dataset)), origin(std::move(from)) {}

cost_gate::ticket cost_gate::enter() {
  if (running_.fetch_add(1) >= cap_) {
    running_.fetch_sub(1);
    http_error error(problem::busy, "at most " + std::to_string(cap_) + " expensive queries run at once");
    error.headers.push_back({"Retry-After", "1"});
    throw error;
  }
  return ticket(*this);
}

app_state::app_state(std::shared_ptr<const served_graph> initial, state_options options)
    : current_(std::move(initial)), options_(std::move(options)), expensive_(options_.max_expensive) {}

}  // namespace chainex::server
