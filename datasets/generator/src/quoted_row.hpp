// quoted_row.hpp — one CSV row of a wide table where every field is quoted and most are empty, as GLEIF
// writes its golden copy: set the few fields a row has, then write() renders all of them.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "csv_sink.hpp"

namespace chainex::generator {

class quoted_row {
 public:
  explicit quoted_row(std::size_t columns) : columns_(columns) {
    for (std::size_t i = 0; i < columns; ++i) empty_run_ += i == 0 ? "\"\"" : ",\"\"";
  }

  // The value of column `index` (text without quotes) for the next write().
  void set(std::size_t index, std::string value) { fields_.emplace_back(index, std::move(value)); }

  // Writes the row (the header when every column is set to its name) and forgets its values.
  void write(csv_sink& out) {
    std::sort(fields_.begin(), fields_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::size_t next = 0;  // the first column not written yet
    for (const auto& [index, value] : fields_) {
      put_empty(out, next, index);
      if (index > 0) out.put(',');
      out.put('"');
      out.put(value);
      out.put('"');
      next = index + 1;
    }
    put_empty(out, next, columns_);
    out.end_row();
    fields_.clear();
  }

 private:
  // Empty fields for the columns [from, to).
  void put_empty(csv_sink& out, std::size_t from, std::size_t to) const {
    if (from >= to) return;
    // Each empty field is `,""` (3 bytes) but the first of the row, which is `""`.
    const std::size_t begin = from == 0 ? 0 : 2 + 3 * (from - 1);
    const std::size_t end = 2 + 3 * (to - 1);
    out.put(std::string_view(empty_run_).substr(begin, end - begin));
  }

  std::size_t columns_;
  std::string empty_run_;  // `"",""…` for every column
  std::vector<std::pair<std::size_t, std::string>> fields_;
};

}  // namespace chainex::generator
