// chainex serve: loads a graph and serves the web front end and the JSON API until SIGINT or SIGTERM.
//
// With no data argument it serves the last good import kept in --data-dir, or else the bundled dataset
// (datasets/east-forward-2025, looked for next to the source tree the binary was built from, then in
// the current folder). web/ is found the same way unless --web is given.
#include <CLI/CLI.hpp>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "chainex/server/access_log.hpp"
#include "chainex/server/api.hpp"
#include "chainex/server/app_state.hpp"
#include "chainex/server/data_store.hpp"
#include "chainex/server/router.hpp"
#include "chainex/server/server.hpp"
#include "chainex/server/static_files.hpp"
#include "commands.hpp"
#include "data_source.hpp"
#include "report_output.hpp"

namespace chainex::cli {
namespace {

namespace fs = std::filesystem;

struct serve_options {
  data_source_options source;
  server::server_options http;
  std::string token_file;
  std::string data_dir;
  std::string web;
  std::string access_log = "-";
  double query_timeout_s = 5;
  core::job_options jobs;
};

// `relative` under the source tree of this binary (build/<name>/cli/chainex) or the current folder.
std::optional<fs::path> find_in_tree(const fs::path& relative) {
  std::error_code error;
  const fs::path exe = fs::read_symlink("/proc/self/exe", error);
  std::vector<fs::path> roots;
  if (!error) roots.push_back(exe.parent_path().parent_path().parent_path().parent_path());
  roots.push_back(fs::current_path());
  for (const fs::path& root : roots)
    if (fs::is_directory(root / relative, error)) return fs::weakly_canonical(root / relative);
  return std::nullopt;
}

std::string read_text(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string read_token(const std::string& file) {
  if (file.empty()) return {};
  std::string token = read_text(file);
  while (!token.empty() && std::isspace(static_cast<unsigned char>(token.back()))) token.pop_back();
  if (token.empty()) throw std::invalid_argument("the token file " + file + " is empty or unreadable");
  return token;
}

// Picks the data to serve when none was named, and says where it came from.
std::string choose_default_data(serve_options& o) {
  if (!o.source.folder.empty() || !o.source.node_files.empty())
    return o.source.folder.empty() ? "files" : o.source.folder;
  if (!o.data_dir.empty())
    if (const auto last = server::data_store(o.data_dir).last_good()) {
      o.source.folder = last->string();
      return "last import in " + o.data_dir;
    }
  const auto bundled = find_in_tree("datasets/east-forward-2025");
  if (!bundled) throw std::invalid_argument("no data given and datasets/east-forward-2025 not found");
  o.source.folder = bundled->string();
  return "bundled east-forward-2025";
}

int serve(serve_options& o) {
  const std::string origin = choose_default_data(o);
  const import_result loaded = load_data(o.source);
  if (!loaded.report.ok) {
    print_report_text(loaded.report, std::cerr);
    return 1;
  }
  std::string dataset_json;
  if (!o.source.folder.empty() && fs::exists(fs::path(o.source.folder) / "dataset.json"))
    dataset_json = read_text(fs::path(o.source.folder) / "dataset.json");

  server::app_state state(std::make_shared<const server::served_graph>(loaded.graph, dataset_json, origin),
                          {.token = read_token(o.token_file),
                           .data_dir = o.data_dir,
                           .query_timeout = std::chrono::milliseconds(static_cast<long>(o.query_timeout_s * 1000)),
                           .jobs = o.jobs,
                           .warm_up = true});
  server::router app;
  server::add_api_routes(app, state);
  const fs::path web = o.web.empty() ? find_in_tree("web").value_or("web") : fs::path(o.web);
  const server::static_files files(web);
  app.set_fallback([&files](const server::route_context& c) { return files.serve(c); });

  std::FILE* log_file = o.access_log == "-"     ? stderr
                        : o.access_log == "off" ? nullptr
                                                : std::fopen(o.access_log.c_str(), "a");
  if (o.access_log != "-" && o.access_log != "off" && !log_file)
    throw std::invalid_argument("cannot open the access log " + o.access_log);
  server::access_log log(log_file);

  server::http_server http(o.http, app, log);
  http.start();
  std::printf("chainex: serving %zu nodes and %zu edges (%s) and %s\nchainex: open http://%s:%u/\n",
              loaded.graph->node_count(), loaded.graph->edge_count(), origin.c_str(), web.c_str(), o.http.host.c_str(),
              static_cast<unsigned>(http.port()));
  std::fflush(stdout);
  http.wait_for_signal();
  // A second SIGINT or SIGTERM ends the process at once.
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  std::fprintf(stderr,
               "chainex: stopping (jobs cancelled, requests in flight finish; a second signal exits at once)\n");
  state.jobs().cancel_all();
  http.stop();
  if (log_file && log_file != stderr) std::fclose(log_file);
  return 0;
}

}  // namespace

void add_serve(CLI::App& app, int& exit_code) {
  auto opts = std::make_shared<serve_options>();
  auto* command = app.add_subcommand("serve", "Serve the web explorer and the JSON API");
  add_data_source_options(*command, opts->source);
  command->add_option("--port", opts->http.port, "TCP port (0: any free port)")->capture_default_str();
  command->add_option("--host", opts->http.host, "Address to bind")->capture_default_str();
  command->add_option("--threads", opts->http.threads, "I/O threads")->capture_default_str()->check(CLI::Range(1, 64));
  command->add_option("--workers", opts->http.workers, "Threads for interactive queries (paths, neighbours, positions)")
      ->capture_default_str()
      ->check(CLI::Range(1, 64));
  command->add_option("--heavy-workers", opts->http.heavy_workers, "Threads for whole-graph queries and exports")
      ->capture_default_str()
      ->check(CLI::Range(1, 64));
  command
      ->add_option("--query-timeout", opts->query_timeout_s,
                   "Seconds a request may compute before it is stopped with 503 (whole-graph analyses that need "
                   "longer run as jobs)")
      ->capture_default_str()
      ->check(CLI::Range(0.01, 3600.0));
  command
      ->add_option("--inline-budget", opts->jobs.inline_budget,
                   "Estimated steps (nodes and edges visited) a request may compute itself; a metric costing more "
                   "runs as a background job (0: every metric but degree is a job)")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1e18));
  command->add_option("--token-file", opts->token_file, "File holding the bearer token that allows POST /api/import")
      ->check(CLI::ExistingFile);
  command->add_option("--data-dir", opts->data_dir, "Folder keeping the last good import");
  command->add_option("--web", opts->web, "Folder of the front end (default: web/ of the source tree)");
  command->add_option("--access-log", opts->access_log, "Access log file, '-' for stderr, 'off' for none")
      ->capture_default_str();
  command->callback([opts, &exit_code] { exit_code = serve(*opts); });
}

}  // namespace chainex::cli
