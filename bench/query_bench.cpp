// chainex-query-bench — times the analyst queries on a dataset folder, for bench/query_bench.sh.
//
//   chainex-query-bench DATA paths [PAIRS]        shortest paths (both directions, unweighted) between
//                                                 the pairs of node ids listed one pair a line in PAIRS
//                                                 ("source,target"); without PAIRS, 1000 seeded pairs
//   chainex-query-bench DATA informative [PAIRS]  the same pairs by the plain BFS and by rank=informative
//                                                 (hub-avoiding bidirectional Dijkstra), alternating per pair
//   chainex-query-bench DATA as-of DATE [PAIRS]   the same pairs' paths (BFS) and the first ends'
//                                                 neighbourhoods (depth 2, 500 nodes) with and without
//                                                 as_of DATE, alternating per pair (issue 13)
//   chainex-query-bench DATA betweenness          exact betweenness on both cores (undirected)
//   chainex-query-bench DATA approx EPS DELTA     sampled betweenness (undirected), top 20 printed
//   chainex-query-bench DATA approx-exact EPS DELTA   sampled and exact betweenness (undirected) on the
//                                                 same graph: largest error, top-20 overlap
//   chainex-query-bench DATA pagerank             PageRank (directed, weighted)
//   chainex-query-bench DATA degree               degree centrality (undirected)
// Prints one JSON object a line: the load, then the measure with its timings in seconds (wall, and CPU
// time of all threads as cpu_seconds, since the machine may be shared).
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <iterator>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "chainex/import.hpp"
#include "chainex/query/betweenness.hpp"
#include "chainex/query/centrality.hpp"
#include "chainex/query/neighborhood.hpp"
#include "chainex/query/pagerank.hpp"
#include "chainex/query/paths.hpp"

namespace {

using clock_type = std::chrono::steady_clock;

double seconds_since(clock_type::time_point start) {
  return std::chrono::duration<double>(clock_type::now() - start).count();
}

double cpu_seconds_since(std::clock_t start) { return static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC; }

std::vector<std::pair<chainex::node_index, chainex::node_index>> read_pairs(const chainex::snapshot& snap,
                                                                            const std::string& file) {
  std::vector<std::pair<chainex::node_index, chainex::node_index>> pairs;
  if (file.empty()) {
    std::mt19937_64 random(1);
    std::uniform_int_distribution<chainex::node_index> pick(0, static_cast<chainex::node_index>(snap.node_count() - 1));
    for (int i = 0; i < 1000; ++i) pairs.emplace_back(pick(random), pick(random));
    return pairs;
  }
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);) {
    const auto comma = line.find(',');
    pairs.emplace_back(*snap.find(line.substr(0, comma)), *snap.find(line.substr(comma + 1)));
  }
  return pairs;
}

void bench_paths(const chainex::snapshot& snap, const std::string& pairs_file) {
  const auto pairs = read_pairs(snap, pairs_file);
  const auto walk = chainex::make_traversal(snap, chainex::direction::both, {}, {}, snap.node_count() + 2);
  std::vector<double> times;
  std::size_t found = 0;
  std::size_t hops = 0;
  for (const auto& [from, to] : pairs) {
    const auto start = clock_type::now();
    const auto result = chainex::find_paths(snap, walk, {.from = from, .to = to});
    times.push_back(seconds_since(start));
    if (result.found()) {
      ++found;
      hops += result.paths[0].hops();
    }
  }
  std::vector<double> sorted = times;
  std::sort(sorted.begin(), sorted.end());
  double total = 0;
  for (double t : times) total += t;
  std::printf(
      "{\"measure\":\"paths\",\"pairs\":%zu,\"found\":%zu,\"hops\":%zu,\"median\":%.9f,\"p90\":%.9f,\"mean\":%.9f}\n",
      pairs.size(), found, hops, sorted[sorted.size() / 2], sorted[sorted.size() * 9 / 10],
      total / static_cast<double>(times.size()));
}

// The pairs searched by the plain BFS and by the hub-avoiding search, alternating per pair so that both see
// the same load; one JSON line per ranking with its median, p90 and p99.
void bench_informative(const chainex::snapshot& snap, const std::string& pairs_file) {
  const auto pairs = read_pairs(snap, pairs_file);
  const auto walk = chainex::make_traversal(snap, chainex::direction::both, {}, {}, snap.node_count() + 2);
  const chainex::path_rank ranks[] = {chainex::path_rank::shortest, chainex::path_rank::informative};
  std::vector<double> times[2];
  std::size_t found[2] = {0, 0};
  std::size_t hops[2] = {0, 0};
  for (const auto& [from, to] : pairs) {
    for (int r = 0; r < 2; ++r) {
      const auto start = clock_type::now();
      const auto result = chainex::find_paths(snap, walk, {.from = from, .to = to, .rank = ranks[r]});
      times[r].push_back(seconds_since(start));
      if (result.found()) {
        ++found[r];
        hops[r] += result.paths[0].hops();
      }
    }
  }
  for (int r = 0; r < 2; ++r) {
    std::vector<double> sorted = times[r];
    std::sort(sorted.begin(), sorted.end());
    std::printf(
        "{\"measure\":\"paths\",\"rank\":\"%s\",\"pairs\":%zu,\"found\":%zu,\"hops\":%zu,\"median\":%.9f,"
        "\"p90\":%.9f,\"p99\":%.9f}\n",
        r == 0 ? "shortest" : "informative", pairs.size(), found[r], hops[r], sorted[sorted.size() / 2],
        sorted[sorted.size() * 9 / 10], sorted[sorted.size() * 99 / 100]);
  }
}

// One JSON line per query and side: the median and p99 of its times.
void print_sides(const char* query, std::vector<double> (&times)[2], const std::size_t (&sizes)[2]) {
  for (int side = 0; side < 2; ++side) {
    std::sort(times[side].begin(), times[side].end());
    std::printf(
        "{\"measure\":\"as-of\",\"query\":\"%s\",\"as_of\":%s,\"runs\":%zu,\"found\":%zu,\"median\":%.9f,"
        "\"p99\":%.9f}\n",
        query, side == 0 ? "false" : "true", times[side].size(), sizes[side], times[side][times[side].size() / 2],
        times[side][times[side].size() * 99 / 100]);
  }
}

// Paths and neighbourhoods as of a day beside the same queries without it, alternating per pair so that
// both sides see the same load: what the one compare per edge walked costs.
void bench_as_of(const chainex::snapshot& snap, const std::string& date, const std::string& pairs_file) {
  const auto pairs = read_pairs(snap, pairs_file);
  const auto day = chainex::day_of(date);
  if (!day) throw std::invalid_argument("not a date: " + date);
  const chainex::traversal walks[] = {
      chainex::make_traversal(snap, chainex::direction::both, {}, {}, snap.node_count() + 2),
      chainex::make_traversal(snap, chainex::direction::both, {}, {}, snap.node_count() + 2, *day)};
  std::vector<double> path_times[2];
  std::vector<double> near_times[2];
  std::size_t found[2] = {0, 0};
  std::size_t near_nodes[2] = {0, 0};
  for (const auto& [from, to] : pairs) {
    for (int side = 0; side < 2; ++side) {
      auto start = clock_type::now();
      const auto result = chainex::find_paths(snap, walks[side], {.from = from, .to = to});
      path_times[side].push_back(seconds_since(start));
      found[side] += result.found() ? 1 : 0;
      start = clock_type::now();
      const auto near = chainex::ego_network(snap, walks[side], from, 2, 500);
      near_times[side].push_back(seconds_since(start));
      near_nodes[side] += near.nodes.size();
    }
  }
  print_sides("path", path_times, found);
  print_sides("neighbors", near_times, near_nodes);
}

void print_top(const chainex::snapshot& snap, const std::vector<double>& values) {
  std::printf("\"top\":[");
  const auto top = chainex::top_k(snap, values, 20);
  for (std::size_t i = 0; i < top.size(); ++i) {
    std::printf("%s[\"%s\",%.9g]", i ? "," : "", std::string(snap.id(top[i].node)).c_str(), top[i].value);
  }
  std::printf("]");
}

// A whole-graph vector's measure: its wall and CPU time since the start, and its top 20.
void print_vector(const char* measure, const chainex::snapshot& snap, const std::vector<double>& values,
                  clock_type::time_point start, std::clock_t cpu_start) {
  std::printf("{\"measure\":\"%s\",\"seconds\":%.3f,\"cpu_seconds\":%.3f,", measure, seconds_since(start),
              cpu_seconds_since(cpu_start));
  print_top(snap, values);
  std::printf("}\n");
}

std::size_t top_overlap(const chainex::snapshot& snap, const std::vector<double>& a, const std::vector<double>& b) {
  std::vector<chainex::node_index> x;
  std::vector<chainex::node_index> y;
  for (const auto& r : chainex::top_k(snap, a, 20)) x.push_back(r.node);
  for (const auto& r : chainex::top_k(snap, b, 20)) y.push_back(r.node);
  std::sort(x.begin(), x.end());
  std::sort(y.begin(), y.end());
  std::vector<chainex::node_index> both;
  std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(both));
  return both.size();
}

void bench_approx_against_exact(const chainex::snapshot& snap, double epsilon, double delta) {
  auto start = clock_type::now();
  const auto exact = chainex::betweenness_centrality(snap, chainex::direction::both);
  const double exact_seconds = seconds_since(start);
  start = clock_type::now();
  const auto estimate = chainex::approximate_betweenness(snap, chainex::direction::both, epsilon, delta);
  const double approx_seconds = seconds_since(start);
  double worst = 0;
  for (std::size_t v = 0; v < exact.size(); ++v) worst = std::max(worst, std::abs(estimate.values[v] - exact[v]));
  std::printf(
      "{\"measure\":\"approx-exact\",\"epsilon\":%g,\"exact_seconds\":%.3f,\"seconds\":%.3f,\"samples\":%zu,"
      "\"largest_error\":%.6f,\"top_overlap\":%zu}\n",
      epsilon, exact_seconds, approx_seconds, estimate.samples, worst, top_overlap(snap, estimate.values, exact));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr
        << "usage: chainex-query-bench DATA paths [PAIRS] | informative [PAIRS] | as-of DATE [PAIRS] | betweenness "
           "| approx EPS DELTA "
           "| approx-exact EPS DELTA"
           " | pagerank | degree\n";
    return 2;
  }
  const std::string what = argv[2];
  auto start = clock_type::now();
  const auto imported = chainex::import_csv(chainex::csv_source::from_folder(argv[1]));
  if (!imported.report.ok) {
    std::cerr << "chainex-query-bench: the import failed\n";
    return 1;
  }
  const auto& snap = *imported.graph;
  std::printf("{\"measure\":\"load\",\"nodes\":%zu,\"edges\":%zu,\"seconds\":%.3f}\n", snap.node_count(),
              snap.edge_count(), seconds_since(start));
  std::fflush(stdout);
  start = clock_type::now();
  const std::clock_t cpu_start = std::clock();
  if (what == "paths") {
    bench_paths(snap, argc > 3 ? argv[3] : "");
  } else if (what == "as-of" && argc > 3) {
    bench_as_of(snap, argv[3], argc > 4 ? argv[4] : "");
  } else if (what == "informative") {
    bench_informative(snap, argc > 3 ? argv[3] : "");
  } else if (what == "betweenness") {
    print_vector("betweenness", snap, chainex::betweenness_centrality(snap, chainex::direction::both), start,
                 cpu_start);
  } else if (what == "approx" && argc > 4) {
    const auto estimate =
        chainex::approximate_betweenness(snap, chainex::direction::both, std::stod(argv[3]), std::stod(argv[4]));
    std::printf(
        "{\"measure\":\"approx\",\"seconds\":%.3f,\"cpu_seconds\":%.3f,\"samples\":%zu,\"sample_cap\":%zu,"
        "\"vertex_diameter_bound\":%zu,",
        seconds_since(start), cpu_seconds_since(cpu_start), estimate.samples, estimate.sample_cap,
        estimate.vertex_diameter_bound);
    print_top(snap, estimate.values);
    std::printf("}\n");
  } else if (what == "approx-exact" && argc > 4) {
    bench_approx_against_exact(snap, std::stod(argv[3]), std::stod(argv[4]));
  } else if (what == "pagerank") {
    print_vector("pagerank", snap, chainex::pagerank(snap, chainex::direction::out), start, cpu_start);
  } else if (what == "degree") {
    print_vector("degree", snap, chainex::degree_centrality(snap, chainex::direction::both), start, cpu_start);
  } else {
    std::cerr << "chainex-query-bench: unknown measure '" << what << "'\n";
    return 2;
  }
  return 0;
}
