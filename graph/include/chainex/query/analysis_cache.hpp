// analysis_cache.hpp — whole-graph results computed once per snapshot, on first request, then shared.
//
// Centrality vectors and components cost seconds to hours on large graphs, and every ranking, position
// and component request needs them. The cache keys each result by the snapshot's version and its
// parameters; the first request computes it while concurrent requests for the same key wait for that one
// computation (a mutex per entry, not std::call_once: ThreadSanitizer's pthread_once keeps its flag locked
// after a throw), and later requests get the stored result. Requests for other keys are not blocked. When a
// newer snapshot version is asked for, results of older versions are dropped (holders of a shared_ptr keep
// theirs); a request for an older version than the newest seen is computed but not stored. A computation
// that throws stores nothing, so the next request tries again: one stopped by its interrupt too (a request
// waiting for another's computation then runs it under its own interrupt).
//
//   analysis_cache cache;   // one per server, shared by all threads
//   auto pr = cache.centrality(*snap, {.kind = metric::pagerank, .mode = direction::out});
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

#include "chainex/query/centrality.hpp"
#include "chainex/query/components.hpp"
#include "chainex/snapshot.hpp"

namespace chainex {

class analysis_cache {
 public:
  using scores = std::shared_ptr<const std::vector<double>>;

  [[nodiscard]] scores centrality(const snapshot& snap, const centrality_options& options, const interrupt& stop = {});
  [[nodiscard]] std::shared_ptr<const components> components_of(const snapshot& snap, component_mode mode,
                                                                const interrupt& stop = {});

  // How many computations were started (not served from the cache) so far, failed ones included.
  [[nodiscard]] std::size_t computations() const noexcept;

 private:
  template <class Key, class Value>
  struct entry {
    Key key;
    std::mutex computing;  // held while the value is computed
    std::shared_ptr<const Value> value;
  };
  using centrality_entry = entry<centrality_options, std::vector<double>>;
  using components_entry = entry<component_mode, components>;

  template <class Entry, class Compute>
  std::shared_ptr<const typename decltype(Entry::value)::element_type> find_or_compute(
      std::vector<std::shared_ptr<Entry>>& entries, const snapshot& snap, const decltype(Entry::key)& key,
      Compute compute);

  mutable std::mutex mutex_;
  std::uint64_t version_ = 0;
  bool any_version_ = false;
  std::size_t computations_ = 0;
  std::vector<std::shared_ptr<centrality_entry>> centrality_;
  std::vector<std::shared_ptr<components_entry>> components_;
};

}  // namespace chainex
