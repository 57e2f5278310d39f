#include "plan.hpp"

#include <algorithm>
#include <bit>
#include <stdexcept>
#include <string>

#include "random.hpp"
#include "vocabulary.hpp"

namespace chainex::generator {
namespace {

constexpr std::uint64_t most_nodes = std::uint64_t{1} << 31;
constexpr std::uint64_t roles_per_subsidiary = 2;  // on average, when the edge budget allows
constexpr int trade_rounds = 32;                   // redraw rounds before pairs are filled in order

std::size_t at(node_kind kind) { return static_cast<std::size_t>(kind); }

// How the edge budget is shared between the types. Structural edges come first, one per subsidiary
// or person; trade between enterprises takes what is left.
struct edge_budget {
  std::uint64_t owns = 0;
  std::uint64_t located_in = 0;
  std::uint64_t leads = 0;
  std::uint64_t performs = 0;
  std::uint64_t trade = 0;
};

std::uint64_t trade_capacity(std::uint64_t enterprises) { return enterprises * (enterprises - 1); }

edge_budget share_edges(const std::array<std::uint32_t, node_kind_count>& nodes, std::uint64_t edges) {
  const std::uint64_t subsidiaries = nodes[at(node_kind::subsidiary)];
  const std::uint64_t most_performs = subsidiaries * nodes[at(node_kind::role)];
  edge_budget budget;
  auto take = [&edges](std::uint64_t wanted) {
    const std::uint64_t granted = std::min(wanted, edges);
    edges -= granted;
    return granted;
  };
  budget.owns = take(subsidiaries);
  budget.located_in = take(subsidiaries);
  budget.leads = take(nodes[at(node_kind::person)]);
  budget.performs = take(std::min(roles_per_subsidiary * subsidiaries, most_performs));
  // Past what trade can hold without parallel edges, subsidiaries perform more roles.
  const std::uint64_t capacity = trade_capacity(nodes[at(node_kind::enterprise)]);
  if (edges > capacity) budget.performs += take(std::min(edges - capacity, most_performs - budget.performs));
  budget.trade = take(edges);
  return budget;
}

void draw_subsidiaries(plan& shape, random_stream& owners, random_stream& places) {
  const std::uint32_t subsidiaries = shape.count(node_kind::subsidiary);
  shape.owner.resize(subsidiaries);
  shape.market.resize(subsidiaries);
  for (std::uint32_t i = 0; i < subsidiaries; ++i) {
    shape.owner[i] = owners.skewed(shape.count(node_kind::enterprise), 2);
    shape.market[i] = static_cast<std::uint8_t>(places.skewed(shape.count(node_kind::market), 2));
  }
}

// Gives `total` roles to the subsidiaries: one to each first, the rest at random, never more than
// `cap` to one. Random placement is tried a bounded number of times, then the remainder is filled in
// order, so a nearly full budget still ends.
std::vector<std::uint8_t> role_counts(std::uint32_t subsidiaries, std::uint64_t total, std::uint32_t cap,
                                      random_stream& rng) {
  std::vector<std::uint8_t> counts(subsidiaries, 0);
  const std::uint64_t first = std::min<std::uint64_t>(total, subsidiaries);
  std::fill_n(counts.begin(), first, std::uint8_t{1});
  std::uint64_t extra = total - first;
  for (std::uint64_t attempt = 0; extra > 0 && attempt < 8 * total; ++attempt) {
    const std::uint32_t i = rng.below(subsidiaries);
    if (counts[i] < cap) {
      ++counts[i];
      --extra;
    }
  }
  for (std::uint32_t i = 0; extra > 0; ++i) {
    const auto added = static_cast<std::uint8_t>(std::min<std::uint64_t>(cap - counts[i], extra));
    counts[i] = static_cast<std::uint8_t>(counts[i] + added);
    extra -= added;
  }
  return counts;
}

void draw_roles(plan& shape, std::uint64_t performs, random_stream& rng) {
  const std::uint32_t role_count = shape.count(node_kind::role);
  const auto weights = roles().first(role_count);
  std::uint32_t total_weight = 0;
  for (const role_entry& role : weights) total_weight += role.weight;
  auto draw_role = [&] {
    std::uint32_t ticket = rng.below(total_weight);
    std::uint32_t r = 0;
    while (ticket >= weights[r].weight) ticket -= weights[r++].weight;
    return r;
  };

  const auto counts = role_counts(shape.count(node_kind::subsidiary), performs, role_count, rng);
  const std::uint32_t all = (1u << role_count) - 1;
  shape.roles.resize(counts.size());
  for (std::size_t i = 0; i < counts.size(); ++i) {
    std::uint32_t mask = counts[i] == role_count ? all : 0;
    while (static_cast<std::uint32_t>(std::popcount(mask)) < counts[i]) mask |= 1u << draw_role();
    shape.roles[i] = static_cast<std::uint16_t>(mask);
  }
}

void draw_leaders(plan& shape, random_stream& rng) {
  shape.leader_of.resize(shape.count(node_kind::person));
  for (std::uint32_t& enterprise : shape.leader_of) enterprise = rng.skewed(shape.count(node_kind::enterprise), 2);
}

std::uint64_t pair(std::uint64_t source, std::uint64_t target) { return source << 32 | target; }

// Adds the first `missing` enterprise pairs, in order, that are not in `pairs` yet (sorted).
void fill_in_order(std::vector<std::uint64_t>& pairs, std::uint32_t enterprises, std::uint64_t missing) {
  std::vector<std::uint64_t> added;
  for (std::uint64_t s = 0; s < enterprises && added.size() < missing; ++s) {
    for (std::uint64_t t = 0; t < enterprises && added.size() < missing; ++t) {
      if (s != t && !std::binary_search(pairs.begin(), pairs.end(), pair(s, t))) added.push_back(pair(s, t));
    }
  }
  const auto middle = pairs.insert(pairs.end(), added.begin(), added.end());
  std::inplace_merge(pairs.begin(), middle, pairs.end());
}

// Chung-Lu style: sources with weight ~ i^(-1/2), targets (the big buyers) with ~ i^(-2/3); self-loops
// and repeated pairs are drawn again.
void draw_trade(plan& shape, std::uint64_t wanted, random_stream& rng) {
  const std::uint32_t enterprises = shape.count(node_kind::enterprise);
  auto& pairs = shape.trade;
  pairs.reserve(wanted);
  for (int round = 0; round < trade_rounds && pairs.size() < wanted; ++round) {
    const std::size_t old_size = pairs.size();
    const std::uint64_t missing = wanted - old_size;
    for (std::uint64_t i = 0; i < missing; ++i) {
      const std::uint32_t source = rng.skewed(enterprises, 2);
      const std::uint32_t target = rng.skewed(enterprises, 3);
      if (source != target) pairs.push_back(pair(source, target));
    }
    std::sort(pairs.begin() + static_cast<std::ptrdiff_t>(old_size), pairs.end());
    std::inplace_merge(pairs.begin(), pairs.begin() + static_cast<std::ptrdiff_t>(old_size), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  }
  if (pairs.size() < wanted) fill_in_order(pairs, enterprises, wanted - pairs.size());
}

std::uint32_t narrow(std::uint64_t value) { return static_cast<std::uint32_t>(value); }

}  // namespace

std::array<std::uint32_t, node_kind_count> nodes_by_kind(std::uint64_t total) {
  if (total < 6 || total > most_nodes) {
    throw std::invalid_argument("the node count must be between 6 and " + std::to_string(most_nodes) + ", not " +
                                std::to_string(total));
  }
  std::array<std::uint32_t, node_kind_count> nodes{};
  nodes[at(node_kind::market)] = narrow(std::clamp<std::uint64_t>(total / 40, 1, markets().size()));
  nodes[at(node_kind::role)] = narrow(std::clamp<std::uint64_t>(total / 50, 1, roles().size()));
  const std::uint64_t rest = total - nodes[at(node_kind::market)] - nodes[at(node_kind::role)];
  nodes[at(node_kind::enterprise)] = narrow(std::max<std::uint64_t>(2, rest / 5));
  nodes[at(node_kind::person)] = narrow(std::max<std::uint64_t>(1, rest / 4));
  nodes[at(node_kind::subsidiary)] = narrow(rest - nodes[at(node_kind::enterprise)] - nodes[at(node_kind::person)]);
  return nodes;
}

std::uint64_t max_edges(std::uint64_t total) {
  const auto nodes = nodes_by_kind(total);
  const std::uint64_t subsidiaries = nodes[at(node_kind::subsidiary)];
  return subsidiaries * (2 + nodes[at(node_kind::role)]) + nodes[at(node_kind::person)] +
         trade_capacity(nodes[at(node_kind::enterprise)]);
}

plan make_plan(const options& wanted) {
  plan shape;
  shape.seed = wanted.seed;
  shape.nodes = nodes_by_kind(wanted.nodes);
  if (wanted.edges > max_edges(wanted.nodes)) {
    throw std::invalid_argument("a graph of " + std::to_string(wanted.nodes) + " nodes holds at most " +
                                std::to_string(max_edges(wanted.nodes)) + " edges here, not " +
                                std::to_string(wanted.edges));
  }
  const edge_budget budget = share_edges(shape.nodes, wanted.edges);
  shape.owns = narrow(budget.owns);
  shape.located_in = narrow(budget.located_in);
  shape.leads = narrow(budget.leads);

  random_stream owners(wanted.seed, stream::owners);
  random_stream places(wanted.seed, stream::markets);
  draw_subsidiaries(shape, owners, places);
  random_stream performs(wanted.seed, stream::performs);
  draw_roles(shape, budget.performs, performs);
  random_stream leaders(wanted.seed, stream::leaders);
  draw_leaders(shape, leaders);
  random_stream trade(wanted.seed, stream::trade);
  draw_trade(shape, budget.trade, trade);
  return shape;
}

}  // namespace chainex::generator
