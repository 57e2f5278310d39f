#include "chainex/query/analysis_cache.hpp"

#include <algorithm>

namespace chainex {

template <class Entry, class Compute>
std::shared_ptr<const typename decltype(Entry::value)::element_type> analysis_cache::find_or_compute(
    std::vector<std::shared_ptr<Entry>>& entries, const snapshot& snap, const decltype(Entry::key)& key,
    Compute compute) {
  using result_type = typename decltype(Entry::value)::element_type;
  std::shared_ptr<Entry> found;
  {
    std::lock_guard lock(mutex_);
    if (any_version_ && snap.version() < version_) {  // an old snapshot: answer, keep nothing
      ++computations_;
      found = nullptr;
    } else {
      if (!any_version_ || snap.version() > version_) {
        centrality_.clear();
        components_.clear();
        version_ = snap.version();
        any_version_ = true;
      }
      auto it = std::find_if(entries.begin(), entries.end(), [&](const auto& e) { return e->key == key; });
      if (it == entries.end()) {
        entries.push_back(std::make_shared<Entry>());
        entries.back()->key = key;
        it = entries.end() - 1;
      }
      found = *it;
    }
  }
  if (!found) return std::make_shared<const result_type>(compute());
  const std::lock_guard computing(found->computing);  // a throw leaves no value: the next request tries again
  if (!found->value) {
    {
      std::lock_guard lock(mutex_);
      ++computations_;
    }
    found->value = std::make_shared<const result_type>(compute());
  }
  return found->value;
}

analysis_cache::scores analysis_cache::centrality(const snapshot& snap, const centrality_options& options,
                                                  const interrupt& stop) {
  return find_or_compute(centrality_, snap, options, [&] { return compute_centrality(snap, options, stop); });
}

std::shared_ptr<const components> analysis_cache::components_of(const snapshot& snap, component_mode mode,
                                                                const interrupt& stop) {
  return find_or_compute(components_, snap, mode, [&] { return connected_components(snap, mode, stop); });
}

std::size_t analysis_cache::computations() const noexcept {
  std::lock_guard lock(mutex_);
  return computations_;
}

}  // namespace chainex
