// The CSV reader, one edge case per test. Inputs with a defect worth seeing in an editor (bad bytes, CRLF,
// a byte-order mark) are files in tests/fixtures/csv/; the rest are inline. Every error is checked as the
// exact "file:line:column: message" a user would read.
#include "chainex/csv_reader.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace chainex {
namespace {

using rows = std::vector<std::vector<std::string>>;

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(CHAINEX_FIXTURES) + "/csv/" + name, std::ios::binary);
  EXPECT_TRUE(in) << name;
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

rows read_all(std::string_view text, csv_options options = {}) {
  csv_reader reader("test.csv", text, options);
  csv_record record;
  rows result;
  while (reader.next(record)) result.emplace_back(record.fields.begin(), record.fields.end());
  return result;
}

// The error reading `text` ends with, as the user sees it; "no error" when it reads to the end.
std::string error_of(std::string_view text, csv_options options = {}, std::string file = "test.csv") {
  try {
    csv_reader reader(std::move(file), text, options);
    csv_record record;
    while (reader.next(record)) {
    }
  } catch (const data_error& error) {
    return error.where().to_string();
  }
  return "no error";
}

std::string fixture_error(const std::string& name) { return error_of(fixture(name), {}, name); }

std::vector<std::size_t> record_lines(std::string_view text) {
  csv_reader reader("test.csv", text);
  csv_record record;
  std::vector<std::size_t> lines;
  while (reader.next(record)) lines.push_back(record.line);
  return lines;
}

// --- records ---

TEST(csv_reader, reads_plain_records) {
  EXPECT_EQ(read_all("id,name\n1,Haier\n2,Midea\n"), (rows{{"id", "name"}, {"1", "Haier"}, {"2", "Midea"}}));
}

TEST(csv_reader, finds_field_ends_at_every_offset_of_the_eight_byte_stride) {
  // Fields of lengths 0..19 put each delimiter, CR and LF at every position within an 8-byte word.
  std::string text;
  rows expected;
  for (std::size_t row = 0; row < 3; ++row) {
    expected.emplace_back();
    for (std::size_t length = 0; length < 20; ++length) {
      const std::string field(length + row, static_cast<char>('a' + length));
      text += (length ? ";" : "") + field;
      expected.back().push_back(field);
    }
    text += row == 1 ? "\r\n" : "\n";
  }
  EXPECT_EQ(read_all(text), expected);
  EXPECT_EQ(error_of("abcdefghijklmnopq\"r\n"), "test.csv:1:18: quote inside an unquoted field");
}

TEST(csv_reader, quoted_field_keeps_the_delimiter) {
  EXPECT_EQ(read_all("\"Haier, Group\",CN\n"), (rows{{"Haier, Group", "CN"}}));
}

TEST(csv_reader, doubled_quote_is_one_quote) {
  EXPECT_EQ(read_all("\"say \"\"hi\"\"\",\"\"\"\"\n"), (rows{{"say \"hi\"", "\""}}));
}

TEST(csv_reader, escaped_fields_stay_valid_while_later_ones_grow_the_buffer) {
  // Each escaped field is 1 KB, so the unescaping buffer reallocates several times within the record.
  const std::string body(1000, 'x');
  std::string line;
  rows expected(1);
  for (int index = 0; index < 20; ++index) {
    line += (index ? "," : "") + ("\"" + body + "\"\"" + std::to_string(index) + "\"");
    expected[0].push_back(body + "\"" + std::to_string(index));
  }
  EXPECT_EQ(read_all(line + "\n"), expected);
}

TEST(csv_reader, newline_inside_quotes_is_part_of_the_field_and_moves_the_line) {
  const std::string text = "id,note\n1,\"two\nlines\"\n2,x\n";
  EXPECT_EQ(read_all(text), (rows{{"id", "note"}, {"1", "two\nlines"}, {"2", "x"}}));
  EXPECT_EQ(record_lines(text), (std::vector<std::size_t>{1, 2, 4}));
}

TEST(csv_reader, crlf_inside_quotes_is_kept_and_moves_the_line) {
  const std::string text = fixture("embedded_crlf.csv");
  EXPECT_EQ(read_all(text), (rows{{"id", "note"}, {"1", "first line\r\nsecond line"}, {"2", "after"}}));
  EXPECT_EQ(record_lines(text), (std::vector<std::size_t>{1, 2, 4}));
}

TEST(csv_reader, crlf_and_lf_files_give_the_same_records) {
  const rows expected = {
      {"id", "name", "country"}, {"1", "Haier, Group", "CN"}, {"2", "", "say \"hi\""}, {"3", "Midea", ""}};
  EXPECT_EQ(read_all(fixture("records_lf.csv")), expected);
  EXPECT_EQ(read_all(fixture("records_crlf.csv")), expected);
}

TEST(csv_reader, cr_before_lf_is_not_part_of_the_last_field) {
  EXPECT_EQ(read_all("a,b\r\nc,\"d\"\r\n"), (rows{{"a", "b"}, {"c", "d"}}));
}

TEST(csv_reader, cr_alone_is_data) {
  EXPECT_EQ(read_all("a\rb,c\r\n"), (rows{{"a\rb", "c"}}));
  EXPECT_EQ(read_all("abcdefghij\rklmnopqrstu\rv\n"), (rows{{"abcdefghij\rklmnopqrstu\rv"}}));
}

TEST(csv_reader, byte_order_mark_is_skipped) {
  const std::string text = fixture("bom_semicolon.csv");
  csv_reader reader("bom_semicolon.csv", text);
  csv_record record;
  ASSERT_TRUE(reader.next(record));
  ASSERT_EQ(record.fields.size(), 2u);
  EXPECT_EQ(record.fields[0], "id");
  EXPECT_EQ(reader.locate(0, "here").to_string(), "bom_semicolon.csv:1:1: here");
}

TEST(csv_reader, missing_final_newline_still_ends_the_record) {
  EXPECT_EQ(read_all("a,b\nc,d"), (rows{{"a", "b"}, {"c", "d"}}));
  EXPECT_EQ(read_all("a,\"b\""), (rows{{"a", "b"}}));
}

TEST(csv_reader, empty_lines_are_skipped_and_still_counted) {
  const std::string text = "\n\r\na,b\n\n\r\nc,d\n\n";
  EXPECT_EQ(read_all(text), (rows{{"a", "b"}, {"c", "d"}}));
  EXPECT_EQ(record_lines(text), (std::vector<std::size_t>{3, 6}));
}

TEST(csv_reader, line_of_only_whitespace_is_a_one_field_record) {
  EXPECT_EQ(read_all("a,b\n  \n\t\nc,d\n", {.delimiter = ','}), (rows{{"a", "b"}, {"  "}, {"\t"}, {"c", "d"}}));
}

TEST(csv_reader, empty_input_has_no_records) {
  EXPECT_EQ(read_all(""), rows{});
  EXPECT_EQ(read_all("\xEF\xBB\xBF"), rows{});
  EXPECT_EQ(read_all("\n\r\n"), rows{});
}

TEST(csv_reader, empty_quoted_field_is_a_record_where_an_empty_line_is_not) {
  EXPECT_EQ(read_all("\"\"\n\n\"\",\n"), (rows{{""}, {"", ""}}));
}

TEST(csv_reader, trailing_delimiter_gives_an_empty_last_field) {
  EXPECT_EQ(read_all("a,b,\nc,d,"), (rows{{"a", "b", ""}, {"c", "d", ""}}));
}

TEST(csv_reader, reports_progress_in_bytes) {
  const std::string text = "a,b\nc,d\n";
  csv_reader reader("test.csv", text);
  csv_record record;
  EXPECT_EQ(reader.bytes_total(), 8u);
  ASSERT_TRUE(reader.next(record));
  EXPECT_EQ(reader.bytes_read(), 4u);
  ASSERT_TRUE(reader.next(record));
  EXPECT_FALSE(reader.next(record));
  EXPECT_EQ(reader.bytes_read(), 8u);
}

// --- delimiter ---

TEST(csv_reader, detects_the_most_frequent_delimiter_of_the_first_record) {
  EXPECT_EQ(csv_reader("t", "id;name;note,x\n1;2;3\n").delimiter(), ';');
  EXPECT_EQ(csv_reader("t", "id\tname\n").delimiter(), '\t');
  EXPECT_EQ(csv_reader("t", "id,name\n").delimiter(), ',');
  EXPECT_EQ(read_all("id;name\n1;Haier, Group\n"), (rows{{"id", "name"}, {"1", "Haier, Group"}}));
}

TEST(csv_reader, detection_counts_only_outside_quotes) {
  EXPECT_EQ(csv_reader("t", "\"a;b;c\",d\n").delimiter(), ',');
  EXPECT_EQ(csv_reader("t", "\"a,\nb,c\";d\n").delimiter(), ';');
}

TEST(csv_reader, detection_falls_back_to_comma_on_a_tie_or_nothing) {
  EXPECT_EQ(csv_reader("t", "a;b,c\n").delimiter(), ',');
  EXPECT_EQ(csv_reader("t", "a;b\tc\n").delimiter(), ',');
  EXPECT_EQ(csv_reader("t", "id\n1\n").delimiter(), ',');
  EXPECT_EQ(csv_reader("t", "").delimiter(), ',');
}

TEST(csv_reader, detection_looks_past_the_byte_order_mark_and_empty_lines) {
  EXPECT_EQ(csv_reader("t", "\xEF\xBB\xBF\n\r\na\tb\n").delimiter(), '\t');
}

TEST(csv_reader, given_delimiter_overrides_detection) {
  const csv_options options{.delimiter = ';'};
  EXPECT_EQ(csv_reader("t", "a,b,c;d\n", options).delimiter(), ';');
  EXPECT_EQ(read_all("a,b,c;d\n", options), (rows{{"a,b,c", "d"}}));
}

// --- errors ---

TEST(csv_reader, invalid_utf8_byte) {
  EXPECT_EQ(fixture_error("invalid_utf8.csv"), "invalid_utf8.csv:3:6: invalid UTF-8 byte 0xff");
}

TEST(csv_reader, malformed_utf8_is_reported_at_the_start_of_the_bad_character) {
  EXPECT_EQ(error_of("a,\x80\n"), "test.csv:1:3: invalid UTF-8 byte 0x80");              // stray continuation
  EXPECT_EQ(error_of("a,\xC0\x80\n"), "test.csv:1:3: invalid UTF-8 byte 0xc0");          // overlong NUL
  EXPECT_EQ(error_of("a,\xE0\x9F\xBF\n"), "test.csv:1:3: invalid UTF-8 byte 0xe0");      // overlong
  EXPECT_EQ(error_of("a,\xED\xA0\x80\n"), "test.csv:1:3: invalid UTF-8 byte 0xed");      // surrogate
  EXPECT_EQ(error_of("a,\xF4\x90\x80\x80\n"), "test.csv:1:3: invalid UTF-8 byte 0xf4");  // above U+10FFFF
  EXPECT_EQ(error_of("a,\xE6\xB5,b\n"), "test.csv:1:3: invalid UTF-8 byte 0xe6");        // cut short
  EXPECT_EQ(error_of("a,\xE6\xB5"), "test.csv:1:3: invalid UTF-8 byte 0xe6");            // cut by the end
  EXPECT_EQ(error_of("\"q\xE6\xB5\"\n"), "test.csv:1:3: invalid UTF-8 byte 0xe6");       // inside quotes
  EXPECT_EQ(error_of("a,\xF0\x9F\x98\x80,\xE2\x82\xAC\n"), "no error");                  // 4 and 3 bytes
}

TEST(csv_reader, invalid_utf8_after_the_ascii_fast_path) {
  EXPECT_EQ(error_of("0123456789abcdefghij,\xFF\n"), "test.csv:1:22: invalid UTF-8 byte 0xff");
}

TEST(csv_reader, nul_byte) {
  EXPECT_EQ(fixture_error("nul_byte.csv"), "nul_byte.csv:3:6: NUL byte");
  EXPECT_EQ(error_of(std::string_view("\"a\0\"\n", 5)), "test.csv:1:3: NUL byte");
}

TEST(csv_reader, unterminated_quoted_field) {
  EXPECT_EQ(fixture_error("unterminated_quote.csv"),
            "unterminated_quote.csv:5:1: unterminated quoted field (opened at line 3, column 7)");
  EXPECT_EQ(error_of("a,\"bc"), "test.csv:1:6: unterminated quoted field (opened at line 1, column 3)");
}

TEST(csv_reader, quote_inside_an_unquoted_field) {
  EXPECT_EQ(fixture_error("quote_in_unquoted_field.csv"),
            "quote_in_unquoted_field.csv:3:5: quote inside an unquoted field");
}

TEST(csv_reader, character_after_closing_quote) {
  EXPECT_EQ(fixture_error("character_after_closing_quote.csv"),
            "character_after_closing_quote.csv:2:10: unexpected character 'x' after closing quote");
  EXPECT_EQ(error_of("\"a\" ,b\n"), "test.csv:1:4: unexpected character ' ' after closing quote");
  EXPECT_EQ(error_of("\"a\"\tb\n", {.delimiter = ','}), "test.csv:1:4: unexpected character '\\t' after closing quote");
  EXPECT_EQ(error_of("\"a\"\rb\n"), "test.csv:1:4: unexpected character '\\r' after closing quote");
}

TEST(csv_reader, column_counts_characters_not_bytes) {
  EXPECT_EQ(fixture_error("multibyte_before_error.csv"),
            "multibyte_before_error.csv:2:12: unexpected character '市' after closing quote");
}

TEST(csv_reader, tab_counts_as_one_column) {
  EXPECT_EQ(error_of("a\tb\tc\"\n"), "test.csv:1:6: quote inside an unquoted field");
}

TEST(csv_reader, line_moved_by_a_quoted_newline_counts_in_error_positions) {
  EXPECT_EQ(error_of("id,note\n1,\"two\nlines\",x\"y\n"), "test.csv:3:9: quote inside an unquoted field");
}

TEST(csv_reader, first_defect_in_the_record_is_the_one_reported) {
  EXPECT_EQ(error_of("\xFF,a\"b\n"), "test.csv:1:1: invalid UTF-8 byte 0xff");
  EXPECT_EQ(error_of("a\"b,\xFF\n"), "test.csv:1:2: quote inside an unquoted field");
}

TEST(csv_reader, field_over_the_limit) {
  const csv_options options{.max_field_bytes = 4};
  EXPECT_EQ(error_of("abcd,\"a\"\"bc\"\n", options), "no error");  // 4 bytes once unescaped
  EXPECT_EQ(error_of("ab,abcde\n", options), "test.csv:1:4: field longer than 4 bytes");
  EXPECT_EQ(error_of("ab,\"abcde\"\n", options), "test.csv:1:4: field longer than 4 bytes");
  EXPECT_EQ(error_of("ab,\"a\"\"bcd\"\n", options), "test.csv:1:4: field longer than 4 bytes");
}

TEST(csv_reader, field_over_the_default_limit_of_16_mib) {
  EXPECT_EQ(error_of("a," + std::string((16u << 20) + 1, 'x') + "\n"),
            "test.csv:1:3: field longer than 16777216 bytes");
}

// --- locate ---

TEST(csv_reader, locate_gives_the_start_of_each_field_and_the_end_of_the_record) {
  const std::string text = "id,name\n1,\"海尔\n集团\",\"CN\"\n";
  csv_reader reader("test.csv", text);
  csv_record record;
  ASSERT_TRUE(reader.next(record));
  ASSERT_TRUE(reader.next(record));
  ASSERT_EQ(record.fields.size(), 3u);
  EXPECT_EQ(reader.locate(0, "m").to_string(), "test.csv:2:1: m");
  EXPECT_EQ(reader.locate(1, "m").to_string(), "test.csv:2:3: m");  // the opening quote
  EXPECT_EQ(reader.locate(2, "m").to_string(), "test.csv:3:5: m");
  EXPECT_EQ(reader.locate(3, "row has 3 fields, header has 5").to_string(),
            "test.csv:3:9: row has 3 fields, header has 5");
}

TEST(csv_reader, locate_past_the_last_field_ignores_the_line_break) {
  csv_reader reader("test.csv", "a,bc\r\n");
  csv_record record;
  ASSERT_TRUE(reader.next(record));
  EXPECT_EQ(reader.locate(2, "m"), (diagnostic{"test.csv", 1, 5, "m"}));
}

}  // namespace
}  // namespace chainex
