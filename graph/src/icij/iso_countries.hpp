// iso_countries.hpp — ISO 3166-1 alpha-2 codes for ICIJ's markets, which name countries by alpha-3 code
// (country_codes) or by ICIJ's own jurisdiction codes with a name (jurisdiction_description): the `country` that the
// bundled dataset's and GLEIF's markets carry, so that statistics and maps count them alike.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace chainex::icij {

// `HKG` → `HK`; nullopt for a code ISO does not assign (ICIJ's `XXX`, a jurisdiction's code).
[[nodiscard]] std::optional<std::string_view> alpha_2_of_alpha_3(std::string_view code) noexcept;

// The country ISO names so, in any word order and case (`British Virgin Islands` → `VG`, as ISO's "Virgin Islands,
// British"); nullopt for any other name.
[[nodiscard]] std::optional<std::string_view> alpha_2_named(std::string_view name);

// A name as a key: its lower-case ASCII words, without "the", "of" and "and", sorted, joined by spaces.
[[nodiscard]] std::string name_key(std::string_view name);

}  // namespace chainex::icij
