// The answer cache: a hash map of stored responses and a recency list, under one mutex.
#include "chainex/server/answer_cache.hpp"

namespace chainex::server {

std::shared_ptr<const response> answer_cache::find(std::uint64_t version, const std::string& key) {
  const std::lock_guard lock(mutex_);
  if (version > version_) forget_older_locked(version);
  const auto it = version == version_ ? entries_.find(key) : entries_.end();
  if (it == entries_.end()) {
    ++counters_.misses;
    return nullptr;
  }
  ++counters_.hits;
  order_.splice(order_.begin(), order_, it->second.place);
  return it->second.stored;
}

response answer_cache::store(std::uint64_t version, std::string key, response made) {
  if (made.status != 200 || made.shared_body || made.header("Cache-Control") == "no-store") return made;
  auto shared = std::make_shared<response>(std::move(made));
  shared->shared_body = std::make_shared<const std::string>(std::move(shared->body));
  shared->body.clear();
  const std::size_t bytes = shared->shared_body->size() + key.size();
  std::shared_ptr<const response> stored = std::move(shared);
  const std::lock_guard lock(mutex_);
  if (version > version_) forget_older_locked(version);
  if (version < version_ || bytes > capacity_) return *stored;
  if (const auto it = entries_.find(key); it != entries_.end()) return *it->second.stored;  // made twice
  while (!order_.empty() && counters_.bytes + bytes > capacity_) {
    const auto oldest = entries_.find(order_.back());
    counters_.bytes -= oldest->second.stored->shared_body->size() + oldest->first.size();
    entries_.erase(oldest);
    order_.pop_back();
  }
  order_.push_front(key);
  entries_.emplace(std::move(key), entry{stored, order_.begin()});
  counters_.bytes += bytes;
  counters_.entries = entries_.size();
  return *stored;
}

void answer_cache::forget_older_locked(std::uint64_t version) {
  entries_.clear();
  order_.clear();
  counters_.bytes = 0;
  counters_.entries = 0;
  version_ = version;
}

answer_cache::counters answer_cache::stats() const {
  const std::lock_guard lock(mutex_);
  return counters_;
}

}  // namespace chainex::server
