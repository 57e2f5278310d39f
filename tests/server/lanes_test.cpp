// The server's lanes, on a real socket: an interactive request is answered while the heavy lane is busy, a
// full lane refuses with 503, a client that hangs up cancels its request, and stop() cancels the requests
// still running. The routes are the test's own: a heavy one that holds its worker until the test lets it go
// or its request is cancelled.
#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "app_fixture.hpp"
#include "chainex/server/access_log.hpp"
#include "chainex/server/server.hpp"
#include "wire_client.hpp"

namespace chainex::server {
namespace {

using namespace std::chrono_literals;
using testing::fetch;
using testing::get_request;

// A heavy route that holds its worker until released or cancelled, and says which happened.
struct held_route {
  std::mutex mutex;
  std::condition_variable changed;
  bool released = false;
  int entered = 0;
  int cancelled = 0;

  response run(const route_context& c) {
    std::unique_lock lock(mutex);
    ++entered;
    changed.notify_all();
    const std::stop_callback on_cancel(c.req.cancel, [this] {
      const std::lock_guard inner(mutex);
      changed.notify_all();
    });
    changed.wait_for(lock, 20s, [&] { return released || c.req.cancel.stop_requested(); });
    if (c.req.cancel.stop_requested()) ++cancelled;
    changed.notify_all();
    return response{.status = 200, .headers = {}, .body = "held", .shared_body = {}};
  }
  void wait_until(const std::function<bool()>& done) {
    std::unique_lock lock(mutex);
    changed.wait_for(lock, 20s, done);
  }
  void release() {
    const std::lock_guard lock(mutex);
    released = true;
    changed.notify_all();
  }
};

struct lanes : ::testing::Test {
  lanes() {
    app.add(
        "GET", "/held", [this](const route_context& c) { return held.run(c); }, cost::heavy);
    app.add(
        "GET", "/interactive",
        [](const route_context&) { return response{.status = 200, .headers = {}, .body = "quick", .shared_body = {}}; },
        cost::interactive);
    server_options options = testing::small_limits(2s, 20s);
    options.heavy_workers = 1;
    options.max_heavy_waiting = 1;
    options.drain = 2s;
    server = std::make_unique<http_server>(options, app, log);
    server->start();
    port = server->port();
  }
  ~lanes() override {
    held.release();
    server->stop();
  }

  held_route held;
  router app;
  access_log log{nullptr};
  std::unique_ptr<http_server> server;
  std::uint16_t port = 0;
};

TEST_F(lanes, an_interactive_request_is_answered_while_the_heavy_lane_is_busy_and_a_full_lane_refuses) {
  std::thread heavy([this] { (void)fetch(port, get_request("/held")); });
  held.wait_until([this] { return held.entered == 1; });
  ASSERT_EQ(held.entered, 1);

  const auto quick = fetch(port, get_request("/interactive"));
  EXPECT_EQ(quick.status(), 200U);
  EXPECT_EQ(quick.message.body(), "quick");

  const auto refused = fetch(port, get_request("/held"));
  EXPECT_EQ(refused.status(), 503U);
  EXPECT_EQ(refused.message["Retry-After"], "1");

  held.release();
  heavy.join();
}

TEST_F(lanes, a_client_that_hangs_up_cancels_its_request) {
  {
    testing::wire_connection connection(port);
    boost::beast::error_code ignored;
    const std::string raw = get_request("/held");
    testing::net::write(connection.stream().socket(), testing::net::buffer(raw), ignored);
    held.wait_until([this] { return held.entered == 1; });
  }  // the connection closes here, the request still held
  held.wait_until([this] { return held.cancelled == 1; });
  EXPECT_EQ(held.cancelled, 1);
}

TEST_F(lanes, stop_cancels_the_requests_still_running) {
  std::thread heavy([this] { (void)fetch(port, get_request("/held")); });
  held.wait_until([this] { return held.entered == 1; });
  server->stop();  // cancels what still runs halfway through the drain time
  heavy.join();
  EXPECT_EQ(held.cancelled, 1);
}

}  // namespace
}  // namespace chainex::server
