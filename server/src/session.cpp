// The connection loop (after Beast's advanced server example): one parser per message, a deadline
// before every read and write, limits checked before the body is read, answers from the router.
#include "session.hpp"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/status.hpp>
#include <boost/beast/http/write.hpp>

#include "chainex/server/static_files.hpp"

namespace chainex::server {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;

bool iequals(std::string_view a, std::string_view b) noexcept { return beast::iequals(a, b); }

std::string_view path_of(std::string_view target) noexcept { return target.substr(0, target.find('?')); }

// The fields every answer carries, written once.
const std::string& common_fields() {
  static const std::string fields =
      "Server: chainex\r\nX-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\n";
  return fields;
}
const std::string& policy_field() {
  static const std::string field = "Content-Security-Policy: " + std::string(content_security_policy()) + "\r\n";
  return field;
}

}  // namespace

session::session(net::ip::tcp::socket socket, session_host& host) : stream_(std::move(socket)), host_(host) {}

session::~session() {
  const std::lock_guard lock(host_.mutex);
  --host_.live;
}

void session::start() {
  net::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->wait_for_request(); });
}

void session::close_if_idle() {
  net::post(stream_.get_executor(), [self = shared_from_this()] {
    if (self->idle_) self->close();
  });
}

void session::cancel_in_flight() {
  net::post(stream_.get_executor(), [self = shared_from_this()] { self->in_flight_.request_stop(); });
}

// Waits, up to the idle timeout, for the first bytes of the next request (unless some are buffered).
void session::wait_for_request() {
  if (host_.stopping) return close();
  if (buffer_.size() > 0) return read_header();
  idle_ = true;
  stream_.expires_after(host_.options.idle_timeout);
  stream_.async_read_some(buffer_.prepare(4096), [self = shared_from_this()](beast::error_code ec, std::size_t n) {
    self->idle_ = false;
    if (ec) return self->close();
    self->buffer_.commit(n);
    self->read_header();
  });
}

void session::read_header() {
  idle_ = false;
  started_ = std::chrono::steady_clock::now();
  parser_.emplace();
  parser_->header_limit(static_cast<std::uint32_t>(host_.options.max_header_bytes + host_.options.max_target_bytes));
  parser_->body_limit(std::max(host_.options.max_upload_bytes, host_.options.max_body_bytes));
  stream_.expires_after(host_.options.header_timeout);  // the whole header, however slowly it trickles in
  http::async_read_header(stream_, buffer_, *parser_,
                          [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_header(ec); });
}

void session::on_header(beast::error_code ec) {
  method_.clear();
  target_.clear();
  if (ec == http::error::end_of_stream || ec == beast::error::timeout || ec == net::error::operation_aborted)
    return close();
  if (ec == http::error::header_limit)
    return refuse(http_error(problem::headers_too_large, "the request header is larger than the server accepts"));
  if (ec == http::error::body_limit) return refuse(http_error(problem::payload_too_large, "the body is too large"));
  if (ec) return refuse(http_error(problem::bad_request, "malformed HTTP request: " + ec.message()));

  const auto& head = parser_->get();
  method_ = std::string(head.method_string());
  target_ = std::string(head.target());
  const auto& limits = host_.options;
  if (target_.size() > limits.max_target_bytes)
    return refuse(http_error(problem::uri_too_long, "the request target is longer than " +
                                                        std::to_string(limits.max_target_bytes) + " bytes"));
  std::size_t header_bytes = 0;
  for (const auto& field : head) header_bytes += field.name_string().size() + field.value().size() + 4;
  if (header_bytes > limits.max_header_bytes)
    return refuse(http_error(problem::headers_too_large, "the header fields are larger than " +
                                                             std::to_string(limits.max_header_bytes) + " bytes"));
  if (head.version() >= 11 && head.find(http::field::host) == head.end())
    return refuse(http_error(problem::bad_request, "an HTTP/1.1 request needs a Host header"));
  if (head.count(http::field::host) > 1)  // RFC 9112 §3.2: more than one Host field is a 400
    return refuse(http_error(problem::bad_request, "the request has more than one Host header field"));
  if (const auto te = head.find(http::field::transfer_encoding); te != head.end() && !iequals(te->value(), "chunked"))
    return refuse(http_error(problem::not_implemented, "only the chunked transfer coding is understood"));

  const bool upload = head.method() == http::verb::post && path_of(target_) == "/api/import";
  const std::size_t limit = upload ? limits.max_upload_bytes : limits.max_body_bytes;
  if (const auto length = parser_->content_length(); length && *length > limit)
    return refuse(
        http_error(problem::payload_too_large, "the body may hold at most " + std::to_string(limit) + " bytes"));
  parser_->body_limit(limit);

  if (const auto expect = head.find(http::field::expect);
      expect != head.end() && iequals(expect->value(), "100-continue")) {
    continue_ = {http::status::continue_, head.version()};
    stream_.expires_after(limits.write_timeout);
    return http::async_write(stream_, continue_, [self = shared_from_this()](beast::error_code wec, std::size_t) {
      if (wec) return self->close();
      self->read_body();
    });
  }
  read_body();
}

void session::read_body() {
  stream_.expires_after(host_.options.body_timeout);
  http::async_read(stream_, buffer_, *parser_,
                   [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_body(ec); });
}

void session::on_body(beast::error_code ec) {
  if (ec == beast::error::timeout || ec == net::error::operation_aborted) return close();
  if (ec == http::error::body_limit) return refuse(http_error(problem::payload_too_large, "the body is too large"));
  if (ec) return refuse(http_error(problem::bad_request, "malformed HTTP request: " + ec.message()));

  auto message = parser_->release();
  request plain{.method = method_, .target = target_, .headers = {}, .body = std::move(message.body())};
  plain.headers.reserve(8);
  for (const auto& field : message)
    plain.headers.push_back({std::string(field.name_string()), std::string(field.value())});
  respond(std::move(plain), message.keep_alive() && !host_.stopping);
}

void session::respond(request plain, bool keep_alive) {
  switch (host_.app.cost_of(plain.method, plain.target)) {
    case cost::interactive:
      return offload(host_.interactive, std::move(plain), keep_alive);
    case cost::heavy:
      return offload(host_.heavy, std::move(plain), keep_alive);
    case cost::cheap:
      break;
  }
  answer(host_.app.handle(plain), keep_alive);
}

void session::offload(worker_lane& lane, request plain, bool keep_alive) {
  if (lane.waiting.fetch_add(1) >= lane.max_waiting) {
    lane.waiting.fetch_sub(1);
    http_error busy(problem::busy, "too many requests of this kind are waiting");
    busy.headers.push_back({"Retry-After", "1"});
    return answer(problem_response(busy), keep_alive);
  }
  in_flight_ = std::stop_source();
  plain.cancel = in_flight_.get_token();
  watch_client();
  net::post(lane.pool, [self = shared_from_this(), &lane, plain = std::move(plain), keep_alive]() mutable {
    response done = self->host_.app.handle(plain);
    lane.waiting.fetch_sub(1);
    net::post(self->stream_.get_executor(),
              [self, done = std::move(done), keep_alive]() mutable { self->answer(std::move(done), keep_alive); });
  });
}

// Waits for the socket to become readable while the request is answered elsewhere: an end of stream (or an
// error) there means the client hung up, and the request's work is cancelled. Bytes of a pipelined request
// are left for the next read.
void session::watch_client() {
  watching_ = true;
  stream_.socket().async_wait(net::socket_base::wait_read, [self = shared_from_this()](beast::error_code ec) {
    if (ec == net::error::operation_aborted || !self->watching_) return;
    self->watching_ = false;
    char byte = 0;
    beast::error_code peek_error;
    const std::size_t n =
        self->stream_.socket().receive(net::buffer(&byte, 1), net::socket_base::message_peek, peek_error);
    if (ec || peek_error || n == 0) self->in_flight_.request_stop();
  });
}

void session::refuse(const http_error& error) {
  if (method_.empty()) method_ = "-";
  refused_ = true;
  answer(problem_response(error), false);
}

void session::answer(response plain, bool keep_alive) {
  if (watching_) {  // the answer is here: stop watching for a hang-up
    watching_ = false;
    beast::error_code ignored;
    stream_.socket().cancel(ignored);
  }
  const bool head_only = method_ == "HEAD";
  answer_ = std::move(plain);
  const std::string_view body = answer_.content();
  head_.clear();
  head_ += "HTTP/1.1 ";
  head_ += std::to_string(answer_.status);
  head_ += ' ';
  head_ += http::obsolete_reason(static_cast<http::status>(answer_.status));
  head_ += "\r\n";
  const auto field = [this](std::string_view name, std::string_view value) {
    if (name.find_first_of("\r\n:") != std::string_view::npos || value.find_first_of("\r\n") != std::string_view::npos)
      return;  // never let a value end the header early
    head_.append(name).append(": ").append(value).append("\r\n");
  };
  bool has_policy = false;
  for (const header_field& f : answer_.headers) {
    if (iequals(f.name, "Content-Length") || iequals(f.name, "Connection") || iequals(f.name, "Server")) continue;
    has_policy = has_policy || iequals(f.name, "Content-Security-Policy");
    field(f.name, f.value);
  }
  head_ += common_fields();
  if (!has_policy) head_ += policy_field();
  if (answer_.status != 304 && answer_.status >= 200) field("Content-Length", std::to_string(body.size()));
  if (!keep_alive) head_ += "Connection: close\r\n";
  head_ += "\r\n";

  const auto took = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started_);
  host_.log.write(method_, target_.empty() ? std::string_view("-") : std::string_view(target_), answer_.status,
                  head_only ? 0 : body.size(), took);
  const std::array<net::const_buffer, 2> buffers{
      net::buffer(head_), head_only ? net::const_buffer() : net::buffer(body.data(), body.size())};
  stream_.expires_after(host_.options.write_timeout);
  net::async_write(stream_, buffers, [self = shared_from_this(), keep_alive](beast::error_code ec, std::size_t) {
    self->on_written(ec, keep_alive);
  });
}

void session::on_written(beast::error_code ec, bool keep_alive) {
  answer_ = {};
  if (!ec && refused_) {
    // Closing with unread input would reset the connection and could destroy the answer before the
    // client reads it: half-close, then swallow what is still coming for a short while.
    beast::error_code ignored;
    stream_.socket().shutdown(net::ip::tcp::socket::shutdown_send, ignored);
    stream_.expires_after(std::chrono::seconds(2));
    return drain_and_close(0);
  }
  if (ec || !keep_alive) return close();
  wait_for_request();
}

void session::drain_and_close(std::size_t drained) {
  if (drained > (4u << 20)) return close();
  stream_.async_read_some(net::buffer(scratch_),
                          [self = shared_from_this(), drained](beast::error_code ec, std::size_t n) {
                            if (ec) return self->close();
                            self->drain_and_close(drained + n);
                          });
}

void session::close() {
  beast::error_code ignored;
  stream_.socket().shutdown(net::ip::tcp::socket::shutdown_send, ignored);
  stream_.close();
}

}  // namespace chainex::server
