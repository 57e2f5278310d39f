// The JSON of every registry query's answer, and answer(), which runs a query and encodes it (encode.hpp).
#include <algorithm>
#include <numeric>

#include "chainex/core/encode.hpp"
#include "change_documents.hpp"
#include "document.hpp"
#include "param_json.hpp"
#include "shapes.hpp"

namespace chainex::core {
namespace {

json stats_body(const graph_stats& s) {
  const auto counts = [](const std::vector<std::pair<std::string, std::size_t>>& list) {
    json object = json::object();
    for (const auto& [name, count] : list) object[name] = count;
    return object;
  };
  return {{"nodes", s.nodes},
          {"edges", s.edges},
          {"kinds", counts(s.kinds)},
          {"types", counts(s.types)},
          {"countries", s.countries},
          {"self_loops", s.self_loops},
          {"undirected_edges", s.undirected_edges},
          {"dated_edges",
           {{"exact", s.dated_edges.exact},
            {"source_year", s.dated_edges.source_year},
            {"announced", s.dated_edges.announced},
            {"undated", s.dated_edges.undated},
            {"until", s.dated_edges.until},
            {"first", s.dated_edges.first.empty() ? json(nullptr) : json(s.dated_edges.first)},
            {"last", s.dated_edges.last.empty() ? json(nullptr) : json(s.dated_edges.last)}}},
          {"degree",
           {{"min", s.degree.min},
            {"max", s.degree.max},
            {"mean", s.degree.mean},
            {"median", s.degree.median},
            {"isolated", s.degree.isolated}}}};
}

json stats(const query_context& context, const param_reader& params, bool& /*settled*/) {
  params.check();
  return stats_body(context.stats ? *context.stats : compute_stats(context.graph));
}

json search(const query_context& context, const param_reader& params, bool& /*settled*/) {
  const search_answer found = run_search(context, params);
  json results = json::array();
  for (const search_hit& hit : found.hits) {
    json item = node_summary(context.graph, hit.node);
    item["match"] = to_string(hit.match);
    item["field"] = to_string(hit.field);
    item["degree"] = hit.degree;
    results.push_back(std::move(item));
  }
  return {{"query", found.text}, {"results", std::move(results)}};
}

json edge_list(const snapshot& graph, auto edges, bool outgoing, std::size_t limit, bool& truncated) {
  json out = json::array();
  for (const edge_index edge : edges) {
    if (out.size() == limit) {
      truncated = true;
      break;
    }
    json item = edge_json(graph, edge);
    item["other"] = node_summary(graph, outgoing ? graph.target(edge) : graph.source(edge));
    out.push_back(std::move(item));
  }
  return out;
}

json node(const query_context& context, const param_reader& params, bool& /*settled*/) {
  const node_answer found = run_node(context, params);
  const snapshot& graph = context.graph;
  bool truncated = false;
  // Out-edges are one range of indices; listed rather than std::views::iota, which clang 14 (the fuzz and
  // TSan builds) cannot instantiate with libstdc++ 12.
  const edge_range out_range = graph.out_edges(found.node);
  std::vector<edge_index> out_edges(out_range.size());
  std::iota(out_edges.begin(), out_edges.end(), out_range.first);
  json edges = {{"out", edge_list(graph, out_edges, true, found.limit, truncated)},
                {"in", edge_list(graph, graph.in_edges(found.node), false, found.limit, truncated)}};
  return {{"node", node_detail(graph, found.node)},
          {"edges", std::move(edges)},
          {"degree", {{"in", graph.in_degree(found.node)}, {"out", graph.out_degree(found.node)}}},
          {"truncated", truncated}};
}

json neighbors(const query_context& context, const param_reader& params, bool& /*settled*/) {
  const neighbors_answer found = run_neighbors(context, params);
  const snapshot& graph = context.graph;
  json nodes = json::array();
  for (const ego_node& n : found.ego.nodes) {
    json item = node_summary(graph, n.node);
    item["depth"] = n.depth;
    nodes.push_back(std::move(item));
  }
  json edges = json::array();
  for (const edge_index e : found.ego.edges) edges.push_back(edge_json(graph, e));
  return {{"center", graph.id(found.center)},
          {"nodes", std::move(nodes)},
          {"edges", std::move(edges)},
          {"truncated", found.ego.truncated}};
}

// One path as the answer lists it; its nodes and edges go into the answer's maps.
json path_json(const snapshot& graph, const path& p, json& nodes, json& edges) {
  json ids = json::array();
  for (const node_index n : p.nodes) {
    ids.push_back(graph.id(n));
    nodes[std::string(graph.id(n))] = node_summary(graph, n);
  }
  for (const edge_index e : p.edges) edges[std::to_string(e)] = edge_json(graph, e);
  return {{"nodes", std::move(ids)}, {"edges", p.edges}, {"hops", p.hops()}, {"cost", p.cost}};
}

// Said when a business search finds nothing: whether a structural connection exists, and which types are so.
std::string no_business_note(const snapshot& graph, const path_answer& found) {
  std::string types;
  for (const std::string& t : found.structural_types) types += (types.empty() ? "" : ", ") + t;
  const std::string ends =
      std::string(graph.name(found.query.from)) + " and " + std::string(graph.name(found.query.to));
  if (!found.structural) return "No business connection between " + ends + ", and no structural one either.";
  return "No business connection between " + ends + "; structural_path connects them through structural relations (" +
         types + ") only. Ask relations=all for more.";
}

json paths(const query_context& context, const param_reader& params, bool& settled) {
  const path_answer found = run_path(context, params);
  settled = found.result.complete;
  const snapshot& graph = context.graph;
  json list = json::array();
  json nodes = json::object();
  json edges = json::object();
  for (const path& p : found.result.paths) list.push_back(path_json(graph, p, nodes, edges));
  json answer = {{"found", found.result.found()},
                 {"capped", found.result.capped},
                 {"complete", found.result.complete},
                 {"relations", std::string(name_in(relation_mode_names, found.relations))},
                 {"rank", std::string(name_in(path_rank_names, found.query.rank))},
                 {"business", found.business},
                 {"paths", std::move(list)}};
  if (found.relations == relation_mode::business && !found.result.found() && !found.result.capped) {
    answer["structural_path"] = found.structural ? path_json(graph, *found.structural, nodes, edges) : json(nullptr);
    answer["note"] = no_business_note(graph, found);
  }
  answer["nodes"] = std::move(nodes);
  answer["edges"] = std::move(edges);
  return answer;
}

json centrality(const query_context& context, const param_reader& params, bool& /*settled*/) {
  const centrality_answer found = run_centrality(context, params);
  const snapshot& graph = context.graph;
  json results = json::array();
  std::size_t rank = 0;
  for (const ranked_node& r : found.ranked)
    results.push_back({{"id", graph.id(r.node)},
                       {"name", graph.name(r.node)},
                       {"kind", graph.kind_name(r.node)},
                       {"value", r.value},
                       {"rank", ++rank}});
  json out = {{"metric", to_string(found.options.kind)},
              {"direction", to_string(found.options.mode)},
              {"approximate", found.options.approximate},
              {"results", std::move(results)}};
  if (found.options.approximate) {
    out["epsilon"] = found.options.epsilon;
    out["delta"] = found.options.delta;
  }
  return out;
}

json metrics(const query_context& /*context*/, const param_reader& params, bool& /*settled*/) {
  params.check();
  json parameters = json::array();
  for (const param_spec& param : query_named("centrality").params)
    if (param.name != "metric" && param.taken_by(front_door::api)) parameters.push_back(param_json(param));
  json list = json::array();
  for (const metric m : all_metrics)
    list.push_back({{"id", to_string(m)},
                    {"parameters", parameters},
                    {"output", "one value per node, as networkx defines the metric"}});
  return {{"metrics", std::move(list)}};
}

json tiers_json(const snapshot& graph, const std::vector<supply_tier>& tiers) {
  json out = json::array();
  for (const supply_tier& tier : tiers) {
    json nodes = json::array();
    for (const node_index n : tier.nodes) nodes.push_back(node_summary(graph, n));
    out.push_back({{"tier", tier.tier}, {"nodes", std::move(nodes)}});
  }
  return out;
}

json position(const query_context& context, const param_reader& params, bool& settled) {
  const position_answer found = run_position(context, params);
  const snapshot& graph = context.graph;
  json markets = json::array();
  json named = json::object();  // the roles and subsidiaries the markets list, by id
  const auto ids = [&](const std::vector<node_index>& list) {
    json out = json::array();
    for (const node_index n : list) {
      out.push_back(graph.id(n));
      named[std::string(graph.id(n))] = node_summary(graph, n);
    }
    return out;
  };
  const auto through = [&](const std::vector<held_presence>& held) {
    json out = json::array();
    for (const held_presence& h : held) {
      named[std::string(graph.id(h.via))] = node_summary(graph, h.via);
      out.push_back({{"grade", to_string(h.grade)},
                     {"depth", static_cast<int>(h.grade)},
                     {"via", graph.id(h.via)},
                     {"share", h.share ? json(*h.share) : json(nullptr)},
                     {"partners", ids(h.partners)}});
    }
    return out;
  };
  for (const market_presence& m : found.position.markets)
    markets.push_back({{"market", market_summary(graph, m.market)},
                       {"home", m.home},
                       {"sells", m.sells},
                       {"depth", static_cast<int>(m.depth)},
                       {"grade", to_string(m.depth)},
                       {"roles", ids(m.roles)},
                       {"subsidiaries", ids(m.subsidiaries)},
                       {"through", through(m.through)}});
  json ranks = json::object();
  for (const metric_rank& r : found.ranks) {
    json& entry = ranks[std::string(to_string(r.kind))];
    if (r.rank) {
      entry = {{"rank", r.rank->rank}, {"of", r.rank->of}, {"value", r.rank->value}};
    } else if (r.pending) {
      entry = {{"pending", true}, {"job", job_json(*r.pending)}};
      settled = false;
    } else {
      entry = {{"error", failure_json(*r.error)}};
    }
  }
  return {{"id", graph.id(found.node)},
          {"node", node_summary(graph, found.node)},
          {"direction", to_string(found.mode)},
          {"markets", std::move(markets)},
          {"upstream", tiers_json(graph, found.position.upstream)},
          {"downstream", tiers_json(graph, found.position.downstream)},
          {"truncated", found.position.truncated},
          {"ranks", std::move(ranks)},
          {"nodes", std::move(named)}};
}

json components_of(const query_context& context, const param_reader& params, bool& /*settled*/) {
  const components_answer found = run_components(context, params);
  json sizes = json::array();
  for (std::size_t i = 0; i < found.order.size() && i < found.top; ++i)
    sizes.push_back(found.found->sizes[found.order[i]]);
  json largest = json::array();
  if (!found.order.empty())
    for (node_index n = 0; n < context.graph.node_count() && largest.size() < 100; ++n)
      if (found.found->of[n] == found.order.front()) largest.push_back(context.graph.id(n));
  return {{"mode", to_string(found.mode)},
          {"count", found.found->count()},
          {"sizes", std::move(sizes)},
          {"largest", std::move(largest)}};
}

// Each encoder clears `settled` when its answer may change on the same snapshot.
using encoder = json (*)(const query_context&, const param_reader&, bool& settled);
struct query_encoder {
  std::string_view query;
  encoder encode;
};
constexpr query_encoder encoders[] = {{"stats", stats},
                                      {"search", search},
                                      {"node", node},
                                      {"neighbors", neighbors},
                                      {"path", paths},
                                      {"centrality", centrality},
                                      {"metrics", metrics},
                                      {"position", position},
                                      {"components", components_of},
                                      {"diff", diff_document},
                                      {"timeline", timeline_document}};

}  // namespace

bool answers_query(std::string_view query) noexcept {
  return std::ranges::any_of(encoders, [&](const query_encoder& entry) { return entry.query == query; });
}

std::string encode_job(const job_status& job, const encode_options& options) {
  return document_text(job_json(job), options);
}

std::string encode_jobs(const std::vector<job_status>& jobs, const encode_options& options) {
  json list = json::array();
  for (const job_status& job : jobs) list.push_back(job_json(job));
  return document_text({{"jobs", std::move(list)}}, options);
}

encoded_answer answer(std::string_view query, const query_context& context, const param_reader& params,
                      const encode_options& options) {
  for (const query_encoder& entry : encoders) {
    if (entry.query != query) continue;
    encoded_answer out;
    json body = entry.encode(context, params, out.settled);
    if (params.query().find("as_of") != nullptr) {  // the day the answer is for; null: now, every item
      const auto day = params.date("as_of");
      body["as_of"] = day ? json(format_date(*day)) : json(nullptr);
    }
    out.body = document_text(body, options);
    return out;
  }
  throw std::out_of_range("no encoder for query '" + std::string(query) + "'");
}

}  // namespace chainex::core
