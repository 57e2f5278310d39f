// The progress bar of the query commands (see progress_display.hpp).
#include "progress_display.hpp"

#include <poll.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>

namespace chainex::cli {
namespace {

using clock_type = std::chrono::steady_clock;
using seconds = std::chrono::duration<double>;

constexpr int redraw_every_ms = 250;
constexpr seconds quiet_for{0.5};  // a computation shorter than this shows nothing
constexpr int bar_width = 30;

// "1h02m", "3m05s", "42s".
std::string duration_text(double total) {
  const long whole = std::lround(total);
  std::array<char, 32> text{};
  if (whole >= 3600) {
    std::snprintf(text.data(), text.size(), "%ldh%02ldm", whole / 3600, whole / 60 % 60);
  } else if (whole >= 60) {
    std::snprintf(text.data(), text.size(), "%ldm%02lds", whole / 60, whole % 60);
  } else {
    std::snprintf(text.data(), text.size(), "%lds", whole);
  }
  return text.data();
}

// The bar as the thread last drew it, and the computation it follows.
class bar {
 public:
  // Draws "computing [#########.....................]  31%  ETA 2m05s" for the progress now, or clears it.
  void show(double fraction) {
    if (fraction < last_) {  // a new computation
      start_ = clock_type::now();
      from_ = fraction;
    }
    last_ = fraction;
    const seconds elapsed = clock_type::now() - start_;
    if (fraction <= 0 || fraction >= 1 || elapsed < quiet_for) return clear();
    const int filled = static_cast<int>(fraction * bar_width);
    std::string eta;
    if (fraction > from_) eta = "  ETA " + duration_text(elapsed.count() * (1 - fraction) / (fraction - from_));
    std::fprintf(stderr, "\rcomputing [%s%s] %3.0f%%%s\x1b[K", std::string(filled, '#').c_str(),
                 std::string(bar_width - filled, '.').c_str(), 100 * fraction, eta.c_str());
    std::fflush(stderr);
    drawn_ = true;
  }
  void clear() {
    if (!drawn_) return;
    std::fprintf(stderr, "\r\x1b[K");
    std::fflush(stderr);
    drawn_ = false;
  }

 private:
  clock_type::time_point start_ = clock_type::now();
  double from_ = 0;  // the progress when the computation was first seen
  double last_ = 0;
  bool drawn_ = false;
};

// Writes all of it, unless the output is gone.
void write_all(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t written = ::write(fd, data, size);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return;
    data += written;
    size -= static_cast<std::size_t>(written);
  }
}

}  // namespace

progress_display::progress_display() {
  std::array<int, 2> ends{};
  if (::isatty(STDERR_FILENO) != 1 || ::pipe(ends.data()) != 0) return;
  std::cout.flush();
  std::fflush(stdout);
  stdout_ = ::dup(STDOUT_FILENO);
  ::dup2(ends[1], STDOUT_FILENO);
  ::close(ends[1]);
  answer_ = ends[0];
  painter_ = std::thread([this] { run(); });
}

progress_display::~progress_display() {
  if (answer_ < 0) return;
  std::cout.flush();
  std::fflush(stdout);
  ::dup2(stdout_, STDOUT_FILENO);  // closes the pipe's last writing end: the thread reads to its end and stops
  painter_.join();
  ::close(answer_);
  ::close(stdout_);
}

void progress_display::run() {
  bar shown;
  bool answering = false;  // the answer has begun: no more bar
  std::array<char, 65536> buffer{};
  pollfd answer{.fd = answer_, .events = POLLIN, .revents = 0};
  for (;;) {
    const int ready = ::poll(&answer, 1, redraw_every_ms);
    if (ready == 0) {
      if (!answering) shown.show(done_.load(std::memory_order_relaxed));
      continue;
    }
    if (ready < 0 && errno == EINTR) continue;
    const ssize_t got = ::read(answer_, buffer.data(), buffer.size());  // readable, at its end, or poll failed
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) break;
    if (!answering) shown.clear();
    answering = true;
    write_all(stdout_, buffer.data(), static_cast<std::size_t>(got));
  }
  shown.clear();
}

}  // namespace chainex::cli
