// The bad-input corpus for HTTP (tests/fixtures/bad/http): raw requests, one defect each, sent as they are
// to the real server on 127.0.0.1 over a socket, then the write side is closed (so a request cut short
// ends instead of waiting for the body timeout). The sidecar <input>.expect gives the exact outcome:
//   # what is wrong
//   status: 400                 the status of every answer, in order (a pipelined input may get several)
//   detail: partial message     optional: text the first answer's problem+json "detail" must contain
//   error: edges.csv:2:3: …     optional: every CSV diagnostic of a 422, in order, as file:line:column: message
// Every error answer must be problem+json, and the server must still answer afterwards. The server runs
// with small limits (below) so that the oversized inputs stay small files.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "app_fixture.hpp"
#include "chainex/server/access_log.hpp"
#include "chainex/server/server.hpp"

namespace chainex::server {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

const fs::path corpus = fs::path(CHAINEX_FIXTURES) / "bad" / "http";

// Sends `raw`, closes the write side and returns all the server sends until it closes (or 10 s pass).
std::string exchange(std::uint16_t port, const std::string& raw) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) {  // nothing below can work without it; the caller then fails on the missing answers
    ADD_FAILURE() << "socket: " << std::strerror(errno);
    return {};
  }
  timeval limit{.tv_sec = 10, .tv_usec = 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  std::string received;
  if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0) {
    // The server may answer and stop reading before everything is sent (an oversized header): fine.
    for (std::size_t sent = 0; sent < raw.size();) {
      const ssize_t n = ::send(fd, raw.data() + sent, raw.size() - sent, MSG_NOSIGNAL);
      if (n <= 0) break;
      sent += static_cast<std::size_t>(n);
    }
    ::shutdown(fd, SHUT_WR);
    char buffer[4096];
    for (ssize_t n; (n = ::recv(fd, buffer, sizeof buffer, 0)) > 0;)
      received.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return received;
}

struct answer {
  unsigned status = 0;
  std::string content_type;
  std::string body;
};

// Splits what came back into answers (the server always sends Content-Length).
std::vector<answer> parse_answers(std::string_view bytes) {
  std::vector<answer> answers;
  while (bytes.starts_with("HTTP/1.1 ")) {
    const auto head_end = bytes.find("\r\n\r\n");
    if (head_end == std::string_view::npos) break;
    answer a;
    a.status = static_cast<unsigned>(std::stoul(std::string(bytes.substr(9, 3))));
    std::size_t length = 0;
    std::istringstream head{std::string(bytes.substr(0, head_end))};
    for (std::string line; std::getline(head, line);) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      std::string name = line.substr(0, line.find(':'));
      std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
      const std::string value = line.find(": ") == std::string::npos ? "" : line.substr(line.find(": ") + 2);
      if (name == "content-length") length = std::stoul(value);
      if (name == "content-type") a.content_type = value;
    }
    bytes.remove_prefix(head_end + 4);
    a.body = std::string(bytes.substr(0, length));
    bytes.remove_prefix(std::min(length, bytes.size()));
    answers.push_back(std::move(a));
  }
  return answers;
}

struct expectation {
  std::vector<unsigned> statuses;
  std::string detail;
  std::vector<std::string> errors;
};

expectation read_expectation(const std::string& input) {
  expectation expected;
  std::ifstream in(corpus / (input + ".expect"));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line.starts_with('#')) continue;
    if (line.starts_with("status: ")) {
      std::istringstream list(line.substr(8));
      for (unsigned status; list >> status;) expected.statuses.push_back(status);
    } else if (line.starts_with("detail: ")) {
      expected.detail = line.substr(8);
    } else if (line.starts_with("error: ")) {
      expected.errors.push_back(line.substr(7));
    } else {
      ADD_FAILURE() << input << ".expect: cannot read the line '" << line << "'";
    }
  }
  return expected;
}

std::vector<std::string> corpus_inputs() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(corpus))
    if (entry.path().extension() == ".http") names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

std::string test_name(const ::testing::TestParamInfo<std::string>& input) {
  return input.param.substr(0, input.param.size() - 5);
}

class bad_request : public ::testing::TestWithParam<std::string> {
 protected:
  bad_request() : app({.token = "s3cret", .data_dir = {}}), server(testing::small_limits(2s, 2s), app.app, log) {
    server.start();
  }
  ~bad_request() override { server.stop(); }

  access_log log{nullptr};
  testing::app_fixture app;
  http_server server;
};

TEST_P(bad_request, gets_exactly_the_expected_answer) {
  const std::string input = GetParam();
  ASSERT_TRUE(fs::exists(corpus / (input + ".expect"))) << "every corpus input needs its .expect sidecar";
  const expectation expected = read_expectation(input);
  const std::vector<answer> answers = parse_answers(exchange(server.port(), testing::read_file(corpus / input)));

  std::vector<unsigned> statuses;
  for (const answer& a : answers) statuses.push_back(a.status);
  EXPECT_EQ(statuses, expected.statuses);
  for (const answer& a : answers) {
    if (a.status >= 400) {
      EXPECT_EQ(a.content_type, "application/problem+json") << a.status;
    }
  }
  if (!expected.detail.empty() && !answers.empty()) {
    const auto problem = nlohmann::json::parse(answers.front().body, nullptr, false);
    ASSERT_TRUE(problem.is_object()) << answers.front().body;
    EXPECT_NE(problem.value("detail", "").find(expected.detail), std::string::npos) << problem.dump();
    std::vector<std::string> errors;
    for (const auto& e : problem.value("errors", nlohmann::json::array()))
      errors.push_back(diagnostic{e.at("file"), e.at("line"), e.at("column"), e.at("message")}.to_string());
    EXPECT_EQ(errors, expected.errors);
  }
  // Whatever came before, the server still answers.
  const auto after = parse_answers(exchange(server.port(), "GET /api/stats HTTP/1.1\r\nHost: x\r\n\r\n"));
  ASSERT_EQ(after.size(), 1u);
  EXPECT_EQ(after.front().status, 200u);
}

INSTANTIATE_TEST_SUITE_P(corpus, bad_request, ::testing::ValuesIn(corpus_inputs()), test_name);

}  // namespace
}  // namespace chainex::server
