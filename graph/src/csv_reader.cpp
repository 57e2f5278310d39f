#include "chainex/csv_reader.hpp"

#include <algorithm>
#include <bit>
#include <cassert>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <stdexcept>

#include "utf8.hpp"

namespace chainex {
namespace {

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

// 1 for LF, 2 for CRLF, 0 when no line break starts at `at`. A CR alone is data, not a line break.
std::size_t line_break_length(std::string_view text, std::size_t at) noexcept {
  if (at < text.size() && text[at] == '\n') return 1;
  if (at + 1 < text.size() && text[at] == '\r' && text[at + 1] == '\n') return 2;
  return 0;
}

std::string hex_byte(unsigned char byte) {
  constexpr std::string_view digits = "0123456789abcdef";
  return {'0', 'x', digits[byte >> 4], digits[byte & 0xf]};
}

// A character as a message shows it between quotes: itself, or a C escape when it is a control character.
std::string shown(std::string_view character) {
  const auto byte = static_cast<unsigned char>(character.front());
  if (byte == '\t') return "\\t";
  if (byte == '\r') return "\\r";
  if (byte < 0x20 || byte == 0x7f) return "\\x" + hex_byte(byte).substr(2);
  return std::string(character);
}

// The first delimiter, CR, LF or quote at or after `at`, or text.size(). Looks at eight bytes at a time:
// a byte of `word` equal to `c` is a zero byte of word ^ (ones * c), and zero_bytes sets the high bit of
// exactly the zero bytes (adding 0x7f to the low seven bits carries into the high bit unless all are 0).
std::size_t find_stop(std::string_view text, std::size_t at, char delimiter) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101u;
  constexpr std::uint64_t lows = 0x7f7f7f7f7f7f7f7fu;
  const auto zero_bytes = [](std::uint64_t value) { return ~(((value & lows) + lows) | value | lows); };
  const std::uint64_t delimiters = ones * static_cast<unsigned char>(delimiter);
  for (; at + 8 <= text.size(); at += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + at, sizeof word);
    const std::uint64_t stops = zero_bytes(word ^ delimiters) | zero_bytes(word ^ (ones * '\n')) |
                                zero_bytes(word ^ (ones * '\r')) | zero_bytes(word ^ (ones * '"'));
    if (stops != 0) {
      const int bit = std::endian::native == std::endian::little ? std::countr_zero(stops) : std::countl_zero(stops);
      return at + static_cast<std::size_t>(bit / 8);
    }
  }
  for (; at < text.size(); ++at) {
    const char byte = text[at];
    if (byte == delimiter || byte == '\n' || byte == '\r' || byte == '"') break;
  }
  return at;
}

}  // namespace

csv_reader::csv_reader(std::string file, std::string_view text, csv_options options)
    : file_(std::move(file)),
      text_(text),
      options_(options),
      line_(options.first_line),
      record_line_(options.first_line) {
  if (text_.starts_with(byte_order_mark)) cursor_ = byte_order_mark.size();
  delimiter_ = options_.delimiter != '\0' ? options_.delimiter : detect_delimiter();
  if (delimiter_ == '"' || delimiter_ == '\n' || delimiter_ == '\r') {
    throw std::invalid_argument("a CSV delimiter cannot be a quote or a line break");
  }
}

bool csv_reader::next(csv_record& record) {
  while (const std::size_t length = line_break_length(text_, cursor_)) {
    cursor_ += length;
    ++line_;
  }
  if (cursor_ == text_.size()) {
    record = {line_, {}};
    return false;
  }
  record_begin_ = cursor_;
  record_line_ = line_;
  slots_.clear();
  unescaped_.clear();
  for (;;) {
    if (cursor_ < text_.size() && text_[cursor_] == '"') {
      read_quoted_field();
    } else {
      read_plain_field();
    }
    if (cursor_ == text_.size() || text_[cursor_] != delimiter_) break;
    ++cursor_;
  }
  record_end_ = cursor_;
  if (const std::size_t length = line_break_length(text_, cursor_)) {
    cursor_ += length;
    ++line_;
  }
  validate_utf8(record_begin_, record_end_);

  // Views are made only now: unescaped_ may have moved while the record's fields were read.
  views_.resize(slots_.size());
  std::transform(slots_.begin(), slots_.end(), views_.begin(), [this](const field_slot& slot) {
    return slot.escaped ? std::string_view(unescaped_).substr(slot.offset, slot.length)
                        : text_.substr(slot.offset, slot.length);
  });
  record.line = record_line_;
  record.fields = views_;
  return true;
}

// Reads up to the delimiter or line break that ends an unquoted field; cursor_ is left on it.
void csv_reader::read_plain_field() {
  const std::size_t begin = cursor_;
  std::size_t at = find_stop(text_, begin, delimiter_);
  while (at < text_.size()) {
    if (text_[at] == '"') fail_at(at, "quote inside an unquoted field");
    if (text_[at] != '\r' || line_break_length(text_, at) != 0) break;
    at = find_stop(text_, at + 1, delimiter_);
  }
  if (at - begin > options_.max_field_bytes) fail_too_long(begin);
  slots_.push_back({begin, begin, at - begin, false});
  cursor_ = at;
}

// Reads a field from its opening quote to its closing one; cursor_ is left just past the closing quote.
// The content is a view into text_ unless it holds `""`, which is copied to unescaped_ as one quote.
void csv_reader::read_quoted_field() {
  const std::size_t open = cursor_;
  const std::size_t unescaped_begin = unescaped_.size();
  bool escaped = false;
  std::size_t from = open + 1;
  for (;;) {
    const std::size_t quote = text_.find('"', from);
    if (quote == std::string_view::npos) {
      const diagnostic opened = position_of(open, {});
      fail_at(text_.size(), "unterminated quoted field (opened at line " + std::to_string(opened.line) + ", column " +
                                std::to_string(opened.column) + ")");
    }
    const bool doubled = quote + 1 < text_.size() && text_[quote + 1] == '"';
    if (doubled || escaped) {
      const std::size_t piece = quote + (doubled ? 1 : 0) - from;
      if (unescaped_.size() - unescaped_begin + piece > options_.max_field_bytes) fail_too_long(open);
      unescaped_.append(text_, from, piece);
      escaped = true;
    }
    if (!doubled) {
      cursor_ = quote + 1;
      break;
    }
    from = quote + 2;
  }
  line_ += static_cast<std::size_t>(std::count(text_.begin() + static_cast<std::ptrdiff_t>(open),
                                               text_.begin() + static_cast<std::ptrdiff_t>(cursor_), '\n'));
  if (escaped) {
    slots_.push_back({open, unescaped_begin, unescaped_.size() - unescaped_begin, true});
  } else {
    if (cursor_ - open - 2 > options_.max_field_bytes) fail_too_long(open);
    slots_.push_back({open, open + 1, cursor_ - open - 2, false});
  }
  if (cursor_ < text_.size() && text_[cursor_] != delimiter_ && line_break_length(text_, cursor_) == 0) {
    fail_after_closing_quote(cursor_);
  }
}

void csv_reader::fail_too_long(std::size_t field_begin) const {
  fail_at(field_begin, "field longer than " + std::to_string(options_.max_field_bytes) + " bytes");
}

void csv_reader::fail_after_closing_quote(std::size_t byte_offset) const {
  validate_utf8(record_begin_, byte_offset + 1);  // the character itself must be whole before it is shown
  const std::size_t length = utf8::sequence_length(text_, byte_offset);
  fail_at(byte_offset, "unexpected character '" + shown(text_.substr(byte_offset, length)) + "' after closing quote");
}

// A defect found while reading the record is reported only if no bad byte comes before it.
void csv_reader::fail_at(std::size_t byte_offset, std::string message) const {
  validate_utf8(record_begin_, byte_offset);
  throw data_error(position_of(byte_offset, std::move(message)));
}

// Counts lines and characters from the record's start, which is always the start of a line.
diagnostic csv_reader::position_of(std::size_t byte_offset, std::string message) const {
  std::size_t line = record_line_;
  std::size_t column = 1;
  for (std::size_t at = record_begin_; at < byte_offset; ++at) {
    const auto byte = static_cast<unsigned char>(text_[at]);
    if (byte == '\n') {
      ++line;
      column = 1;
    } else if (!utf8::is_continuation(byte)) {
      ++column;
    }
  }
  return {file_, line, column, std::move(message)};
}

diagnostic csv_reader::locate(std::size_t index, std::string message) const {
  assert(index <= slots_.size());
  return position_of(index < slots_.size() ? slots_[index].begin : record_end_, std::move(message));
}

// Rejects NUL bytes and invalid UTF-8 among the characters that start in [begin, end).
void csv_reader::validate_utf8(std::size_t begin, std::size_t end) const {
  for (std::size_t at = utf8::skip_ascii(text_, begin, end); at < end; at = utf8::skip_ascii(text_, at, end)) {
    if (text_[at] == '\0') throw data_error(position_of(at, "NUL byte"));
    const std::size_t length = utf8::sequence_length(text_, at);
    if (length == 0) {
      throw data_error(position_of(at, "invalid UTF-8 byte " + hex_byte(static_cast<unsigned char>(text_[at]))));
    }
    at += length;
  }
}

// The most frequent of `,` `;` and tab outside quotes in the first record; comma when none or a tie.
char csv_reader::detect_delimiter() const {
  constexpr std::array<char, 3> candidates = {',', ';', '\t'};
  std::array<std::size_t, 3> counts{};
  std::size_t at = cursor_;
  while (const std::size_t length = line_break_length(text_, at)) at += length;
  bool quoted = false;
  for (; at < text_.size(); ++at) {
    const char byte = text_[at];
    if (byte == '"') {
      quoted = !quoted;
    } else if (!quoted) {
      if (byte == '\n') break;
      const auto* found = std::find(candidates.begin(), candidates.end(), byte);
      if (found != candidates.end()) ++counts[static_cast<std::size_t>(found - candidates.begin())];
    }
  }
  const auto most = std::max_element(counts.begin(), counts.end());
  if (std::count(counts.begin(), counts.end(), *most) > 1) return ',';
  return candidates[static_cast<std::size_t>(most - counts.begin())];
}

}  // namespace chainex
