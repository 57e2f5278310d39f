#include <cstdint>
#include <string_view>

#include "random.hpp"
#include "vocabulary.hpp"
#include "writers.hpp"

namespace chainex::generator {
namespace {

constexpr std::uint32_t chinese_share = 88;  // percent of enterprises registered in China

// A value fixed by the seed and a node, for attributes drawn without a stream (names, sectors).
std::uint64_t node_hash(std::uint64_t seed, node_kind kind, std::uint32_t index) {
  return mix64(seed ^ mix64((static_cast<std::uint64_t>(kind) << 32 | index) + 0x632be59bd9b4e019ULL));
}

// What an enterprise is called and does, fixed by the seed and its index. Its subsidiaries and the
// people leading it take their name part and sector from here.
struct enterprise_profile {
  std::string_view first;
  std::string_view second;
  std::string_view sector;
  std::string_view suffix;
  std::string_view country;
};

enterprise_profile profile_of(std::uint64_t seed, std::uint32_t enterprise, std::uint32_t market_count) {
  const std::uint64_t h = node_hash(seed, node_kind::enterprise, enterprise);
  const auto pick = [h](auto table, int shift) { return table[(h >> shift) % table.size()]; };
  const bool abroad = (h >> 32) % 100 >= chinese_share;
  return {pick(company_syllables(), 0), pick(company_syllables(), 8), pick(sectors(), 16), pick(company_suffixes(), 24),
          abroad ? markets()[(h >> 40) % market_count].code : "CN"};
}

// Writes a capitalised syllable in lower case ("Xin" -> "xin"), to join two into one word.
void put_lower(csv_sink& out, std::string_view syllable) {
  out.put(static_cast<char>(syllable.front() - 'A' + 'a'));
  out.put(syllable.substr(1));
}

void put_upper(csv_sink& out, std::string_view syllable) {
  out.put(static_cast<char>(syllable.front() - 'a' + 'A'));
  out.put(syllable.substr(1));
}

void put_start(csv_sink& out, node_kind kind, std::uint32_t index) {
  put_id(out, kind, index);
  out.put(',');
  out.put(to_string(kind));
  out.put(',');
}

void put_tail(csv_sink& out, std::string_view country, std::string_view sector) {
  out.put(',');
  out.put(country);
  out.put(',');
  out.put(sector);
  out.end_row();
}

void write_markets(const plan& shape, csv_sink& out) {
  for (std::uint32_t i = 0; i < shape.count(node_kind::market); ++i) {
    put_start(out, node_kind::market, i);
    out.put(markets()[i].name);
    put_tail(out, markets()[i].code, {});
  }
}

void write_roles(const plan& shape, csv_sink& out) {
  for (std::uint32_t i = 0; i < shape.count(node_kind::role); ++i) {
    put_start(out, node_kind::role, i);
    out.put(roles()[i].name);
    put_tail(out, {}, {});
  }
}

void write_enterprises(const plan& shape, csv_sink& out) {
  for (std::uint32_t i = 0; i < shape.count(node_kind::enterprise); ++i) {
    const enterprise_profile profile = profile_of(shape.seed, i, shape.count(node_kind::market));
    put_start(out, node_kind::enterprise, i);
    out.put(profile.first);
    put_lower(out, profile.second);
    out.put(' ');
    out.put(profile.sector);
    out.put(' ');
    out.put(profile.suffix);
    put_tail(out, profile.country, profile.sector);
  }
}

// "Huaxin Vietnam Plant": the owner's trade name, the market, the kind of facility.
void write_subsidiaries(const plan& shape, csv_sink& out) {
  for (std::uint32_t i = 0; i < shape.count(node_kind::subsidiary); ++i) {
    const enterprise_profile owner = profile_of(shape.seed, shape.owner[i], shape.count(node_kind::market));
    const market_entry& market = markets()[shape.market[i]];
    const std::uint64_t h = node_hash(shape.seed, node_kind::subsidiary, i);
    put_start(out, node_kind::subsidiary, i);
    out.put(owner.first);
    put_lower(out, owner.second);
    out.put(' ');
    out.put(market.name);
    out.put(' ');
    out.put(facilities()[h % facilities().size()]);
    put_tail(out, market.code, owner.sector);
  }
}

// "Wang Xiaoming": a surname and a given name of one or two syllables.
void write_persons(const plan& shape, csv_sink& out) {
  const auto given = given_syllables();
  for (std::uint32_t i = 0; i < shape.count(node_kind::person); ++i) {
    const enterprise_profile led = profile_of(shape.seed, shape.leader_of[i], shape.count(node_kind::market));
    const std::uint64_t h = node_hash(shape.seed, node_kind::person, i);
    put_start(out, node_kind::person, i);
    out.put(surnames()[h % surnames().size()]);
    out.put(' ');
    put_upper(out, given[(h >> 16) % given.size()]);
    if ((h >> 8) % 3 != 0) out.put(given[(h >> 24) % given.size()]);
    put_tail(out, "CN", led.sector);
  }
}

}  // namespace

void write_nodes(const plan& shape, csv_sink& out, summary& counts) {
  out.put("id,kind,name,country,sector");
  out.end_row();
  write_markets(shape, out);
  write_roles(shape, out);
  write_enterprises(shape, out);
  write_subsidiaries(shape, out);
  write_persons(shape, out);
  for (std::size_t kind = 0; kind < node_kind_count; ++kind) {
    counts.nodes_by_kind[kind] += shape.nodes[kind];
    counts.nodes += shape.nodes[kind];
  }
}

}  // namespace chainex::generator
