// text_column.hpp — strings stored one after another, unshared: for values that are nearly all distinct.
//
// Node names are unique almost everywhere; interning them would cost a hash insert each and save
// nothing. A text_column appends the characters to one arena and remembers where each string ends.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "huge_pages.hpp"

namespace chainex {

class text_column {
 public:
  void push_back(std::string_view text) {
    chars_.append(text);
    ends_.push_back(chars_.size());
  }
  [[nodiscard]] std::string_view at(std::size_t index) const noexcept {
    const std::uint64_t begin = index == 0 ? 0 : ends_[index - 1];
    return {chars_.data() + begin, ends_[index] - begin};
  }
  [[nodiscard]] std::size_t size() const noexcept { return ends_.size(); }
  void reserve(std::size_t strings, std::size_t bytes) {
    reserve_huge(chars_, bytes);
    reserve_huge(ends_, strings);
  }
  [[nodiscard]] std::size_t characters() const noexcept { return chars_.size(); }

 private:
  std::string chars_;
  std::vector<std::uint64_t> ends_;
};

}  // namespace chainex
