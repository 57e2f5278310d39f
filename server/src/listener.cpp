// The listener: binds, runs one io_context per I/O thread and hands accepted connections to them in turn
// (a connection lives on one thread, so its handlers need no strand and no thread waits on another to
// pass it work), stops gracefully.
#include <condition_variable>
#include <csignal>
#include <thread>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>

#include "session.hpp"

namespace chainex::server {

namespace net = boost::asio;
using tcp = net::ip::tcp;

struct http_server::impl {
  impl(server_options opts, const router& app, access_log& log)
      : options(std::move(opts)),
        interactive(static_cast<std::size_t>(std::max(1, options.workers)), options.max_waiting),
        heavy(static_cast<std::size_t>(std::max(1, options.heavy_workers)), options.max_heavy_waiting),
        host{app, log, options, {}, interactive, heavy, {}, {}, 0},
        contexts(make_contexts(std::max(1, options.threads))),
        acceptor(*contexts.front()) {
    for (const auto& context : contexts) busy.push_back(net::make_work_guard(*context));
  }

  static std::vector<std::unique_ptr<net::io_context>> make_contexts(int count) {
    std::vector<std::unique_ptr<net::io_context>> out;
    for (int i = 0; i < count; ++i) out.push_back(std::make_unique<net::io_context>(1));
    return out;
  }

  void accept() {
    net::io_context& next = *contexts[accepted++ % contexts.size()];
    acceptor.async_accept(next, [this](boost::beast::error_code ec, tcp::socket socket) {
      if (ec == net::error::operation_aborted || !acceptor.is_open()) return;
      if (!ec) {
        auto connection = std::make_shared<session>(std::move(socket), host);
        {
          const std::lock_guard lock(host.mutex);
          ++host.live;
          std::erase_if(host.sessions, [](const auto& weak) { return weak.expired(); });
          host.sessions.push_back(connection);
        }
        connection->start();
      }
      accept();  // an error on one accept (too many files, say) must not stop the listener
    });
  }

  server_options options;
  worker_lane interactive;
  worker_lane heavy;
  session_host host;
  std::vector<std::unique_ptr<net::io_context>> contexts;                      // one per I/O thread
  std::vector<net::executor_work_guard<net::io_context::executor_type>> busy;  // run() until stop()
  std::size_t accepted = 0;
  tcp::acceptor acceptor;
  std::vector<std::thread> threads;
  std::mutex signal_mutex;
  std::condition_variable signalled;
  bool got_signal = false;
  bool stopped = false;
};

namespace {

// Calls `act` on every open session; the sessions are held outside host.mutex (the last owner of a session
// must not hold it).
void close_sessions(http_server::impl& s, void (session::*act)()) {
  std::vector<std::shared_ptr<session>> open;
  {
    const std::lock_guard lock(s.host.mutex);
    for (const auto& weak : s.host.sessions)
      if (auto connection = weak.lock()) open.push_back(std::move(connection));
  }
  for (const auto& connection : open) (connection.get()->*act)();
}

}  // namespace

http_server::http_server(server_options options, const router& app, access_log& log)
    : impl_(std::make_unique<impl>(std::move(options), app, log)) {}

http_server::~http_server() { stop(); }

void http_server::start() {
  auto& s = *impl_;
  const tcp::endpoint endpoint(net::ip::make_address(s.options.host), s.options.port);
  s.acceptor.open(endpoint.protocol());
  s.acceptor.set_option(net::socket_base::reuse_address(true));
  s.acceptor.bind(endpoint);
  s.acceptor.listen(net::socket_base::max_listen_connections);
  s.accept();
  for (const auto& context : s.contexts) s.threads.emplace_back([&context] { context->run(); });
}

std::uint16_t http_server::port() const noexcept {
  boost::system::error_code ec;
  const auto endpoint = impl_->acceptor.local_endpoint(ec);
  return ec ? 0 : endpoint.port();
}

void http_server::wait_for_signal() {
  auto& s = *impl_;
  net::signal_set signals(*s.contexts.front(), SIGINT, SIGTERM);
  signals.async_wait([&s](boost::beast::error_code ec, int) {
    if (ec) return;
    const std::lock_guard lock(s.signal_mutex);
    s.got_signal = true;
    s.signalled.notify_all();
  });
  std::unique_lock lock(s.signal_mutex);
  s.signalled.wait(lock, [&s] { return s.got_signal; });
}

void http_server::stop() {
  auto& s = *impl_;
  if (s.stopped) return;
  s.stopped = true;
  s.host.stopping = true;
  net::post(*s.contexts.front(), [&s] {
    boost::beast::error_code ignored;
    s.acceptor.close(ignored);
  });
  close_sessions(s, &session::close_if_idle);
  // Requests in flight finish; halfway through the drain time those still running are cancelled (they
  // stop at their next poll and answer 503); then every session ends and run() returns. After the drain
  // time, cut.
  const auto begun = std::chrono::steady_clock::now();
  bool cancelled = false;
  while (std::chrono::steady_clock::now() < begun + s.options.drain) {
    {
      const std::lock_guard lock(s.host.mutex);
      if (s.host.live == 0) break;
    }
    if (!cancelled && std::chrono::steady_clock::now() >= begun + s.options.drain / 2) {
      close_sessions(s, &session::cancel_in_flight);
      cancelled = true;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  for (worker_lane* lane : {&s.interactive, &s.heavy}) {
    lane->pool.stop();
    lane->pool.join();
  }
  s.busy.clear();
  for (const auto& context : s.contexts) context->stop();
  for (auto& thread : s.threads)
    if (thread.joinable()) thread.join();
}

}  // namespace chainex::server
