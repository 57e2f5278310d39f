// registry.hpp — every query chainex answers and every parameter it takes, declared once, as data.
//
// The command line builds each query subcommand's options and --help from this table (cli/query_command.cpp),
// the API reads and checks its query strings through it (param_reader.hpp), and /api/metrics and
// /api/openapi.json are generated from it, so the two front doors and their documentation cannot disagree
// about a name, a type, a default, a bound or an allowed value. A parameter's CLI option is its name with
// '_' written '-' (`max_visited` is `--max-visited`); a `path` parameter is a segment of the API's route.
//
//   const query_spec& path = query_named("path");
//   for (const param_spec& p : path.params) std::cout << p.name << ": " << p.help << '\n';
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chainex/name_table.hpp"

namespace chainex::core {

// A date is an ISO 8601 date, whole or partial (YYYY, YYYY-MM, YYYY-MM-DD; chainex/dates.hpp).
enum class param_type : std::uint8_t { text, integer, number, boolean, choice, list, date };
inline constexpr std::array param_type_names{named{param_type::text, "text"},     named{param_type::integer, "integer"},
                                             named{param_type::number, "number"}, named{param_type::boolean, "boolean"},
                                             named{param_type::choice, "choice"}, named{param_type::list, "list"},
                                             named{param_type::date, "date"}};
[[nodiscard]] constexpr std::string_view to_string(param_type type) noexcept { return name_in(param_type_names, type); }

// What answering a query costs, and so where the server runs it: at once on the thread that read the
// request, on the interactive lane (bounded by the request's deadline), or on the whole-graph lane.
enum class query_cost : std::uint8_t { instant, interactive, whole_graph };

// Which front doors take a parameter.
enum class front_door : std::uint8_t { both, cli, api };

struct param_spec {
  std::string_view name;
  param_type type = param_type::text;
  std::string_view help;      // one line
  std::string_view fallback;  // the default, as text; empty: none
  double min = 0;             // integer and number: inclusive bounds
  double max = 0;
  std::vector<std::string_view> choices;  // choice: the allowed values; list: allowed items (empty: any)
  bool required = false;
  bool in_path = false;  // the API takes it as the route's {name} segment
  front_door door = front_door::both;

  [[nodiscard]] bool bounded() const noexcept { return type == param_type::integer || type == param_type::number; }
  [[nodiscard]] bool taken_by(front_door asking) const noexcept { return door == front_door::both || door == asking; }
  // "--max-visited" for max_visited.
  [[nodiscard]] std::string cli_option() const;
};

struct query_spec {
  std::string_view name;     // the CLI subcommand; the key of the query
  std::string_view summary;  // one line, for --help and the OpenAPI summary
  std::string_view route;    // the API's route; empty: the CLI alone has it
  std::string_view method = "GET";
  query_cost cost = query_cost::instant;
  bool cli = true;  // has a `chainex <name>` subcommand
  std::vector<param_spec> params;
  // Filters as it walks when asked as of a day (paths, neighbourhoods); the other queries with an `as_of`
  // read the graph as of that day (chainex/snapshot_as_of.hpp).
  bool walks = false;

  [[nodiscard]] const param_spec* find(std::string_view param) const noexcept;
};

[[nodiscard]] std::span<const query_spec> all_queries();
// The query of that name; throws std::out_of_range for a name the registry lacks (a programmer error).
[[nodiscard]] const query_spec& query_named(std::string_view name);

// The parameter's help with its allowed values, bounds and default, as the CLI's --help shows it.
[[nodiscard]] std::string help_line(const param_spec& param);

}  // namespace chainex::core
