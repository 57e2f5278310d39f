#include "located_json.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <iterator>
#include <utility>

namespace chainex::core {
namespace {

// A pointer into the text that records how far nlohmann's lexer has read (it reads one character at a
// time and, for a '{', calls the handler just after reading it).
class reading_cursor {
 public:
  using iterator_category = std::forward_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  reading_cursor(const char* at, const char** furthest) : at_(at), furthest_(furthest) {}
  reference operator*() const { return *at_; }
  reading_cursor& operator++() {
    *furthest_ = ++at_;
    return *this;
  }
  reading_cursor operator++(int) {
    reading_cursor before = *this;
    ++*this;
    return before;
  }
  friend bool operator==(const reading_cursor& a, const reading_cursor& b) { return a.at_ == b.at_; }

 private:
  const char* at_;
  const char** furthest_;
};

// What the lexer read last, as far as finding where a value starts is concerned.
enum class token { container, number, string, literal };

// nlohmann's DOM builder, plus the offsets of the elements.
class locating_handler {
 public:
  locating_handler(located_elements& out, const char* begin, const char* const* furthest)
      : out_(out), dom_(out.root, false), begin_(begin), furthest_(furthest) {}

  bool null() {
    note(token::literal);
    return dom_.null();
  }
  bool boolean(bool value) {
    note(token::literal);
    return dom_.boolean(value);
  }
  bool number_integer(nlohmann::ordered_json::number_integer_t value) {
    note(token::number);
    return dom_.number_integer(value);
  }
  bool number_unsigned(nlohmann::ordered_json::number_unsigned_t value) {
    note(token::number);
    return dom_.number_unsigned(value);
  }
  bool number_float(nlohmann::ordered_json::number_float_t /*value*/, const std::string& text) {
    note(token::number);
    nlohmann::ordered_json::binary_t literal(std::vector<std::uint8_t>(text.begin(), text.end()));
    return dom_.binary(literal);
  }
  bool string(std::string& value) {
    note(token::string);
    return dom_.string(value);
  }
  bool binary(nlohmann::ordered_json::binary_t& value) {
    note(token::literal);
    return dom_.binary(value);
  }
  bool start_object(std::size_t size) {
    note(token::container);
    open(false);
    return dom_.start_object(size);
  }
  bool end_object() {
    frames_.pop_back();
    return dom_.end_object();
  }
  bool start_array(std::size_t size) {
    note(token::container);
    open(true);
    return dom_.start_array(size);
  }
  bool end_array() {
    frames_.pop_back();
    return dom_.end_array();
  }
  bool key(std::string& name) {
    if (frames_.size() <= 2) key_ = name;  // only the names of the root's and "elements"' members matter
    return dom_.key(name);
  }
  bool parse_error(std::size_t position, const std::string& /*last_token*/, const nlohmann::detail::exception& error) {
    error_position_ = position;
    error_message_ = error.what();
    return false;
  }

  [[nodiscard]] std::size_t error_position() const noexcept { return error_position_; }
  [[nodiscard]] const std::string& error_message() const noexcept { return error_message_; }

 private:
  struct frame {
    bool array;
    std::string name;  // the key it is the value of, for the first levels
  };

  void open(bool array) { frames_.push_back({array, frames_.size() <= 2 ? std::move(key_) : std::string()}); }

  // A value has been read: if it is an element, note where it starts.
  void note(token read) {
    if (frames_.size() == 2 && frames_[1].array && frames_[1].name == "elements") {
      out_.flat.push_back(start_of(read));
    } else if (frames_.size() == 3 && !frames_[1].array && frames_[1].name == "elements" && frames_[2].array) {
      if (frames_[2].name == "nodes") out_.nodes.push_back(start_of(read));
      if (frames_[2].name == "edges") out_.edges.push_back(start_of(read));
    }
  }

  // Where the value just read starts. The lexer has read a '{' or '[' last, the last character of a string
  // or a literal, or the character after a number (unless the text ended there).
  [[nodiscard]] std::size_t start_of(token read) const {
    const std::string_view text(begin_, static_cast<std::size_t>(*furthest_ - begin_));
    std::size_t at = text.size() - 1;
    if (read == token::container) return at;
    const auto in_number = [&](char c) {
      return std::isdigit(static_cast<unsigned char>(c)) || std::strchr("+-.eE", c);
    };
    if (read == token::number && !in_number(text[at])) --at;
    if (read == token::string) {
      // Back to the opening quote: a quote with an even number of backslashes before it.
      for (--at; at > 0; --at) {
        std::size_t backslashes = 0;
        while (backslashes < at && text[at - 1 - backslashes] == '\\') ++backslashes;
        if (text[at] == '"' && backslashes % 2 == 0) break;
      }
      return at;
    }
    while (at > 0 &&
           (read == token::number ? in_number(text[at - 1]) : std::isalpha(static_cast<unsigned char>(text[at - 1]))))
      --at;
    return at;
  }

  located_elements& out_;
  nlohmann::detail::json_sax_dom_parser<nlohmann::ordered_json> dom_;
  const char* begin_;
  const char* const* furthest_;
  std::vector<frame> frames_;
  std::string key_;
  std::size_t error_position_ = 0;
  std::string error_message_;
};

// nlohmann's message without its code and its own position: "syntax error while parsing value - …".
std::string reason_of(const std::string& what) {
  const auto position = what.find("parse error");
  const auto colon = what.find(": ", position == std::string::npos ? 0 : position);
  return colon == std::string::npos ? what : what.substr(colon + 2);
}

}  // namespace

located_elements parse_located_elements(const std::string& file, std::string_view text) {
  located_elements out;
  const char* furthest = text.data();
  locating_handler handler(out, text.data(), &furthest);
  const reading_cursor first(text.data(), &furthest);
  const reading_cursor last(text.data() + text.size(), &furthest);
  if (!nlohmann::ordered_json::sax_parse(first, last, &handler)) {
    const std::size_t offset = handler.error_position() > 0 ? handler.error_position() - 1 : 0;
    throw data_error(text_positions(file, text)
                         .at(std::min(offset, text.size()), "invalid JSON: " + reason_of(handler.error_message())));
  }
  return out;
}

diagnostic text_positions::at(std::size_t offset, std::string message) {
  if (offset < offset_) *this = text_positions(std::move(file_), text_);
  for (; offset_ < offset && offset_ < text_.size(); ++offset_) {
    const auto byte = static_cast<unsigned char>(text_[offset_]);
    if (byte == '\n') {
      ++line_;
      column_ = 1;
    } else if ((byte & 0xC0u) != 0x80u && !(offset_ == 0 && text_.starts_with("\xEF\xBB\xBF"))) {
      ++column_;  // every byte but a continuation starts a character; a byte-order mark is no column
    }
  }
  return {file_, line_, column_, std::move(message)};
}

}  // namespace chainex::core
