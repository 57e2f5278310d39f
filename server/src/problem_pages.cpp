// GET /problems/{slug}: the page a problem's type URI points at, its title and explanation as plain
// text, from the same table as the problem+json answers (problem.cpp). An unknown slug is a 404 problem.
#include <algorithm>
#include <string>

#include "api_routes.hpp"
#include "chainex/server/problem.hpp"

namespace chainex::server {

void add_problem_pages(router& app) {
  app.add("GET", "/problems/{slug}", [](const route_context& c) {
    const auto problems = all_problems();
    const auto found = std::ranges::find(problems, c.params[0], &problem_info::slug);
    if (found == problems.end()) throw http_error(problem::unknown_route, "no problem is called '" + c.params[0] + "'");
    std::string text(found->title);
    text += "\n\nHTTP status " + std::to_string(found->status) + ", type /problems/" + std::string(found->slug);
    text.append("\n\n").append(found->explanation).append("\n");
    response page{.status = 200, .headers = {}, .body = std::move(text), .shared_body = {}};
    page.set("Content-Type", "text/plain; charset=utf-8");
    page.set("Cache-Control", "max-age=86400");
    return page;
  });
}

}  // namespace chainex::server
