// Route matching on percent-decoded path segments (Boost.URL), and the last line of error handling.
#include "chainex/server/router.hpp"

#include <cstdio>

#include <boost/url/parse.hpp>
#include <boost/url/url_view.hpp>

#include "chainex/server/problem.hpp"

namespace chainex::server {
namespace {

std::vector<std::string> split_pattern(std::string_view pattern) {
  std::vector<std::string> segments;
  if (pattern.starts_with('/')) pattern.remove_prefix(1);
  while (!pattern.empty()) {
    const auto slash = pattern.find('/');
    segments.emplace_back(pattern.substr(0, slash));
    if (slash == std::string_view::npos) break;
    pattern.remove_prefix(slash + 1);
  }
  return segments;
}

std::vector<std::string> decoded_segments(const boost::urls::url_view& url) {
  std::vector<std::string> segments;
  for (std::string segment : url.segments()) segments.push_back(std::move(segment));
  return segments;
}

bool is_capture(const std::string& segment) { return segment.starts_with('{') && segment.ends_with('}'); }

bool matches(const std::vector<std::string>& pattern, const std::vector<std::string>& path,
             std::vector<std::string>& captures) {
  if (pattern.size() != path.size()) return false;
  captures.clear();
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (is_capture(pattern[i])) {
      if (path[i].empty()) return false;
      captures.push_back(path[i]);
    } else if (pattern[i] != path[i]) {
      return false;
    }
  }
  return true;
}

std::string allow_header(std::vector<std::string> methods) {
  if (std::ranges::find(methods, "GET") != methods.end()) methods.emplace_back("HEAD");
  std::string joined;
  for (const auto& m : methods) joined += (joined.empty() ? "" : ", ") + m;
  return joined;
}

http_error not_allowed(std::vector<std::string> methods) {
  http_error error(problem::method_not_allowed, "allowed: " + allow_header(methods));
  error.headers.push_back({"Allow", allow_header(std::move(methods))});
  return error;
}

}  // namespace

void router::add(std::string method, std::string_view pattern, handler run, cost price) {
  routes_.push_back({std::move(method), std::string(pattern), split_pattern(pattern), std::move(run), price});
}

cost router::cost_of(std::string_view method, std::string_view target) const noexcept {
  try {
    const auto url = boost::urls::parse_origin_form(target);
    if (!url) return cost::cheap;
    const std::vector<std::string> segments = decoded_segments(*url);
    if (method == "HEAD") method = "GET";
    std::vector<std::string> captures;
    for (const route& r : routes_)
      if (r.method == method && matches(r.segments, segments, captures)) return r.price;
  } catch (...) {  // out of memory: let the request take the ordinary way and fail there
  }
  return cost::cheap;
}

std::vector<route_info> router::routes() const {
  std::vector<route_info> out;
  for (const route& r : routes_) out.push_back({r.method, r.pattern, r.price});
  return out;
}

response router::handle(const request& req) const noexcept {
  try {
    try {
      return dispatch(req);
    } catch (const http_error& error) {
      return problem_response(error);
    } catch (const query_error& error) {
      return problem_response(http_error(error));
    } catch (const std::exception& error) {
      std::fprintf(stderr, "chainex: internal error answering %s %s: %s\n", req.method.c_str(), req.target.c_str(),
                   error.what());
      return problem_response(problem::internal, "the request could not be answered");
    }
  } catch (...) {
    return response{
        .status = 500, .headers = {{"Content-Type", "text/plain"}}, .body = "internal error\n", .shared_body = {}};
  }
}

response router::dispatch(const request& req) const {
  const auto url = boost::urls::parse_origin_form(req.target);
  if (!url) throw http_error(problem::bad_request, "the request target is not an origin-form path");
  const std::vector<std::string> segments = decoded_segments(*url);
  const query_params query(url->encoded_query());
  const std::string_view method = req.method == "HEAD" ? std::string_view("GET") : std::string_view(req.method);

  std::vector<std::string> captures;
  std::vector<std::string> allowed;
  for (const route& r : routes_) {
    if (!matches(r.segments, segments, captures)) continue;
    if (r.method == method) return r.run(route_context{req, captures, query, segments});
    if (std::ranges::find(allowed, r.method) == allowed.end()) allowed.push_back(r.method);
  }
  if (!allowed.empty()) throw not_allowed(std::move(allowed));
  if (!segments.empty() && segments.front() == "api")
    throw http_error(problem::unknown_route, "no API route " + std::string(url->path()));
  if (!fallback_) throw http_error(problem::unknown_route, "nothing is served here");
  if (method != "GET") throw not_allowed({"GET"});
  captures.clear();
  return fallback_(route_context{req, captures, query, segments});
}

}  // namespace chainex::server
