// The listener: binds, accepts onto a strand per connection, runs the I/O threads, stops gracefully.
#include <condition_variable>
#include <csignal>
#include <thread>

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/strand.hpp>

#include "session.hpp"

namespace chainex::server {

namespace net = boost::asio;
using tcp = net::ip::tcp;

struct http_server::impl {
  impl(server_options opts, const router& app, access_log& log)
      : options(std::move(opts)),
        workers(static_cast<std::size_t>(std::max(1, options.workers))),
        host{app, log, options, {}, workers, {}, {}, {}, 0},
        ioc(options.threads),
        acceptor(ioc) {}

  void accept() {
    acceptor.async_accept(net::make_strand(ioc), [this](boost::beast::error_code ec, tcp::socket socket) {
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
  net::thread_pool workers;
  session_host host;
  net::io_context ioc;
  tcp::acceptor acceptor;
  std::vector<std::thread> threads;
  std::mutex signal_mutex;
  std::condition_variable signalled;
  bool got_signal = false;
  bool stopped = false;
};

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
  for (int i = 0; i < std::max(1, s.options.threads); ++i) s.threads.emplace_back([&s] { s.ioc.run(); });
}

std::uint16_t http_server::port() const noexcept {
  boost::system::error_code ec;
  const auto endpoint = impl_->acceptor.local_endpoint(ec);
  return ec ? 0 : endpoint.port();
}

void http_server::wait_for_signal() {
  auto& s = *impl_;
  net::signal_set signals(s.ioc, SIGINT, SIGTERM);
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
  net::post(s.ioc, [&s] {
    boost::beast::error_code ignored;
    s.acceptor.close(ignored);
  });
  std::vector<std::shared_ptr<session>> open;  // the last owner of a session must not hold host.mutex
  {
    const std::lock_guard lock(s.host.mutex);
    for (const auto& weak : s.host.sessions)
      if (auto connection = weak.lock()) open.push_back(std::move(connection));
  }
  for (const auto& connection : open) connection->close_if_idle();
  open.clear();
  // Requests in flight finish; then every session ends and run() returns. After the drain time, cut.
  const auto deadline = std::chrono::steady_clock::now() + s.options.drain;
  while (std::chrono::steady_clock::now() < deadline) {
    {
      const std::lock_guard lock(s.host.mutex);
      if (s.host.live == 0) break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  s.workers.stop();
  s.workers.join();
  s.ioc.stop();
  for (auto& thread : s.threads)
    if (thread.joinable()) thread.join();
}

}  // namespace chainex::server
