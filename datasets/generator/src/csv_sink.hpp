// csv_sink.hpp — buffered output of CSV text, to a file or to memory.
//
// The generator writes hundreds of megabytes; going through iostreams field by field would take longer
// than drawing the graph. A sink appends to one buffer and hands it to fwrite in large blocks (or keeps
// everything, for generate_text). Fields are written as given: callers only pass text that needs no
// quoting.
//
//   csv_sink out(file);            // or csv_sink out(nullptr) to keep the text
//   out.put("ent-"); out.put_number(7); out.put(','); ... out.end_row();
//   out.finish();                  // flushes; throws when the file could not be written
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace chainex::generator {

class csv_sink {
 public:
  explicit csv_sink(std::FILE* file);

  void put(std::string_view text) { buffer_.append(text); }
  void put(char c) { buffer_.push_back(c); }
  void put_number(std::uint64_t value);
  // `scaled` / 10^decimals with exactly `decimals` digits after the point: put_fixed(51, 2) is "0.51".
  void put_fixed(std::uint64_t scaled, int decimals);
  void end_row();

  // Writes what is buffered. Throws std::filesystem::filesystem_error (naming `path`) on failure.
  void finish(const std::string& path);
  [[nodiscard]] std::uint64_t bytes() const noexcept { return flushed_ + buffer_.size(); }
  // In memory mode: the text written so far.
  [[nodiscard]] std::string take() { return std::move(buffer_); }

 private:
  void write_out();

  std::FILE* file_;
  std::string buffer_;
  std::uint64_t flushed_ = 0;
  int error_ = 0;  // errno of the first failed write
};

}  // namespace chainex::generator
