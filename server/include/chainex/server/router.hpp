// router.hpp — maps a method and a decoded path to a handler, and never lets an exception out.
//
// Patterns are paths whose segments are literals or `{name}` captures; the target is split into
// percent-decoded segments first, so a capture may hold any UTF-8 including '/' (sent as %2F). HEAD runs
// the GET handler (the session drops the body). A path known under other methods answers 405 with Allow;
// an unknown path under /api answers 404; any other GET or HEAD goes to the fallback (the static files).
// http_error becomes its problem response, any other exception a 500 without details.
// A route's cost tells the server where to run it (cost_of()): cheap ones on the I/O thread that read
// them, interactive ones (paths, neighbourhoods, positions) and heavy ones (whole-graph analyses,
// exports) each on a lane of worker threads of their own, so that a heavy request never holds up an
// interactive one.
//
//   router r;
//   r.add("GET", "/api/nodes/{id}", [&](const route_context& c) { return show(c.params[0]); });
//   response answer = r.handle(req);
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "chainex/server/http_types.hpp"
#include "chainex/server/query_params.hpp"

namespace chainex::server {

struct route_context {
  const request& req;
  const std::vector<std::string>& params;  // the captures, in pattern order
  const query_params& query;
  const std::vector<std::string>& segments;  // the whole decoded path
};

using handler = std::function<response(const route_context&)>;

enum class cost : std::uint8_t { cheap, interactive, heavy };

struct route_info {
  std::string method;
  std::string pattern;
  cost price = cost::cheap;
};

class router {
 public:
  void add(std::string method, std::string_view pattern, handler run, cost price = cost::cheap);
  // Answers GET and HEAD requests no route matches outside /api.
  void set_fallback(handler run) { fallback_ = std::move(run); }

  [[nodiscard]] response handle(const request& req) const noexcept;
  // The cost of the route a method and target lead to (cheap when none does).
  [[nodiscard]] cost cost_of(std::string_view method, std::string_view target) const noexcept;
  [[nodiscard]] std::vector<route_info> routes() const;

 private:
  struct route {
    std::string method;
    std::string pattern;
    std::vector<std::string> segments;  // "{…}" marks a capture
    handler run;
    cost price;
  };
  [[nodiscard]] response dispatch(const request& req) const;

  std::vector<route> routes_;
  handler fallback_;
};

}  // namespace chainex::server
