// The answer cache on its own: hits share the body, the byte budget evicts the least recently used,
// a newer snapshot version empties it, answers of older versions and errors are not kept.
#include <gtest/gtest.h>

#include <string>

#include "chainex/server/answer_cache.hpp"

namespace chainex::server {
namespace {

response made(std::string body, unsigned status = 200) {
  response r;
  r.status = status;
  r.body = std::move(body);
  r.set("Content-Type", "text/plain");
  return r;
}

TEST(answer_cache, a_hit_shares_the_stored_body_and_headers) {
  answer_cache cache(1024);
  int calls = 0;
  const auto make = [&] {
    ++calls;
    return made("hello");
  };
  const response first = cache.answer(1, "a", make);
  const response second = cache.answer(1, "a", make);
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(first.content(), "hello");
  EXPECT_TRUE(first.body.empty());
  EXPECT_EQ(second.shared_body, first.shared_body);
  EXPECT_EQ(second.header("Content-Type").value_or(""), "text/plain");
  EXPECT_EQ(cache.stats().hits, 1u);
  EXPECT_EQ(cache.stats().misses, 1u);
}

TEST(answer_cache, the_budget_evicts_the_least_recently_used) {
  answer_cache cache(30);  // each entry: 9 bytes of body + a 1-byte key
  for (const char* key : {"a", "b", "c"}) (void)cache.answer(1, key, [] { return made("123456789"); });
  (void)cache.answer(1, "a", [] { return made("unused"); });     // a is now the most recent
  (void)cache.answer(1, "d", [] { return made("123456789"); });  // evicts b
  EXPECT_EQ(cache.stats().entries, 3u);
  EXPECT_LE(cache.stats().bytes, 30u);
  int calls = 0;
  (void)cache.answer(1, "a", [&] {
    ++calls;
    return made("x");
  });
  EXPECT_EQ(calls, 0);
  (void)cache.answer(1, "b", [&] {
    ++calls;
    return made("123456789");
  });
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(cache.answer(1, "big", [] { return made(std::string(100, 'x')); }).content().size(), 100u);
  EXPECT_EQ(cache.stats().entries, 3u);  // larger than the budget: answered, not kept
}

TEST(answer_cache, versions_errors_and_old_snapshots) {
  answer_cache cache(1024);
  (void)cache.answer(2, "a", [] { return made("v2"); });
  EXPECT_EQ(cache.answer(1, "a", [] { return made("v1"); }).content(), "v1");  // older: computed, not kept
  EXPECT_EQ(cache.answer(2, "a", [] { return made("other"); }).content(), "v2");
  EXPECT_EQ(cache.answer(3, "a", [] { return made("v3"); }).content(), "v3");  // newer: starts afresh
  EXPECT_EQ(cache.stats().entries, 1u);
  (void)cache.answer(3, "missing", [] { return made("no", 404); });
  EXPECT_EQ(cache.answer(3, "missing", [] { return made("again", 404); }).content(), "again");
}

}  // namespace
}  // namespace chainex::server
