#include <bit>
#include <cstdint>

#include "random.hpp"
#include "vocabulary.hpp"
#include "writers.hpp"

namespace chainex::generator {
namespace {

constexpr std::uint32_t wholly_owned_share = 60;  // percent of subsidiaries owned 100 %
constexpr std::uint32_t partnership_share = 15;   // percent of trading pairs that are partners

void put_edge(csv_sink& out, node_kind from, std::uint32_t source, node_kind to, std::uint32_t target, edge_type type,
              summary& counts) {
  put_id(out, from, source);
  out.put(',');
  put_id(out, to, target);
  out.put(',');
  out.put(to_string(type));
  out.put(',');
  ++counts.edges_by_type[static_cast<std::size_t>(type)];
  ++counts.edges;
}

// owns (weight 1.00 for wholly owned subsidiaries, else 0.10 to 0.99, as an equity share would be) and
// located_in (weight 1).
void write_placement(const plan& shape, csv_sink& out, random_stream& weights, summary& counts) {
  for (std::uint32_t i = 0; i < shape.owns; ++i) {
    put_edge(out, node_kind::enterprise, shape.owner[i], node_kind::subsidiary, i, edge_type::owns, counts);
    out.put_fixed(weights.chance(wholly_owned_share) ? 100 : 10 + weights.below(90), 2);
    out.end_row();
  }
  for (std::uint32_t i = 0; i < shape.located_in; ++i) {
    put_edge(out, node_kind::subsidiary, i, node_kind::market, shape.market[i], edge_type::located_in, counts);
    out.put('1');
    out.end_row();
  }
}

// Weight of a role: how deep the subsidiary's local team goes, 1 (a few people) to 5 (a full unit).
void write_roles(const plan& shape, csv_sink& out, random_stream& weights, summary& counts) {
  for (std::uint32_t i = 0; i < shape.roles.size(); ++i) {
    for (std::uint32_t mask = shape.roles[i]; mask != 0; mask &= mask - 1) {
      const auto role = static_cast<std::uint32_t>(std::countr_zero(mask));
      put_edge(out, node_kind::subsidiary, i, node_kind::role, role, edge_type::performs, counts);
      out.put_number(1 + weights.below(5));
      out.end_row();
    }
  }
}

void write_leaders(const plan& shape, csv_sink& out, summary& counts) {
  for (std::uint32_t i = 0; i < shape.leads; ++i) {
    put_edge(out, node_kind::person, i, node_kind::enterprise, shape.leader_of[i], edge_type::leads, counts);
    out.put('1');
    out.end_row();
  }
}

// Supplies carry a yearly volume (0.1 to 999.9, most of it small); partnerships a strength of 1 to 5.
void write_trade(const plan& shape, csv_sink& out, random_stream& weights, summary& counts) {
  random_stream types(shape.seed, stream::trade_types);
  for (const std::uint64_t pair : shape.trade) {
    const bool partners = types.chance(partnership_share);
    put_edge(out, node_kind::enterprise, static_cast<std::uint32_t>(pair >> 32), node_kind::enterprise,
             static_cast<std::uint32_t>(pair), partners ? edge_type::partners_with : edge_type::supplies, counts);
    if (partners) {
      out.put_number(1 + weights.below(5));
    } else {
      out.put_fixed(1 + weights.skewed(9999, 2), 1);
    }
    out.end_row();
  }
}

}  // namespace

void put_id(csv_sink& out, node_kind kind, std::uint32_t index) {
  switch (kind) {
    case node_kind::market:
      out.put("mkt:");
      out.put(markets()[index].code);
      return;
    case node_kind::role:
      out.put("role:");
      out.put(roles()[index].code);
      return;
    case node_kind::enterprise:
      out.put("ent:");
      break;
    case node_kind::subsidiary:
      out.put("sub:");
      break;
    case node_kind::person:
      out.put("per:");
      break;
  }
  out.put_number(std::uint64_t{index} + 1);
}

void write_edges(const plan& shape, csv_sink& out, summary& counts) {
  out.put("source,target,type,weight");
  out.end_row();
  random_stream weights(shape.seed, stream::weights);
  write_placement(shape, out, weights, counts);
  write_roles(shape, out, weights, counts);
  write_leaders(shape, out, counts);
  write_trade(shape, out, weights, counts);
}

}  // namespace chainex::generator
