// json_answer.hpp — a JSON document as an HTTP answer, and a request's parameters as the registry reads them.
//
// Private to server/. The documents themselves are written by core/ (chainex/core/encode.hpp); this file
// adds what HTTP needs: the status, Content-Type, the snapshot version in X-Chainex-Version, caching.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "chainex/core/param_reader.hpp"
#include "chainex/server/http_types.hpp"
#include "chainex/server/router.hpp"

namespace chainex::server {

// 200 application/json with X-Chainex-Version and Cache-Control: no-cache.
[[nodiscard]] response json_answer(std::string body, std::uint64_t version);

// The request's query parameters and the route's captures (by the names of the route's {…} segments), read
// as registry query `query` takes them at the API.
[[nodiscard]] core::param_reader params_of(std::string_view query, const route_context& c);

}  // namespace chainex::server
