// session.hpp — one HTTP/1.1 connection: read a request within limits, ask the router, write the answer.
//
// Private to server/. The session and the listener are the only files that include Beast. A session
// owns its socket on its own strand; `session_host` is what all sessions of one server share (the
// router, the log, the limits, and the registry the server uses to close idle connections on stop).
// Beast parses requests; answers are written by the session itself, the status line and header fields
// into a buffer the connection reuses and the body straight from the response (a cached answer's body is
// shared, not copied), in one gathered write.
#pragma once

#include <array>
#include <atomic>
#include <list>
#include <memory>
#include <mutex>
#include <stop_token>
#include <string>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

#include "chainex/server/access_log.hpp"
#include "chainex/server/http_types.hpp"
#include "chainex/server/problem.hpp"
#include "chainex/server/router.hpp"
#include "chainex/server/server.hpp"

namespace chainex::server {

class session;

// A lane of worker threads, and how many of its requests are queued or running.
struct worker_lane {
  worker_lane(std::size_t threads, std::size_t limit) : pool(threads), max_waiting(limit) {}
  boost::asio::thread_pool pool;
  std::size_t max_waiting;
  std::atomic<std::size_t> waiting{0};
};

struct session_host {
  const router& app;
  access_log& log;
  const server_options& options;
  std::atomic<bool> stopping{false};
  worker_lane& interactive;
  worker_lane& heavy;

  std::mutex mutex;
  std::list<std::weak_ptr<session>> sessions;  // pruned as sessions end
  std::size_t live = 0;                        // sessions not yet ended, under mutex
};

class session : public std::enable_shared_from_this<session> {
 public:
  session(boost::asio::ip::tcp::socket socket, session_host& host);
  ~session();
  void start();
  // Called on stop(): closes the connection if it waits for a new request; otherwise the request in
  // flight is answered and the connection closed afterwards.
  void close_if_idle();
  // Asks the request in flight, if any, to stop (server shutdown).
  void cancel_in_flight();

 private:
  using http_request_parser = boost::beast::http::request_parser<boost::beast::http::string_body>;

  void wait_for_request();
  void read_header();
  void on_header(boost::beast::error_code ec);
  void read_body();
  void on_body(boost::beast::error_code ec);
  void respond(request plain, bool keep_alive);
  void offload(worker_lane& lane, request plain, bool keep_alive);
  void watch_client();  // while a lane answers: a client that hangs up cancels the request
  void answer(response plain, bool keep_alive);
  void on_written(boost::beast::error_code ec, bool keep_alive);
  void refuse(const http_error& error);
  void close();
  void drain_and_close(std::size_t drained);  // after refusing: read what the client still sends, then close

  boost::beast::tcp_stream stream_;
  boost::beast::flat_buffer buffer_;
  session_host& host_;
  std::optional<http_request_parser> parser_;
  response answer_;   // the answer being written
  std::string head_;  // its status line and header fields, reused from answer to answer
  boost::beast::http::response<boost::beast::http::empty_body> continue_;
  std::string method_;
  std::string target_;
  std::chrono::steady_clock::time_point started_;
  bool idle_ = true;
  bool refused_ = false;
  bool watching_ = false;       // an async_wait for the client hanging up is pending
  std::stop_source in_flight_;  // the request on a lane; requested on hang-up or shutdown
  std::array<char, 4096> scratch_{};
};

}  // namespace chainex::server
