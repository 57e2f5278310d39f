// server.hpp — the HTTP server: listens, reads requests with limits and timeouts, answers via a router.
//
// start() binds (port 0 picks a free one, read back with port()) and runs the I/O on `threads` threads;
// stop() stops accepting, closes idle connections, lets requests in flight finish (up to `drain`) and
// joins. wait_for_signal() blocks until SIGINT or SIGTERM. Limits are set here on purpose rather than
// left at Beast's defaults; oversized and malformed requests are answered by problem responses.
// Interactive routes (paths, neighbourhoods, positions) and heavy ones (whole-graph analyses, exports)
// run on two lanes of workers of their own, so that neither holds up the I/O threads and a heavy request
// never holds up an interactive one; when a lane's queue is full, more are refused with 503 and
// Retry-After. A request handed to a lane is cancelled (request::cancel) when its client goes away.
// stop() cancels the requests still running halfway through the drain time.
//
//   http_server server(options, app_router, log);
//   server.start();  std::cout << server.port();  server.wait_for_signal();  server.stop();
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace chainex::server {

class router;
class access_log;

struct server_options {
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080;
  int threads = 2;                                   // I/O threads: read, answer cheap requests, write
  int workers = 2;                                   // the interactive lane's threads (router cost::interactive)
  std::size_t max_waiting = 256;                     // interactive requests queued or running; beyond: 503
  int heavy_workers = 1;                             // the heavy lane's threads (router cost::heavy)
  std::size_t max_heavy_waiting = 16;                // heavy requests queued or running; beyond: 503
  std::size_t max_target_bytes = 8 * 1024;           // longer request targets: 414
  std::size_t max_header_bytes = 16 * 1024;          // larger header sections: 431
  std::size_t max_body_bytes = 64 * 1024;            // other bodies: 413
  std::size_t max_upload_bytes = 512u << 20;         // POST /api/import: 413 above this
  std::chrono::milliseconds header_timeout{10'000};  // to read a request's header once it has begun
  std::chrono::milliseconds body_timeout{120'000};   // to read its body
  std::chrono::milliseconds idle_timeout{15'000};    // an open connection with no request
  std::chrono::milliseconds write_timeout{60'000};
  std::chrono::milliseconds drain{3'000};  // stop(): how long requests in flight may take
};

class http_server {
 public:
  // `app` and `log` must outlive the server.
  http_server(server_options options, const router& app, access_log& log);
  ~http_server();
  http_server(const http_server&) = delete;
  http_server& operator=(const http_server&) = delete;

  // Binds and starts the threads. Throws std::system_error when the address cannot be bound.
  void start();
  [[nodiscard]] std::uint16_t port() const noexcept;
  void wait_for_signal();
  void stop();

  struct impl;

 private:
  std::unique_ptr<impl> impl_;
};

}  // namespace chainex::server
