// wire_client.hpp — a real Beast HTTP client for the server tests: raw bytes in, one parsed answer out.
//
// Every exchange runs on its own io_context with a deadline on each operation, so a test can never
// hang on a server that does not answer. Only the wire-level tests include it (it pulls in Beast).
#pragma once

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <chrono>
#include <cstdint>
#include <string>

namespace chainex::server::testing {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;

struct wire_answer {
  beast::error_code error;  // set when no complete answer came back
  http::response<http::string_body> message;
  [[nodiscard]] unsigned status() const { return message.result_int(); }
};

// A connection that stays open for several exchanges (keep-alive).
class wire_connection {
 public:
  explicit wire_connection(std::uint16_t port, std::chrono::milliseconds limit = std::chrono::seconds(5))
      : stream_(ioc_), limit_(limit) {
    stream_.expires_after(limit_);
    stream_.async_connect(net::ip::tcp::endpoint(net::ip::make_address("127.0.0.1"), port),
                          [this](beast::error_code ec) { error_ = ec; });
    ioc_.run();
    ioc_.restart();
  }

  // Sends `raw` as it is and reads one answer (for a HEAD request pass head = true: no body follows).
  wire_answer exchange(const std::string& raw, bool head = false) {
    wire_answer answer;
    if (error_) {
      answer.error = error_;
      return answer;
    }
    stream_.expires_after(limit_);
    net::async_write(stream_, net::buffer(raw), [&](beast::error_code ec, std::size_t) {
      if (ec) {
        answer.error = ec;
        return;
      }
      parser_.emplace();
      parser_->body_limit(64u << 20);
      parser_->skip(head);
      http::async_read(stream_, buffer_, *parser_, [&](beast::error_code rec, std::size_t) {
        answer.error = rec;
        if (!rec) answer.message = parser_->release();
      });
    });
    ioc_.run();
    ioc_.restart();
    return answer;
  }

  // Waits (up to the limit) for the server to close the connection; true when it did.
  bool closed_by_server() {
    bool closed = false;
    stream_.expires_after(limit_);
    char byte;
    stream_.async_read_some(net::buffer(&byte, 1), [&](beast::error_code ec, std::size_t) {
      closed = ec == net::error::eof || ec == net::error::connection_reset;
    });
    ioc_.run();
    ioc_.restart();
    return closed;
  }

  beast::tcp_stream& stream() { return stream_; }

 private:
  net::io_context ioc_;
  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<http::response_parser<http::string_body>> parser_;
  std::chrono::milliseconds limit_;
  beast::error_code error_;
};

inline std::string get_request(const std::string& target, const std::string& extra = "") {
  return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

inline wire_answer fetch(std::uint16_t port, const std::string& raw, bool head = false) {
  wire_connection connection(port);
  return connection.exchange(raw, head);
}

}  // namespace chainex::server::testing
