// random.hpp — the generator's own pseudo-random numbers, identical on every platform.
//
// std::uniform_int_distribution and friends are implemented differently by each standard library, so
// the same seed would give different graphs with libstdc++ and libc++. This stream uses splitmix64
// (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", 2014) and only integer
// arithmetic and exactly rounded double multiplications, so a seed names one graph everywhere.
//
//   random_stream rng(seed, stream::owners);
//   std::uint32_t owner = rng.skewed(enterprise_count, 2);  // low indices are drawn far more often
#pragma once

#include <cstdint>

namespace chainex::generator {

// Independent streams, one per decision, so that changing how one part of the graph is drawn leaves
// the other parts as they were.
enum class stream : std::uint64_t {
  owners = 1,
  markets,
  performs,
  leaders,
  trade,
  trade_types,
  weights,
  gleif_parents,   // gleif.hpp: who has a parent, and which
  gleif_entities,  // gleif.hpp: each entity's country, name, form, status and dates
  gleif_exceptions
};

[[nodiscard]] constexpr std::uint64_t mix64(std::uint64_t z) noexcept {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

class random_stream {
 public:
  random_stream(std::uint64_t seed, stream which) noexcept
      : state_(mix64(seed ^ mix64(static_cast<std::uint64_t>(which) * golden))) {}

  std::uint64_t next() noexcept { return mix64(state_ += golden); }

  // Uniform in [0, n), n >= 1, without modulo bias (Lemire, "Fast random integer generation in an
  // interval", 2019, on 32 bits so that no 128-bit arithmetic is needed).
  std::uint32_t below(std::uint32_t n) noexcept {
    std::uint64_t product = (next() >> 32) * n;
    if (static_cast<std::uint32_t>(product) < n) {
      const std::uint32_t threshold = static_cast<std::uint32_t>(-n) % n;
      while (static_cast<std::uint32_t>(product) < threshold) product = (next() >> 32) * n;
    }
    return static_cast<std::uint32_t>(product >> 32);
  }

  // Uniform in [0, 1) with 53 random bits.
  double unit() noexcept { return static_cast<double>(next() >> 11) * 0x1p-53; }

  // An index in [0, n) drawn as floor(n * u^power): index i is drawn with probability about
  // proportional to i^(1/power - 1). Used as Chung-Lu weights, power 2 gives a degree distribution
  // with tail exponent 3 (as preferential attachment does), power 3 a heavier one with exponent 2.5.
  std::uint32_t skewed(std::uint32_t n, int power) noexcept {
    const double u = unit();
    double p = u;
    for (int i = 1; i < power; ++i) p *= u;
    const auto index = static_cast<std::uint32_t>(p * n);
    return index < n ? index : n - 1;
  }

  // True with probability percent / 100.
  bool chance(std::uint32_t percent) noexcept { return below(100) < percent; }

 private:
  static constexpr std::uint64_t golden = 0x9e3779b97f4a7c15ULL;
  std::uint64_t state_;
};

}  // namespace chainex::generator
