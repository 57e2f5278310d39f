// JSON documents as HTTP answers (see json_answer.hpp).
#include "json_answer.hpp"

namespace chainex::server {

response json_answer(std::string body, std::uint64_t version) {
  response answer;
  answer.body = std::move(body);
  answer.set("Content-Type", "application/json; charset=utf-8");
  answer.set("X-Chainex-Version", std::to_string(version));
  answer.set("Cache-Control", "no-cache");
  return answer;
}

core::param_reader params_of(std::string_view query, const route_context& c) {
  const core::query_spec& spec = core::query_named(query);
  core::param_values values = c.query.pairs();
  std::size_t capture = 0;
  for (const core::param_spec& param : spec.params)
    if (param.in_path && capture < c.params.size()) values.emplace_back(param.name, c.params[capture++]);
  return {spec, std::move(values), core::front_door::api};
}

}  // namespace chainex::server
