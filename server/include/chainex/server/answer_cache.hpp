// answer_cache.hpp — encoded API answers kept per snapshot version, so a repeated question costs a look-up.
//
// A snapshot never changes, so an answer computed from it stays right until the next import: handlers of
// routes whose answer depends only on the snapshot and the request's path and query wrap their work in
// answer(), which returns the stored response when one exists for (snapshot version, key) and otherwise
// runs `make` and stores a successful (200) result, unless it is marked `Cache-Control: no-store` (an
// answer that will change on the same snapshot: a rank still computing, paths cut by the deadline).
// Bodies are shared, never copied, on a hit. The cache holds at most `capacity_bytes` of bodies and
// forgets the least recently used first; seeing a newer version drops every older answer, and answers of
// an older snapshot (a request in flight during an import) are returned but not kept. Thread-safe; `make`
// runs outside the lock.
//
//   answer_cache answers(64 << 20);
//   return answers.answer(graph.version(), request_key(c), [&] { return encode(...); });
#pragma once

#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "chainex/server/http_types.hpp"

namespace chainex::server {

class answer_cache {
 public:
  explicit answer_cache(std::size_t capacity_bytes) : capacity_(capacity_bytes) {}

  template <class Make>
  [[nodiscard]] response answer(std::uint64_t version, std::string key, Make&& make) {
    if (const auto hit = find(version, key)) return *hit;
    return store(version, std::move(key), make());
  }

  struct counters {
    std::size_t hits = 0;
    std::size_t misses = 0;
    std::size_t entries = 0;
    std::size_t bytes = 0;
  };
  [[nodiscard]] counters stats() const;

 private:
  using recency = std::list<std::string>;  // keys, most recently used first
  struct entry {
    std::shared_ptr<const response> stored;  // its body in shared_body
    recency::iterator place;
  };
  [[nodiscard]] std::shared_ptr<const response> find(std::uint64_t version, const std::string& key);
  [[nodiscard]] response store(std::uint64_t version, std::string key, response made);
  void forget_older_locked(std::uint64_t version);

  const std::size_t capacity_;
  mutable std::mutex mutex_;
  std::uint64_t version_ = 0;
  std::unordered_map<std::string, entry> entries_;
  recency order_;
  counters counters_;
};

}  // namespace chainex::server
