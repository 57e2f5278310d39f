#!/usr/bin/env bash
# Query benchmark (issue 7): chainex against python-igraph and networkx on the generated graphs, one run,
# ratios printed.
#
#   bench/query_bench.sh [paths|informative|as-of|betweenness|approx|pagerank|all] [--seed N]
#
#   paths        unweighted shortest path, graph taken as undirected, 1000 seeded pairs: on M chainex vs
#                networkx vs igraph (targets: ≥ 10x networkx, ≥ 100x igraph); on L chainex alone
#                (target: median under 1 ms)
#   informative  hub-avoiding paths (rank=informative, issue 14) beside the plain BFS on the same 1000 seeded
#                pairs, alternating per pair, on M and L: median, p90, p99 (targets: L median at most 10x the
#                plain BFS median; M median under 1 ms)
#   as-of        the time model's filter (issue 13) on L with dates (L-dated-seedN, made from L by
#                bench/add_dates.py): paths (BFS) and neighbourhoods (depth 2, 500 nodes) of 1000 seeded pairs
#                with and without as_of=2015-06-30, alternating per pair, the whole run twice; median and p99
#                (target: as_of adds at most 30% to each median)
#   betweenness  exact, undirected, both cores, on S (best of 3 alternating rounds) and on a 50k-node /
#                250k-edge graph (one round): chainex vs igraph betweenness() (target ≥ 3x in wall time;
#                CPU time shown beside it)
#   approx       sampled betweenness (KADABRA), epsilon 0.01, delta 0.1: on S against the exact values
#                (largest error, top-20 overlap); on L timed (target under 60 s) and its top 20 compared
#                with a reference run at epsilon 0.0025
#   pagerank     directed, weighted, on L: chainex vs igraph pagerank() (target: not slower)
# Environment: CHAINEX_QUERY_BENCH (default build/release/bench/chainex-query-bench), CHAINEX_GENERATE,
# CHAINEX_BENCH_DATA (default build/bench-data), CHAINEX_BENCH_TIMEOUT (seconds per run, default 3600).
# The bench target is built by bench/CMakeLists.txt (add_subdirectory(bench) in the top CMakeLists.txt).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
what="${1:-all}"
seed=1
[ "${2:-}" = "--seed" ] && seed="${3:-1}"
bench="${CHAINEX_QUERY_BENCH:-$root/build/release/bench/chainex-query-bench}"
generate="${CHAINEX_GENERATE:-$root/build/release/datasets/generator/chainex-generate}"
data_root="${CHAINEX_BENCH_DATA:-$root/build/bench-data}"
limit="${CHAINEX_BENCH_TIMEOUT:-3600}"
python=/usr/bin/python3
[ -x "$bench" ] || { echo "query_bench: no chainex-query-bench at $bench (CHAINEX_QUERY_BENCH)" >&2; exit 2; }
[ "$what" = informative ] || [ "$what" = as-of ] || "$python" -c 'import igraph, networkx' 2>/dev/null ||
  { echo "query_bench: needs python3-igraph and python3-networkx" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=0

data() {  # data NAME [GENERATOR ARGS]: the folder of the generated graph (default args: --size NAME), made once
  local folder="$data_root/$1-seed$seed"
  local args=("${@:2}")
  [ ${#args[@]} -gt 0 ] || args=(--size "$1")
  if [ ! -f "$folder/edges.csv" ]; then
    [ -x "$generate" ] || { echo "query_bench: no chainex-generate at $generate" >&2; exit 2; }
    "$generate" "${args[@]}" --seed "$seed" --out "$folder" >&2 || exit 1
  fi
  echo "$folder"
}
field() { "$python" -c 'import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$2" "$1"; }
last() { tail -n 1 "$1"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
run() {  # run NAME COMMAND...: its JSON lines go to $work/NAME, the load average before it to $work/NAME.load
  echo "query_bench: $1 (load average $(loadavg))" >&2
  loadavg > "$work/$1.load"
  timeout "$limit" "${@:2}" > "$work/$1" 2> "$work/$1.err" || { echo "FAIL: $1 did not finish: $(tail -n 2 "$work/$1.err")"; failed=1; }
}
verdict() {  # verdict TEXT CONDITION
  if awk "BEGIN { exit !($2) }"; then echo "PASS: $1"; else echo "FAIL: $1"; failed=1; fi
}

bench_paths() {
  local m l; m="$(data M)"; l="$(data L)"
  "$python" "$root/bench/make_pairs.py" "$m" 1000 "$seed" > "$work/pairs_M"
  "$python" "$root/bench/make_pairs.py" "$l" 1000 "$seed" > "$work/pairs_L"
  run chainex_M "$bench" "$m" paths "$work/pairs_M"
  run networkx_M "$python" "$root/bench/query_peers.py" networkx "$m" paths "$work/pairs_M"
  run igraph_M "$python" "$root/bench/query_peers.py" igraph "$m" paths "$work/pairs_M"
  run chainex_L "$bench" "$l" paths "$work/pairs_L"
  echo; echo "Shortest paths (unweighted, undirected), 1000 seeded pairs; seconds per pair"
  printf '%-12s %12s %12s %12s %8s %8s\n' run median p90 mean found hops
  for r in chainex_M networkx_M igraph_M chainex_L; do
    local j; j="$(last "$work/$r")"
    printf '%-12s %12.6f %12.6f %12.6f %8s %8s\n' "$r" "$(field median "$j")" "$(field p90 "$j")" "$(field mean "$j")" \
      "$(field found "$j")" "$(field hops "$j")"
  done
  local c n i cl; c="$(field median "$(last "$work/chainex_M")")"; n="$(field median "$(last "$work/networkx_M")")"
  i="$(field median "$(last "$work/igraph_M")")"; cl="$(field median "$(last "$work/chainex_L")")"
  [ "$(field hops "$(last "$work/chainex_M")")" = "$(field hops "$(last "$work/networkx_M")")" ] || { echo "FAIL: path lengths differ from networkx"; failed=1; }
  verdict "M median: chainex $(awk -v a="$n" -v b="$c" 'BEGIN{printf "%.0f", a/b}')x faster than networkx (target 10x)" "$n / $c >= 10"
  verdict "M median: chainex $(awk -v a="$i" -v b="$c" 'BEGIN{printf "%.0f", a/b}')x faster than igraph (target 100x)" "$i / $c >= 100"
  verdict "L median: $(awk -v a="$cl" 'BEGIN{printf "%.3f", a*1000}') ms per pair (target under 1 ms)" "$cl < 0.001"
}

bench_informative() {
  local m l; m="$(data M)"; l="$(data L)"
  "$python" "$root/bench/make_pairs.py" "$m" 1000 "$seed" > "$work/pairs_M"
  "$python" "$root/bench/make_pairs.py" "$l" 1000 "$seed" > "$work/pairs_L"
  run informative_M "$bench" "$m" informative "$work/pairs_M"
  run informative_L "$bench" "$l" informative "$work/pairs_L"
  echo; echo "Paths, plain BFS and rank=informative (undirected), 1000 seeded pairs; seconds per pair"
  printf '%-6s %-12s %12s %12s %12s %8s %8s\n' graph rank median p90 p99 found hops
  for g in M L; do
    while read -r j; do
      case "$j" in *'"measure":"paths"'*) ;; *) continue ;; esac
      printf '%-6s %-12s %12.6f %12.6f %12.6f %8s %8s\n' "$g" "$(field rank "$j")" "$(field median "$j")" "$(field p90 "$j")" \
        "$(field p99 "$j")" "$(field found "$j")" "$(field hops "$j")"
    done < "$work/informative_$g"
  done
  local median_of; median_of() { grep "\"rank\":\"$2\"" "$work/informative_$1" | tail -n 1; }
  local mi li lb; mi="$(field median "$(median_of M informative)")"
  li="$(field median "$(median_of L informative)")"; lb="$(field median "$(median_of L shortest)")"
  verdict "M informative median: $(awk -v a="$mi" 'BEGIN{printf "%.3f", a*1000}') ms (target under 1 ms)" "$mi < 0.001"
  verdict "L informative median: $(awk -v a="$li" -v b="$lb" 'BEGIN{printf "%.1f", a/b}')x the plain BFS median (target at most 10x)" "$li <= 10 * $lb"
}

bench_as_of() {
  local l dated day=2015-06-30; l="$(data L)"; dated="$data_root/L-dated-seed$seed"
  [ -f "$dated/edges.csv" ] || "$python" "$root/bench/add_dates.py" "$l" "$dated" || exit 1
  "$python" "$root/bench/make_pairs.py" "$dated" 1000 "$seed" > "$work/pairs_dated"
  run as_of_1 "$bench" "$dated" as-of "$day" "$work/pairs_dated"
  run as_of_2 "$bench" "$dated" as-of "$day" "$work/pairs_dated"
  echo; echo "As of $day on L with dates, 1000 seeded pairs, without and with as_of; seconds per query"
  printf '%-6s %-10s %-6s %12s %12s %10s\n' run query as_of median p99 found
  for r in 1 2; do
    while read -r j; do
      case "$j" in *'"measure":"as-of"'*) ;; *) continue ;; esac
      printf '%-6s %-10s %-6s %12.6f %12.6f %10s\n' "$r" "$(field query "$j")" "$(field as_of "$j")" \
        "$(field median "$j")" "$(field p99 "$j")" "$(field found "$j")"
    done < "$work/as_of_$r"
  done
  local q r plain dated_median
  for q in path neighbors; do
    for r in 1 2; do
      plain="$(field median "$(grep "\"query\":\"$q\",\"as_of\":false" "$work/as_of_$r")")"
      dated_median="$(field median "$(grep "\"query\":\"$q\",\"as_of\":true" "$work/as_of_$r")")"
      verdict "run $r $q: as_of median $(awk -v a="$dated_median" -v b="$plain" 'BEGIN{printf "%.2f", a/b}')x the median without (target at most 1.3x)" "$dated_median <= 1.3 * $plain"
    done
  done
}

best() {  # best RESULT_FILE...: the last JSON line of the run with the smallest wall time
  local f line best_line="" best_seconds=""
  for f in "$@"; do
    line="$(last "$f")"; [ -n "$line" ] || continue
    if [ -z "$best_seconds" ] || awk -v a="$(field seconds "$line")" -v b="$best_seconds" 'BEGIN { exit !(a < b) }'; then
      best_line="$line"; best_seconds="$(field seconds "$line")"
    fi
  done
  echo "$best_line"
}

bench_betweenness() {  # S: best of 3 rounds, chainex and igraph alternating (a 2 s run is at the mercy of the load); 50k: one round
  local name folder rounds r
  echo; echo "Exact betweenness (undirected); chainex on $(nproc) threads, igraph on one; seconds"
  printf '%-6s %5s %10s %10s %10s %10s %8s %8s  %s\n' graph round chainex cpu igraph cpu wall× cpu× "load average before chainex / igraph"
  for name in S N50k; do
    if [ "$name" = S ]; then folder="$(data S)"; rounds=3; else folder="$(data N50k --nodes 50000 --edges 250000)"; rounds=1; fi
    local chainex_runs=() igraph_runs=()
    for r in $(seq 1 "$rounds"); do
      run "chainex_betweenness_${name}_$r" "$bench" "$folder" betweenness
      run "igraph_betweenness_${name}_$r" "$python" "$root/bench/query_peers.py" igraph "$folder" betweenness
      chainex_runs+=("$work/chainex_betweenness_${name}_$r"); igraph_runs+=("$work/igraph_betweenness_${name}_$r")
      betweenness_row "$name" "$r" "$(last "$work/chainex_betweenness_${name}_$r")" "$(last "$work/igraph_betweenness_${name}_$r")" \
        "$(cat "$work/chainex_betweenness_${name}_$r.load") / $(cat "$work/igraph_betweenness_${name}_$r.load")"
    done
    local c i; c="$(best "${chainex_runs[@]}")"; i="$(best "${igraph_runs[@]}")"
    [ -n "$c" ] && [ -n "$i" ] || continue
    [ "$rounds" -gt 1 ] && betweenness_row "$name" best "$c" "$i" "fastest round of each"
    c="$(field seconds "$c")"; i="$(field seconds "$i")"
    verdict "$name: chainex $(awk -v a="$i" -v b="$c" 'BEGIN{printf "%.1f", a/b}')x faster than igraph in wall time (target 3x)" "$i / $c >= 3"
  done
}

betweenness_row() {  # betweenness_row GRAPH ROUND CHAINEX_JSON IGRAPH_JSON NOTE
  [ -n "$3" ] && [ -n "$4" ] || return 0
  local c i cc ic; cc="$(field cpu_seconds "$3")"; ic="$(field cpu_seconds "$4")"; c="$(field seconds "$3")"; i="$(field seconds "$4")"
  printf '%-6s %5s %10.2f %10.2f %10.2f %10.2f %8.2f %8.2f  %s\n' "$1" "$2" "$c" "$cc" "$i" "$ic" \
    "$(awk -v a="$i" -v b="$c" 'BEGIN{print a/b}')" "$(awk -v a="$ic" -v b="$cc" 'BEGIN{print a/b}')" "$5"
}

bench_approx() {
  local s l; s="$(data S)"; l="$(data L)"
  run chainex_approx_exact_S "$bench" "$s" approx-exact 0.01 0.1
  run chainex_approx "$bench" "$l" approx 0.01 0.1
  run chainex_reference "$bench" "$l" approx 0.0025 0.1
  local e a r; e="$(last "$work/chainex_approx_exact_S")"; a="$(last "$work/chainex_approx")"; r="$(last "$work/chainex_reference")"
  if [ -n "$e" ]; then
    echo; echo "Sampled against exact betweenness on S (epsilon 0.01, delta 0.1): largest error $(field largest_error "$e"), top 20 shared: $(field top_overlap "$e"), $(field samples "$e") samples"
    verdict "S: every sampled value within epsilon 0.01 of the exact one" "$(field largest_error "$e") <= 0.01"
  fi
  [ -n "$a" ] && [ -n "$r" ] || return
  local c; c="$(field seconds "$a")"
  echo; echo "Sampled betweenness on L (undirected, epsilon 0.01, delta 0.1): $c s ($(field cpu_seconds "$a") s CPU), $(field samples "$a") samples (cap $(field sample_cap "$a")), VD bound $(field vertex_diameter_bound "$a"); load average before: $(cat "$work/chainex_approx.load")"
  echo "Reference run (epsilon 0.0025): $(field seconds "$r") s, $(field samples "$r") samples"
  local overlap; overlap="$("$python" -c 'import json,sys; a={x[0] for x in json.loads(sys.argv[1])["top"]}; b={x[0] for x in json.loads(sys.argv[2])["top"]}; print(len(a & b))' "$a" "$r")"
  "$python" - "$a" "$r" <<'PY'
import json, sys
a, r = (json.loads(x)["top"] for x in sys.argv[1:3])
print(f"{'rank':>4}  {'epsilon 0.01':<28}{'value':>10}   {'epsilon 0.0025':<28}{'value':>10}")
for i, (x, y) in enumerate(zip(a, r), 1):
    print(f"{i:>4}  {x[0]:<28}{x[1]:>10.5f}   {y[0]:<28}{y[1]:>10.5f}")
PY
  echo "top 20 shared with the reference run: $overlap"
  verdict "sampled betweenness on L in $c s (target under 60 s)" "$c < 60"
}

bench_pagerank() {
  local l; l="$(data L)"
  run chainex_pagerank "$bench" "$l" pagerank
  run igraph_pagerank "$python" "$root/bench/query_peers.py" igraph "$l" pagerank
  local c i; c="$(field seconds "$(last "$work/chainex_pagerank")")"; i="$(field seconds "$(last "$work/igraph_pagerank")")"
  echo; echo "PageRank on L (directed, weighted): chainex $c s, igraph (PRPACK) $i s"
  verdict "chainex $(awk -v a="$i" -v b="$c" 'BEGIN{printf "%.2f", a/b}')x igraph's speed (target at least 1x)" "$c <= $i"
}

echo "Machine: $(nproc) cores, load average $(loadavg); chainex $(git -C "$root" rev-parse --short HEAD 2>/dev/null)"
case "$what" in
  paths) bench_paths ;;
  informative) bench_informative ;;
  as-of) bench_as_of ;;
  betweenness) bench_betweenness ;;
  approx) bench_approx ;;
  pagerank) bench_pagerank ;;
  all) bench_paths; bench_betweenness; bench_approx; bench_pagerank ;;
  *) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
echo "Load average at the end: $(loadavg)"
exit "$failed"
