// xml_reader.hpp — expat behind a small event interface, for the GraphML and GEXF readers.
//
// The reader hands its handler the start and end of every element in the root element's namespace
// (or in none), with the element's text at its end; elements of any other namespace (yEd's `y:`,
// GEXF's `viz:`) are skipped with everything inside them. Malformed XML is a data_error at expat's
// position; a handler reports its own errors with here(), the position of the event being handled.
// Lines count from 1 and columns from 1 in characters (expat counts them from 0, a multi-byte UTF-8
// character as one column).
//
//   xml_reader reader("g.graphml", text);
//   reader.parse(handler);  // handler.start(name, attributes) … handler.end(name, text)
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "chainex/diagnostic.hpp"

namespace chainex::xml {

// An element's attributes as expat gives them: name, value, name, value, …, null.
class attributes {
 public:
  explicit attributes(const char** pairs) noexcept : pairs_(pairs) {}
  // The value of the attribute without a namespace called `name`.
  [[nodiscard]] std::optional<std::string_view> get(std::string_view name) const noexcept;

 private:
  const char** pairs_;
};

class handler {
 public:
  virtual void start(std::string_view name, const attributes& attributes) = 0;
  virtual void end(std::string_view name, std::string_view text) = 0;

 protected:
  ~handler() = default;
};

class xml_reader {
 public:
  xml_reader(std::string file, std::string_view text);
  ~xml_reader();
  xml_reader(const xml_reader&) = delete;
  xml_reader& operator=(const xml_reader&) = delete;

  // Reads the whole text. Throws data_error on malformed XML and rethrows what the handler throws.
  void parse(handler& events);
  // The position of the event being handled (the start of its tag), with a message.
  [[nodiscard]] diagnostic here(std::string message) const;

  // The local name of the root element of `text`, if it is XML with one; reads no further than that.
  [[nodiscard]] static std::optional<std::string> root_name(std::string_view text);

 private:
  struct state;
  std::unique_ptr<state> state_;
};

}  // namespace chainex::xml
