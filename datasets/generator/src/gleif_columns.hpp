// gleif_columns.hpp — the column sets of GLEIF's golden-copy CSV files, in their published order: LEI-CDF 3.1
// (338 columns: names, five other and five transliterated names, legal and head-office addresses, five other
// and five transliterated other addresses, registration authority, legal form, associated entity, status,
// five successors, five legal-entity events of five affected fields each, registration with five other
// validation authorities, conformity flag), RR-CDF 2.1 (54: nodes, type, status, five periods, five
// qualifiers, five quantifiers, registration) and reporting exceptions (20).
#pragma once

#include <string>
#include <vector>

namespace chainex::generator {

[[nodiscard]] std::vector<std::string> lei_cdf_columns();
[[nodiscard]] std::vector<std::string> rr_cdf_columns();
[[nodiscard]] std::vector<std::string> exception_columns();

}  // namespace chainex::generator
