#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang-14 into build/fuzz and runs each one, bounded.
#   tests/fuzz/run.sh [SECONDS] [HARNESS…]       each harness for SECONDS (default 30); all when none named
#   CHAINEX_FUZZ_RUNS=10000000 tests/fuzz/run.sh 0   each harness for that many executions instead (the long run)
# New inputs go to build/fuzz/work/<harness> (the checked-in seeds in tests/fuzz/<harness>/corpus are only
# read); a crash, leak, timeout or broken invariant leaves crash-*/leak-*/timeout-* in build/fuzz/artifacts
# and fails the run. Prints executions and exec/s per harness.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seconds="${1:-30}"
shift || true
harnesses=("$@")
if [ "${#harnesses[@]}" -eq 0 ]; then harnesses=(csv_reader import http_request); fi
build="$root/build/fuzz"

if [ ! -f "$build/build.ninja" ]; then
  CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE= -DCMAKE_CXX_FLAGS="-O2 -g" \
    -DCHAINEX_FUZZ=ON -DCHAINEX_TESTS=OFF >/dev/null
fi
cmake --build "$build" -j "${CHAINEX_JOBS:-2}" --target "${harnesses[@]/%/_fuzz}"

limits=(-timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1)
if [ -n "${CHAINEX_FUZZ_RUNS:-}" ]; then limits+=(-runs="$CHAINEX_FUZZ_RUNS"); else limits+=(-max_total_time="$seconds"); fi
mkdir -p "$build/artifacts"
status=0
for name in "${harnesses[@]}"; do
  work="$build/work/$name"
  mkdir -p "$work"
  log="$build/work/$name.log"
  echo "== fuzz $name"
  if ! "$build/tests/fuzz/${name}_fuzz" "${limits[@]}" -artifact_prefix="$build/artifacts/$name-" \
       "$work" "$root/tests/fuzz/$name/corpus" >"$log" 2>&1; then
    status=1
    grep -E "ERROR|invariant|SUMMARY|artifact" "$log" | head -20 || true
  fi
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")"
  rate="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")"
  echo "   $name: ${runs:-?} executions, ${rate:-?} exec/s, corpus $(ls "$work" | wc -l) files (log: $log)"
done
exit "$status"
