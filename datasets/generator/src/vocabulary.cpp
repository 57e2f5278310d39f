#include "vocabulary.hpp"

#include <array>

namespace chainex::generator {
namespace {

constexpr std::array market_table{
    market_entry{"US", "United States"},
    market_entry{"DE", "Germany"},
    market_entry{"VN", "Vietnam"},
    market_entry{"ID", "Indonesia"},
    market_entry{"TH", "Thailand"},
    market_entry{"MY", "Malaysia"},
    market_entry{"SG", "Singapore"},
    market_entry{"MX", "Mexico"},
    market_entry{"BR", "Brazil"},
    market_entry{"GB", "United Kingdom"},
    market_entry{"HU", "Hungary"},
    market_entry{"SA", "Saudi Arabia"},
    market_entry{"AE", "United Arab Emirates"},
    market_entry{"FR", "France"},
    market_entry{"JP", "Japan"},
    market_entry{"KR", "South Korea"},
    market_entry{"IN", "India"},
    market_entry{"TR", "Turkey"},
    market_entry{"PL", "Poland"},
    market_entry{"KZ", "Kazakhstan"},
    market_entry{"EG", "Egypt"},
    market_entry{"ZA", "South Africa"},
    market_entry{"NG", "Nigeria"},
    market_entry{"AU", "Australia"},
    market_entry{"CA", "Canada"},
    market_entry{"NL", "Netherlands"},
    market_entry{"IT", "Italy"},
    market_entry{"ES", "Spain"},
    market_entry{"PH", "Philippines"},
    market_entry{"PK", "Pakistan"},
    market_entry{"BD", "Bangladesh"},
    market_entry{"KH", "Cambodia"},
    market_entry{"MA", "Morocco"},
    market_entry{"KE", "Kenya"},
    market_entry{"ET", "Ethiopia"},
    market_entry{"CL", "Chile"},
    market_entry{"PE", "Peru"},
    market_entry{"AR", "Argentina"},
    market_entry{"CO", "Colombia"},
    market_entry{"RS", "Serbia"},
    market_entry{"CZ", "Czechia"},
    market_entry{"SE", "Sweden"},
    market_entry{"BE", "Belgium"},
    market_entry{"UZ", "Uzbekistan"},
    market_entry{"QA", "Qatar"},
    market_entry{"IL", "Israel"},
    market_entry{"NZ", "New Zealand"},
    market_entry{"RO", "Romania"},
    market_entry{"PT", "Portugal"},
    market_entry{"GR", "Greece"},
    market_entry{"FI", "Finland"},
    market_entry{"IE", "Ireland"},
    market_entry{"CH", "Switzerland"},
    market_entry{"AT", "Austria"},
    market_entry{"DK", "Denmark"},
    market_entry{"NO", "Norway"},
    market_entry{"LA", "Laos"},
    market_entry{"MM", "Myanmar"},
    market_entry{"LK", "Sri Lanka"},
    market_entry{"MN", "Mongolia"},
    market_entry{"TZ", "Tanzania"},
    market_entry{"GH", "Ghana"},
    market_entry{"DZ", "Algeria"},
    market_entry{"OM", "Oman"},
    market_entry{"KW", "Kuwait"},
    market_entry{"NP", "Nepal"},
};

constexpr std::array role_table{
    role_entry{"sales", "Sales", 28},
    role_entry{"customer_service", "Customer service", 12},
    role_entry{"manufacturing", "Manufacturing", 12},
    role_entry{"supply_chain", "Supply chain", 9},
    role_entry{"assembly", "Assembly", 7},
    role_entry{"regional_hq", "Regional headquarters", 6},
    role_entry{"r_and_d", "Research and development", 6},
    role_entry{"retail", "Retail", 5},
    role_entry{"product_management", "Product management", 4},
    role_entry{"operations", "Operations", 4},
    role_entry{"holding", "Holding", 3},
    role_entry{"design", "Design", 2},
    role_entry{"content_studio", "Content studio", 2},
};

constexpr std::array<std::string_view, 16> sector_table{"Electronics", "Automotive",      "Batteries",    "Solar",
                                                        "Machinery",   "Home Appliances", "Telecom",      "E-commerce",
                                                        "Textiles",    "Pharmaceuticals", "Steel",        "Chemicals",
                                                        "Logistics",   "Games",           "Construction", "Food"};

constexpr std::array<std::string_view, 32> company_syllable_table{
    "Hua",  "Zhong", "Xin", "Tian", "Jin",  "Long", "Hai",   "Guo",   "Da",   "Heng", "Kang",
    "Feng", "Sheng", "Rui", "Tai",  "Yuan", "Bao",  "Chang", "Hong",  "Ming", "Xing", "Wei",
    "Jia",  "An",    "Fu",  "Yi",   "Shun", "Hao",  "Peng",  "Cheng", "Lian", "Ning"};

constexpr std::array<std::string_view, 6> company_suffix_table{"Group",      "Co. Ltd",    "Holdings",
                                                               "Technology", "Industries", "International"};

constexpr std::array<std::string_view, 8> facility_table{"Plant",         "Sales Office", "R&D Centre",
                                                         "Regional HQ",   "Warehouse",    "Service Centre",
                                                         "Assembly Line", "Store Network"};

constexpr std::array<std::string_view, 24> surname_table{
    "Wang", "Li",  "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu",    "Zhou",  "Xu",   "Sun",
    "Ma",   "Zhu", "Hu",    "Guo", "He",   "Lin",  "Gao",   "Luo",  "Zheng", "Liang", "Song", "Tang"};

constexpr std::array<std::string_view, 24> given_syllable_table{
    "wei", "fang", "min",  "jing", "li",   "qiang", "lei", "jun", "yang", "yong", "yan",  "jie",
    "tao", "ming", "chao", "xia",  "ping", "gang",  "hui", "lin", "bo",   "yu",   "hong", "ning"};

}  // namespace

std::span<const market_entry> markets() { return market_table; }
std::span<const role_entry> roles() { return role_table; }
std::span<const std::string_view> sectors() { return sector_table; }
std::span<const std::string_view> company_syllables() { return company_syllable_table; }
std::span<const std::string_view> company_suffixes() { return company_suffix_table; }
std::span<const std::string_view> facilities() { return facility_table; }
std::span<const std::string_view> surnames() { return surname_table; }
std::span<const std::string_view> given_syllables() { return given_syllable_table; }

}  // namespace chainex::generator
