#include "iso_countries.hpp"

#include <algorithm>
#include <vector>

#include "iso_3166_table.hpp"

namespace chainex::icij {

std::optional<std::string_view> alpha_2_of_alpha_3(std::string_view code) noexcept {
  for (const iso_country& country : iso_3166_countries)
    if (country.alpha_3 == code) return country.alpha_2;
  return std::nullopt;
}

std::optional<std::string_view> alpha_2_named(std::string_view name) {
  const std::string key = name_key(name);
  if (key.empty()) return std::nullopt;
  for (const iso_country& country : iso_3166_countries)
    if (std::find(country.names.begin(), country.names.end(), key) != country.names.end()) return country.alpha_2;
  return std::nullopt;
}

std::string name_key(std::string_view name) {
  std::vector<std::string> words;
  std::string word;
  const auto finish = [&] {
    if (!word.empty() && word != "the" && word != "of" && word != "and") words.push_back(word);
    word.clear();
  };
  for (const char c : name) {
    const char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    if (lower >= 'a' && lower <= 'z') {
      word += lower;
    } else {
      finish();
    }
  }
  finish();
  std::sort(words.begin(), words.end());
  std::string key;
  for (const auto& w : words) key += (key.empty() ? "" : " ") + w;
  return key;
}

}  // namespace chainex::icij
