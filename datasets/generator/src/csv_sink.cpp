#include "csv_sink.hpp"

#include <cerrno>
#include <charconv>
#include <filesystem>
#include <system_error>

namespace chainex::generator {
namespace {

constexpr std::size_t block = std::size_t{1} << 20;

}  // namespace

csv_sink::csv_sink(std::FILE* file) : file_(file) { buffer_.reserve(file ? block + 4096 : block); }

void csv_sink::put_number(std::uint64_t value) {
  char digits[20];
  const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  buffer_.append(digits, end);
}

void csv_sink::put_fixed(std::uint64_t scaled, int decimals) {
  std::uint64_t unit = 1;
  for (int i = 0; i < decimals; ++i) unit *= 10;
  put_number(scaled / unit);
  if (decimals == 0) return;
  put('.');
  std::uint64_t fraction = scaled % unit;
  for (unit /= 10; unit > 0; unit /= 10) {
    put(static_cast<char>('0' + fraction / unit));
    fraction %= unit;
  }
}

void csv_sink::end_row() {
  buffer_.push_back('\n');
  if (file_ && buffer_.size() >= block) write_out();
}

void csv_sink::write_out() {
  if (error_ == 0 && std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size())
    error_ = errno != 0 ? errno : EIO;
  flushed_ += buffer_.size();
  buffer_.clear();
}

void csv_sink::finish(const std::string& path) {
  if (!file_) return;
  write_out();
  if (error_ == 0 && std::fflush(file_) != 0) error_ = errno != 0 ? errno : EIO;
  if (error_ != 0) {
    throw std::filesystem::filesystem_error("cannot write", path, std::error_code(error_, std::generic_category()));
  }
}

}  // namespace chainex::generator
