// diagnostic.hpp — a message about an input file, pinned to the place it is about.
//
// Every error and warning that chainex reports about data carries the file, the 1-based line and the
// 1-based column (counted in characters, as a text editor counts them) and a reason. `data_error` is the
// exception thrown when such a problem ends an operation; expected outcomes are values, not exceptions.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace chainex {

struct diagnostic {
  std::string file;
  std::size_t line = 0;    // 1-based; 0 when the message is about the whole file
  std::size_t column = 0;  // 1-based, in characters; 0 when the message is about a whole line or file
  std::string message;

  // "file:line:column: message", leaving out the parts that are 0.
  [[nodiscard]] std::string to_string() const;
  friend bool operator==(const diagnostic&, const diagnostic&) = default;
};

// Thrown when bad input ends an operation (a CSV that cannot be read, an import that fails).
class data_error : public std::runtime_error {
 public:
  explicit data_error(diagnostic where);
  [[nodiscard]] const diagnostic& where() const noexcept { return where_; }

 private:
  diagnostic where_;
};

}  // namespace chainex
