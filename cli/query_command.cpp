// Registry-built query subcommands (see query_command.hpp).
#include "query_command.hpp"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "chainex/core/dataset_meta.hpp"
#include "chainex/core/encode.hpp"
#include "data_source.hpp"
#include "progress_display.hpp"

namespace chainex::cli {
namespace {

std::string type_name(const core::param_spec& param) {
  switch (param.type) {
    case core::param_type::integer:
      return "INT";
    case core::param_type::number:
      return "NUMBER";
    case core::param_type::choice:
      return "CHOICE";
    case core::param_type::list:
      return "LIST";
    case core::param_type::date:
      return "DATE";
    case core::param_type::boolean:
    case core::param_type::text:
      break;
  }
  return "TEXT";
}

struct query_options : data_options {
  std::map<std::string, std::vector<std::string>, std::less<>> given;  // by parameter name
};

void add_param(CLI::App& command, const core::param_spec& param, query_options& options) {
  std::vector<std::string>& slot = options.given[std::string(param.name)];
  const std::string help = core::help_line(param);
  if (param.type == core::param_type::boolean) {
    command.add_flag_callback(
        param.cli_option(), [&slot] { slot = {"true"}; }, help);
    return;
  }
  CLI::Option* option = command.add_option(param.cli_option(), slot, help)->type_name(type_name(param));
  if (param.type != core::param_type::list) {
    option->expected(1)->multi_option_policy(CLI::MultiOptionPolicy::Throw);
  }
  if (param.required) option->required();
}

// The data folder's dataset.json relation classes (the built-in table when there is none).
relation_classes relations_of_folder(const std::string& folder) {
  const std::filesystem::path file = std::filesystem::path(folder) / "dataset.json";
  if (folder.empty() || !std::filesystem::is_regular_file(file)) return {};
  std::ifstream in(file, std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return core::relation_classes_of(text);
}

core::param_values values_of(const query_options& options) {
  core::param_values values;
  for (const auto& [name, given] : options.given) {
    if (given.empty()) continue;
    std::string joined;
    for (const std::string& item : given) joined += (joined.empty() ? "" : ",") + item;
    values.emplace_back(name, std::move(joined));
  }
  return values;
}

}  // namespace

void add_query_command(CLI::App& app, std::string_view query, int& exit_code, query_renderers renderers) {
  const core::query_spec& spec = core::query_named(query);
  auto options = std::make_shared<query_options>();
  auto* command = app.add_subcommand(std::string(spec.name), std::string(spec.summary));
  add_data_options(*command, *options, static_cast<bool>(renderers.csv));
  for (const core::param_spec& param : spec.params)
    if (param.taken_by(core::front_door::cli)) add_param(*command, param, *options);
  command->callback(with_graph(options->source, exit_code, [options, &spec, renderers](const snapshot& graph) {
    const core::param_reader params(spec, values_of(*options), core::front_door::cli);
    const dated_snapshot then = core::graph_for(params, graph);  // as of --as-of, for a whole-graph query
    analysis_cache analyses;
    progress_display display;
    const relation_classes relations = relations_of_folder(options->source.folder);
    const core::query_context context{.graph = then.graph ? *then.graph : graph,
                                      .analyses = analyses,
                                      .stop = display.reporter(),
                                      .relations = &relations};
    if (const auto day = spec.find("as_of") ? params.date("as_of") : std::nullopt;
        day && options->format == output_format::text)
      std::cout << "As of " << format_date(*day) << "\n";
    if (options->format == output_format::json) {
      std::cout << core::answer(spec.name, context, params, {.indent = 2}).body << '\n';
    } else if (options->format == output_format::csv) {
      renderers.csv(context, params);
    } else {
      renderers.text(context, params);
    }
  }));
}

}  // namespace chainex::cli
