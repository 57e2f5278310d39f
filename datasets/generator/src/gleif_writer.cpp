// The GLEIF-shaped files of gleif.hpp: draws who consolidates whom, then writes the three tables row by row.
#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "chainex/generator/gleif.hpp"
#include "file_output.hpp"
#include "gleif_columns.hpp"
#include "quoted_row.hpp"
#include "random.hpp"

namespace chainex::generator {
namespace {

constexpr std::uint32_t no_parent = UINT32_MAX;

struct country {
  std::string_view code;
  std::uint32_t weight;  // share of entities, per mille (roughly GLEIF's)
  std::string_view city;
  std::string_view suffix;    // of made-up legal names
  std::string_view form;      // a 4-character legal form code (made up)
  std::string_view language;  // xml:lang of names and addresses
};

constexpr std::array<country, 24> countries{{
    {"US", 150, "Wilmington", "LLC", "XTIQ", "en"},
    {"DE", 100, "Frankfurt", "GmbH", "2HBR", "de"},
    {"GB", 70, "London", "Limited", "H0PO", "en"},
    {"IT", 60, "Milano", "S.r.l.", "OV32", "it"},
    {"FR", 55, "Paris", "SAS", "6CHY", "fr"},
    {"NL", 45, "Amsterdam", "B.V.", "54M6", "nl"},
    {"ES", 40, "Madrid", "S.L.", "XJHM", "es"},
    {"CN", 45, "Shenzhen", "Co., Ltd.", "ECAK", "zh"},
    {"IN", 30, "Mumbai", "Private Limited", "8888", "en"},
    {"JP", 25, "Tokyo", "K.K.", "T417", "ja"},
    {"CA", 30, "Toronto", "Inc.", "BKVI", "en"},
    {"SE", 30, "Stockholm", "AB", "XJHM", "sv"},
    {"DK", 25, "Copenhagen", "ApS", "H8VP", "da"},
    {"CH", 25, "Zürich", "AG", "MVII", "de"},
    {"LU", 35, "Luxembourg", "S.à r.l.", "DVXS", "fr"},
    {"IE", 25, "Dublin", "Limited", "LZIC", "en"},
    {"AT", 20, "Wien", "GmbH", "AXSB", "de"},
    {"BE", 20, "Bruxelles", "SRL", "R85P", "fr"},
    {"PL", 20, "Warszawa", "sp. z o.o.", "O7XB", "pl"},
    {"KY", 25, "George Town", "Ltd.", "8888", "en"},
    {"HK", 15, "Hong Kong", "Limited", "8888", "en"},
    {"SG", 15, "Singapore", "Pte. Ltd.", "8888", "en"},
    {"AU", 15, "Sydney", "Pty Ltd", "TXVC", "en"},
    {"HU", 10, "Budapest", "Kft.", "P9F2", "hu"},
}};

constexpr std::array<std::string_view, 24> first_words{"Alpine",   "Baltic",   "Cedar", "Delta",   "Eastern", "Falcon",
                                                       "Granite",  "Harbor",   "Iron",  "Jade",    "Kestrel", "Lumen",
                                                       "Meridian", "Northern", "Orion", "Pacific", "Quartz",  "River",
                                                       "Summit",   "Terra",    "Union", "Vertex",  "Western", "Zenith"};
constexpr std::array<std::string_view, 16> second_words{
    "Capital",  "Holdings", "Industries", "Logistics", "Energy",   "Foods",   "Motors", "Systems",
    "Partners", "Trading",  "Materials",  "Pharma",    "Textiles", "Finance", "Solar",  "Electronics"};
// Chinese names: two characters of a brand, its pinyin, then 有限公司 (Youxian Gongsi).
constexpr std::array<std::pair<std::string_view, std::string_view>, 16> chinese_syllables{{{"华", "Hua"},
                                                                                           {"中", "Zhong"},
                                                                                           {"新", "Xin"},
                                                                                           {"海", "Hai"},
                                                                                           {"天", "Tian"},
                                                                                           {"金", "Jin"},
                                                                                           {"龙", "Long"},
                                                                                           {"宏", "Hong"},
                                                                                           {"信", "Xin"},
                                                                                           {"达", "Da"},
                                                                                           {"东", "Dong"},
                                                                                           {"恒", "Heng"},
                                                                                           {"瑞", "Rui"},
                                                                                           {"安", "An"},
                                                                                           {"盛", "Sheng"},
                                                                                           {"通", "Tong"}}};
constexpr std::array<std::string_view, 6> managing_lous{"5299000J2N45DDNE4Y28", "5493001KJTIIGC8Y1R12",
                                                        "213800WAVVOPS85N2205", "39120001KULK7200U106",
                                                        "815600EAD78C57FCE690", "300300S39XTBSNH66F17"};
constexpr std::array<std::string_view, 4> exception_reasons{"NATURAL_PERSONS", "NON_CONSOLIDATING", "NO_KNOWN_PERSON",
                                                            "NON_PUBLIC"};
constexpr std::array<std::uint32_t, 4> exception_reason_weights{60, 25, 10, 5};

// The entity's LEI (ISO 17442): a 4-character LOU prefix, "00", 12 characters that encode the index (and,
// drawn from the seed, its first six), and two check digits by ISO 7064 MOD 97-10.
std::string make_lei(std::uint64_t seed, std::uint32_t index) {
  static constexpr std::string_view alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  std::string lei(managing_lous[mix64(seed) % managing_lous.size()].substr(0, 4));
  lei += "00";
  std::uint64_t drawn = mix64(seed ^ mix64(index + 1));
  for (int i = 0; i < 6; ++i, drawn /= 36) lei += alphabet[drawn % 36];
  std::string tail(6, '0');
  std::uint64_t rest = index;
  for (int i = 5; i >= 0; --i, rest /= 36) tail[static_cast<std::size_t>(i)] = alphabet[rest % 36];
  lei += tail;
  std::uint32_t remainder = 0;
  for (const char c : lei) {
    const std::uint32_t value =
        c <= '9' ? static_cast<std::uint32_t>(c - '0') : static_cast<std::uint32_t>(c - 'A' + 10);
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  remainder = (remainder * 100) % 97;  // the two check digits' places, as 00
  const std::uint32_t check = 98 - remainder;
  lei += static_cast<char>('0' + check / 10);
  lei += static_cast<char>('0' + check % 10);
  return lei;
}

// Days since 1970-01-01 as YYYY-MM-DD (Hinnant's civil_from_days, integers only).
std::string iso_date(std::int64_t days) {
  days += 719468;
  const std::int64_t era = days / 146097;
  const std::int64_t day_of_era = days - era * 146097;
  const std::int64_t year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const std::int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const std::int64_t month_index = (5 * day_of_year + 2) / 153;
  const std::int64_t day = day_of_year - (153 * month_index + 2) / 5 + 1;
  const std::int64_t month = month_index < 10 ? month_index + 3 : month_index - 9;
  const std::int64_t year = year_of_era + era * 400 + (month <= 2 ? 1 : 0);
  std::string text = std::to_string(year) + "-00-00";
  text[5] = static_cast<char>('0' + month / 10);
  text[6] = static_cast<char>('0' + month % 10);
  text[8] = static_cast<char>('0' + day / 10);
  text[9] = static_cast<char>('0' + day % 10);
  return text;
}

constexpr std::int64_t first_registration_day = 15'493;  // 2012-06-01
constexpr std::int64_t registration_days = 4'900;        // to late 2025

std::uint32_t weighted(random_stream& rng, std::span<const std::uint32_t> weights) {
  std::uint32_t total = 0;
  for (const std::uint32_t weight : weights) total += weight;
  std::uint32_t pick = rng.below(total);
  for (std::uint32_t i = 0;; ++i) {
    if (pick < weights[i]) return i;
    pick -= weights[i];
  }
}

std::uint32_t draw_country(random_stream& rng) {
  static const std::vector<std::uint32_t> weights = [] {
    std::vector<std::uint32_t> list;
    for (const auto& c : countries) list.push_back(c.weight);
    return list;
  }();
  return weighted(rng, weights);
}

// Who consolidates whom: a parent per entity (no_parent for most), and each entity's country.
struct group_plan {
  std::vector<std::uint32_t> parent;
  std::vector<std::uint8_t> country;
};

group_plan plan_groups(const gleif_options& wanted) {
  const auto records = static_cast<std::uint32_t>(wanted.records);
  group_plan plan{std::vector<std::uint32_t>(records, no_parent), std::vector<std::uint8_t>(records)};
  random_stream parents(wanted.seed, stream::gleif_parents);
  const std::uint32_t pool = std::max<std::uint32_t>(1, records / 10);
  for (std::uint32_t i = 0; i < records; ++i) {
    plan.country[i] = static_cast<std::uint8_t>(draw_country(parents));
    if (i == 0 || !parents.chance(15)) continue;
    const std::uint32_t parent = parents.skewed(std::min(i, pool), 2);
    plan.parent[i] = parent;
    if (parents.chance(50)) plan.country[i] = plan.country[parent];
  }
  return plan;
}

class gleif_writer {
 public:
  gleif_writer(const gleif_options& wanted, const group_plan& groups)
      : wanted_(wanted), groups_(groups), entities_(wanted.seed, stream::gleif_entities) {
    registered_.resize(groups.parent.size());
    for (auto& day : registered_) day = first_registration_day + entities_.below(registration_days);
  }

  void entities(csv_sink& out) {
    const auto columns = lei_cdf_columns();
    quoted_row row(columns.size());
    write_header(row, columns, out);
    const auto at = [&](std::string_view name) { return index_of(columns, name); };
    const std::size_t lei = at("LEI"), legal_name = at("Entity.LegalName"), name_lang = at("Entity.LegalName.xmllang"),
                      other = at("Entity.OtherEntityNames.OtherEntityName.1"),
                      other_lang = at("Entity.OtherEntityNames.OtherEntityName.1.xmllang"),
                      other_type = at("Entity.OtherEntityNames.OtherEntityName.1.type"),
                      translit = at("Entity.TransliteratedOtherEntityNames.TransliteratedOtherEntityName.1"),
                      translit_lang =
                          at("Entity.TransliteratedOtherEntityNames.TransliteratedOtherEntityName.1.xmllang"),
                      translit_type = at("Entity.TransliteratedOtherEntityNames.TransliteratedOtherEntityName.1.type"),
                      jurisdiction = at("Entity.LegalJurisdiction"), category = at("Entity.EntityCategory"),
                      form = at("Entity.LegalForm.EntityLegalFormCode"), status = at("Entity.EntityStatus"),
                      authority = at("Entity.RegistrationAuthority.RegistrationAuthorityID"),
                      authority_entity = at("Entity.RegistrationAuthority.RegistrationAuthorityEntityID"),
                      initial = at("Registration.InitialRegistrationDate"), updated = at("Registration.LastUpdateDate"),
                      registration = at("Registration.RegistrationStatus"),
                      renewal = at("Registration.NextRenewalDate"), lou = at("Registration.ManagingLOU"),
                      sources = at("Registration.ValidationSources"),
                      validation = at("Registration.ValidationAuthority.ValidationAuthorityID"),
                      conformity = at("ConformityFlag");
    const address_columns legal_address(columns, "Entity.LegalAddress.");
    const address_columns head_office(columns, "Entity.HeadquartersAddress.");
    for (std::uint32_t i = 0; i < groups_.parent.size(); ++i) {
      const country& home = countries[groups_.country[i]];
      const bool chinese = home.code == "CN";
      std::string name = chinese ? std::string()
                                 : std::string(first_words[entities_.below(first_words.size())]) + " " +
                                       std::string(second_words[entities_.below(second_words.size())]) + " " +
                                       std::string(home.suffix);
      row.set(lei, make_lei(wanted_.seed, i));
      if (chinese) {
        const auto& first = chinese_syllables[entities_.below(chinese_syllables.size())];
        const auto& second = chinese_syllables[entities_.below(chinese_syllables.size())];
        const std::string industry(second_words[entities_.below(second_words.size())]);
        name = std::string(first.second) + std::string(second.second) + " " + industry + " Co., Ltd.";
        if (entities_.chance(80)) {
          row.set(other, std::string(first.first) + std::string(second.first) + "有限公司");
          row.set(other_lang, "zh");
          row.set(other_type, "ALTERNATIVE_LANGUAGE_LEGAL_NAME");
          row.set(translit, upper(std::string(first.second) + std::string(second.second) + " YOUXIAN GONGSI"));
          row.set(translit_lang, "zh-Latn");
          row.set(translit_type, "AUTO_ASCII_TRANSLITERATED_LEGAL_NAME");
        }
      } else if (entities_.chance(5)) {
        row.set(other, std::string(first_words[entities_.below(first_words.size())]) + " Group");
        row.set(other_lang, std::string(home.language));
        row.set(other_type, "TRADING_OR_OPERATING_NAME");
      }
      row.set(legal_name, name);
      row.set(name_lang, std::string(home.language));
      address(row, legal_address, home, i);
      // One in ten has its head office in another country than its legal seat (a holding abroad).
      address(row, head_office, entities_.chance(10) ? countries[draw_country(entities_)] : home, i);
      row.set(jurisdiction, std::string(home.code));
      row.set(category, "GENERAL");
      row.set(form, std::string(home.form));
      row.set(status, entities_.chance(95) ? "ACTIVE" : "INACTIVE");
      row.set(authority, "RA" + std::to_string(100000 + groups_.country[i] * 37));
      row.set(authority_entity, std::to_string(10'000'000 + i));
      const std::int64_t day = registered_[i];
      row.set(initial, iso_date(day) + "T00:00:00Z");
      row.set(updated, iso_date(day + 300 + entities_.below(900)) + "T08:15:30Z");
      const std::uint32_t standing = entities_.below(100);
      row.set(registration, standing < 70 ? "ISSUED" : standing < 97 ? "LAPSED" : "RETIRED");
      row.set(renewal, iso_date(day + 365 * (1 + entities_.below(12))) + "T00:00:00Z");
      row.set(lou, std::string(managing_lous[i % managing_lous.size()]));
      row.set(sources, "FULLY_CORROBORATED");
      row.set(validation, "RA" + std::to_string(100000 + groups_.country[i] * 37));
      row.set(conformity, "CONFORMING");
      row.write(out);
    }
  }

  std::uint64_t relationships(csv_sink& out) {
    const auto columns = rr_cdf_columns();
    const relationship_columns at(columns);
    quoted_row row(columns.size());
    write_header(row, columns, out);
    std::uint64_t written = 0;
    for (std::uint32_t i = 0; i < groups_.parent.size(); ++i) {
      const std::uint32_t parent = groups_.parent[i];
      if (parent == no_parent) continue;
      const bool ended = entities_.chance(5);
      relationship(row, at, i, parent, "IS_DIRECTLY_CONSOLIDATED_BY", ended, out);
      ++written;
      if (!entities_.chance(60)) continue;
      std::uint32_t ultimate = parent;
      while (groups_.parent[ultimate] != no_parent) ultimate = groups_.parent[ultimate];
      relationship(row, at, i, ultimate, "IS_ULTIMATELY_CONSOLIDATED_BY", ended, out);
      ++written;
    }
    return written;
  }

  std::uint64_t exceptions(csv_sink& out) {
    const auto columns = exception_columns();
    quoted_row row(columns.size());
    write_header(row, columns, out);
    random_stream rng(wanted_.seed, stream::gleif_exceptions);
    std::uint64_t written = 0;
    for (std::uint32_t i = 0; i < groups_.parent.size(); ++i) {
      if (groups_.parent[i] != no_parent || !rng.chance(45)) continue;
      const std::string_view reason = exception_reasons[weighted(rng, exception_reason_weights)];
      for (const std::string_view category :
           {"DIRECT_ACCOUNTING_CONSOLIDATION_PARENT", "ULTIMATE_ACCOUNTING_CONSOLIDATION_PARENT"}) {
        row.set(0, make_lei(wanted_.seed, i));
        row.set(1, std::string(category));
        row.set(2, std::string(reason));
        row.set(12, iso_date(registered_[i]) + "T00:00:00Z");
        row.set(14, "PUBLISHED");
        row.set(16, std::string(managing_lous[i % managing_lous.size()]));
        row.write(out);
        ++written;
      }
    }
    return written;
  }

 private:
  static std::size_t index_of(const std::vector<std::string>& columns, std::string_view name) {
    const auto at = std::find(columns.begin(), columns.end(), name);
    if (at == columns.end()) throw std::logic_error("no GLEIF column " + std::string(name));
    return static_cast<std::size_t>(at - columns.begin());
  }

  static void write_header(quoted_row& row, const std::vector<std::string>& columns, csv_sink& out) {
    for (std::size_t i = 0; i < columns.size(); ++i) row.set(i, columns[i]);
    row.write(out);
  }

  static std::string upper(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
    return text;
  }

  struct address_columns {
    address_columns(const std::vector<std::string>& columns, const std::string& prefix)
        : language(index_of(columns, prefix + "xmllang")),
          line(index_of(columns, prefix + "FirstAddressLine")),
          city(index_of(columns, prefix + "City")),
          code(index_of(columns, prefix + "Country")),
          postal_code(index_of(columns, prefix + "PostalCode")) {}
    std::size_t language, line, city, code, postal_code;
  };

  static void address(quoted_row& row, const address_columns& at, const country& where, std::uint32_t entity) {
    row.set(at.language, std::string(where.language));
    row.set(at.line,
            std::to_string(1 + entity % 240) + " " + std::string(first_words[entity % first_words.size()]) + " Street");
    row.set(at.city, std::string(where.city));
    row.set(at.code, std::string(where.code));
    row.set(at.postal_code, std::to_string(10000 + entity % 89999));
  }

  struct relationship_columns {
    explicit relationship_columns(const std::vector<std::string>& columns)
        : dimension(index_of(columns, "Relationship.Qualifiers.1.QualifierDimension")),
          standard(index_of(columns, "Relationship.Qualifiers.1.QualifierCategory")),
          registered(index_of(columns, "Registration.InitialRegistrationDate")),
          status(index_of(columns, "Registration.RegistrationStatus")),
          lou(index_of(columns, "Registration.ManagingLOU")),
          sources(index_of(columns, "Registration.ValidationSources")),
          documents(index_of(columns, "Registration.ValidationDocuments")) {}
    std::size_t dimension, standard, registered, status, lou, sources, documents;
  };

  void relationship(quoted_row& row, const relationship_columns& at, std::uint32_t child, std::uint32_t parent,
                    std::string_view type, bool ended, csv_sink& out) {
    row.set(0, make_lei(wanted_.seed, child));
    row.set(1, "LEI");
    row.set(2, make_lei(wanted_.seed, parent));
    row.set(3, "LEI");
    row.set(4, std::string(type));
    row.set(5, ended ? "INACTIVE" : "ACTIVE");
    // Period 1 the accounting period, period 2 the relationship's own (from the child's registration).
    row.set(6, "2024-01-01T00:00:00Z");
    row.set(7, "2024-12-31T00:00:00Z");
    row.set(8, "ACCOUNTING_PERIOD");
    const std::int64_t start = std::max(registered_[child], registered_[parent]);
    row.set(9, iso_date(start) + "T00:00:00Z");
    if (ended) row.set(10, iso_date(start + 200 + entities_.below(2000)) + "T00:00:00Z");
    row.set(11, "RELATIONSHIP_PERIOD");
    row.set(at.dimension, "ACCOUNTING_STANDARD");
    row.set(at.standard, entities_.chance(70) ? "IFRS" : "US_GAAP");
    row.set(at.registered, iso_date(start + 30) + "T00:00:00Z");
    row.set(at.status, "PUBLISHED");
    row.set(at.lou, std::string(managing_lous[child % managing_lous.size()]));
    row.set(at.sources, "FULLY_CORROBORATED");
    row.set(at.documents, "ACCOUNTS_FILING");
    row.write(out);
  }

  const gleif_options& wanted_;
  const group_plan& groups_;
  random_stream entities_;
  std::vector<std::int64_t> registered_;  // days since 1970 of each entity's initial registration
};

}  // namespace

gleif_summary write_gleif(const gleif_options& wanted, const std::filesystem::path& folder) {
  if (wanted.records < 1 || wanted.records > (std::uint64_t{1} << 31))
    throw std::invalid_argument("records must be between 1 and 2^31");
  const group_plan groups = plan_groups(wanted);
  gleif_writer writer(wanted, groups);
  std::filesystem::create_directories(folder);
  gleif_summary written;
  written.records = wanted.records;
  written.bytes += write_file(folder / "lei2.csv", [&](csv_sink& out) { writer.entities(out); });
  written.bytes +=
      write_file(folder / "rr.csv", [&](csv_sink& out) { written.relationships = writer.relationships(out); });
  written.bytes +=
      write_file(folder / "repex.csv", [&](csv_sink& out) { written.exceptions = writer.exceptions(out); });
  return written;
}

}  // namespace chainex::generator
