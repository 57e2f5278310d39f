#include "chainex/server/access_log.hpp"

#include <ctime>
#include <string>

namespace chainex::server {

void access_log::write(std::string_view method, std::string_view target, unsigned status, std::size_t bytes,
                       std::chrono::microseconds duration) {
  if (!out_) return;
  const std::string_view path = target.substr(0, target.find('?'));
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &utc);
  char tail[96];
  std::snprintf(tail, sizeof tail, " %u %zu %.3fms\n", status, bytes, static_cast<double>(duration.count()) / 1000.0);
  std::string line;
  line.reserve(64 + path.size());
  line.append(stamp).append(" ").append(method).append(" ").append(path).append(tail);
  const std::lock_guard lock(mutex_);
  std::fwrite(line.data(), 1, line.size(), out_);
}

}  // namespace chainex::server
