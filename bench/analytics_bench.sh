#!/usr/bin/env bash
# Analytics bench (issue 11, "Figures"): the real `chainex serve` on the generator's L graph (2M nodes,
# 10M edges) on 127.0.0.1, and on M (200k / 1M) the agreement of sampled betweenness with a reference
# ranking beside networkx and igraph given the same time. Each figure is printed next to its target.
#
#   bench/analytics_bench.sh [all|serve|agreement] [--rounds 2] [--duration 10] [--connections 16]
#                            [--reference sampled|exact]
#
#   serve      on L, --rounds fresh servers (default 2: a first round after the machine idled pays to fault
#              memory back in, see bench/README.md), each: the first GET /api/nodes/{id}/position (< 1 s),
#              degree top-10 first and second call (< 100 ms), betweenness top-100 approx=true&epsilon=0.01
#              followed through its job (< 15 s); the jobs a position starts are cancelled before the
#              degree call. Then, on the last server: wrk on /api/path over seeded random pairs twice with
#              no job (the baseline), then 4 heavy jobs asked for (exact betweenness, closeness, harmonic,
#              PageRank; the server runs one at a time) and wrk twice more (p99 < 50 ms, 0 errors);
#              VmRSS/VmHWM with exact betweenness running, then with it, closeness and harmonic cancelled
#              (hours on L) and PageRank done (< 2 GB); SIGTERM with 2 jobs running until the process is
#              gone (< 5 s).
#   agreement  on M: chainex's sampled betweenness (epsilon 0.01), networkx betweenness_centrality(k=…) and
#              igraph betweenness(cutoff=…) given the same wall time; top-100 overlap, Kendall tau-b and
#              Spearman rho against the reference. The reference is cached in DATA/M-seed1/: with
#              --reference exact, chainex's exact Brandes (`chainex centrality --metric betweenness --all`,
#              hours on 2 cores); by default (sampled) chainex's sampled betweenness at epsilon 0.001, the
#              smallest it takes (about 100x the samples of 0.01): a reference within 0.001 of the exact
#              value with probability 0.9, not the exact ranking.
# Every run is bounded: wrk runs the fixed duration, each follow and wait has a time limit, servers listen on
# free ports of 127.0.0.1 and are stopped by their pid. Environment: CHAINEX (default build/release/cli/chainex),
# CHAINEX_GENERATE, CHAINEX_BENCH_DATA (default build/bench-data), WRK_THREADS (default 2).
# Exit status: 0 every target met, 1 a target missed or a step failed, 2 usage or a missing prerequisite.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
what="${1:-all}"; shift || true
rounds=2; duration=10; connections=16; reference=sampled; pairs=200000
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --reference) reference="$2"; shift 2 ;;
    *) echo "analytics_bench: unknown option $1" >&2; exit 2 ;;
  esac
done
# shellcheck source=bench_env.sh
source "$root/bench/bench_env.sh"
client="$root/bench/analytics_client.py"
for tool in wrk curl; do command -v "$tool" >/dev/null || { echo "analytics_bench: needs $tool (scripts/setup --bench)" >&2; exit 2; }; done
[ -x "$chainex" ] || { echo "analytics_bench: no chainex at $chainex (set CHAINEX)" >&2; exit 2; }
work="$(mktemp -d)"
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill -9 "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
failed=0

load() { cut -d' ' -f1-3 /proc/loadavg; }
field() { "$python" -c 'import json,sys; d=json.loads(sys.argv[1]); print(d.get(sys.argv[2], ""))' "$1" "$2"; }
verdict() { if awk "BEGIN { exit !($2) }"; then echo "  PASS: $1"; else echo "  FAIL: $1"; failed=1; fi; }
ms() { awk "BEGIN { printf \"%.0f\", $1 * 1000 }"; }

dataset() {  # dataset SIZE: prints the folder, generating it when missing
  local folder="$data_root/$1-seed1"
  if [ ! -f "$folder/edges.csv" ]; then
    [ -x "$generate" ] || { echo "analytics_bench: no $1 graph in $folder and no chainex-generate at $generate" >&2; exit 2; }
    "$generate" --size "$1" --seed 1 --out "$folder" >&2 || exit 1
  fi
  echo "$folder"
}

start_server() {  # start_server NAME DATA: sets $port, $server_pid, $base
  "$chainex" serve --port 0 --host 127.0.0.1 --access-log off "$2" > "$work/$1.out" 2> "$work/$1.err" &
  server_pid=$!
  local t0; t0=$(date +%s.%N)
  for _ in $(seq 1 1200); do  # loading L takes a few seconds; at most 120 s
    port="$(grep -o '127.0.0.1:[0-9]*' "$work/$1.out" 2>/dev/null | head -n 1 | cut -d: -f2)"
    if [ -n "$port" ]; then
      base="http://127.0.0.1:$port"
      echo "  server up in $(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $t0 }") s (pid $server_pid, $base)"
      return 0
    fi
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
  done
  echo "analytics_bench: chainex did not start: $(tail -n 3 "$work/$1.err")" >&2; exit 1
}

stop_server() {  # SIGTERM, at most 30 s, then SIGKILL; prints the seconds until the process was gone
  local t0 t1; t0=$(date +%s.%N)
  kill -TERM "$server_pid" 2>/dev/null
  for _ in $(seq 1 600); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.05; done
  if kill -0 "$server_pid" 2>/dev/null; then kill -9 "$server_pid"; echo "killed"; fi
  wait "$server_pid" 2>/dev/null
  t1=$(date +%s.%N); server_pid=""
  awk "BEGIN { printf \"%.2f\", $t1 - $t0 }"
}

memory() { grep -E '^(VmRSS|VmHWM)' "/proc/$server_pid/status" | awk '{ printf "%s %.0f MB  ", $1, $2 / 1024 }'; }
rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$server_pid/status"; }
hwm_mb() { awk '/^VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$server_pid/status"; }

job_state() {  # job_state METRIC: state of the server's exact job for that metric
  "$python" "$client" jobs "$base" | "$python" -c '
import json, sys
jobs = [j for j in json.load(sys.stdin)["jobs"] if j["metric"] == sys.argv[1] and not j["approximate"]]
print(jobs[-1]["state"] + " " + str(round(jobs[-1]["progress"] or 0, 4)) if jobs else "none")' "$1"
}

make_pairs_lua() {  # make_pairs_lua DATA OUT.lua SEED: a wrk script asking seeded random pairs, none twice
  "$python" - "$1/nodes.csv" "$2" "$pairs" "$wrk_threads" "$3" <<'PY'
import csv, random, sys, urllib.parse
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    reader = csv.reader(f); next(reader); ids = [row[0] for row in reader]
rng = random.Random(int(sys.argv[5]))
q = lambda s: urllib.parse.quote(s, safe='')
with open(sys.argv[2], 'w') as out:
    out.write('paths = {\n')
    for _ in range(int(sys.argv[3])):
        a, b = rng.choice(ids), rng.choice(ids)
        out.write('  "/api/path?from=%s&to=%s",\n' % (q(a), q(b)))
    out.write('}\nthreads = %d\nnext_id = 0\n' % int(sys.argv[4]))
    out.write('setup = function(thread) thread:set("id", next_id); next_id = next_id + 1 end\n')
    out.write('asked = 0\nrequest = function()\n  asked = asked + 1\n')
    out.write('  return wrk.format("GET", paths[((asked - 1) * threads + id) % #paths + 1])\nend\n')
    out.write('''done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT rps=%.0f p50=%.2f p90=%.2f p99=%.2f max=%.2f requests=%d errors=%d non2xx=%d\\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.requests, errors, summary.errors.status))
end
''')
PY
}

run_wrk() {  # run_wrk LABEL LUA: one bounded wrk run on /api/path, printed; sets $res
  local lb; lb="$(load)"
  wrk -t"$wrk_threads" -c"$connections" -d"${duration}s" --timeout 5s -s "$2" "$base" > "$work/wrk.out" 2>&1
  res="$(grep '^RESULT' "$work/wrk.out" | sed 's/^RESULT //')"
  [ -n "$res" ] || { echo "  wrk gave no result: $(tail -n 5 "$work/wrk.out")"; failed=1; res="p50=0 p99=999999 errors=999999 requests=0 non2xx=0"; }
  echo "  $1: wrk -t$wrk_threads -c$connections -d${duration}s /api/path (L, $pairs seeded pairs), load average $lb -> $(load)"
  echo "    $res"
}
val() { echo "$res" | tr ' ' '\n' | grep "^$1=" | cut -d= -f2; }

bench_serve() {
  local L; L="$(dataset L)"
  local node; node="$("$python" "$client" pick "$L" enterprise 11)"
  local encoded; encoded="$("$python" -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$node")"
  echo "== serve: chainex serve on L ($L), $rounds fresh server(s); load average before: $(load)"
  local r
  for r in $(seq 1 "$rounds"); do
    echo "-- round $r (load average $(load))"
    start_server "round$r" "$L"
    local pos deg1 deg2 btw
    pos="$("$python" "$client" get "$base" "/api/nodes/$encoded/position")"
    echo "  first GET /api/nodes/$node/position: $(ms "$(field "$pos" seconds)") ms, status $(field "$pos" status), ranks $(field "$pos" ranks)   target < 1000 ms"
    verdict "position answers in < 1 s (round $r)" "$(field "$pos" seconds) < 1 && $(field "$pos" status) == 200"
    # A position starts the exact jobs its pending ranks need: cancel them so that they do not load the
    # figures below (the lane figure starts its own).
    echo "  jobs the position started (cancelled now): $("$python" "$client" jobs "$base" cancel)"
    deg1="$("$python" "$client" get "$base" "/api/centrality?metric=degree&top=10")"
    deg2="$("$python" "$client" get "$base" "/api/centrality?metric=degree&top=10")"
    echo "  degree top-10: first call $(ms "$(field "$deg1" seconds)") ms (status $(field "$deg1" status)), second call $(ms "$(field "$deg2" seconds)") ms   target < 100 ms"
    verdict "degree top-10 first call < 100 ms (round $r)" "$(field "$deg1" seconds) < 0.1 && $(field "$deg1" status) == 200"
    btw="$("$python" "$client" get "$base" "/api/centrality?metric=betweenness&top=100&approx=true&epsilon=0.01" --follow 120)"
    echo "  betweenness top-100 approx eps 0.01: answer after $(awk "BEGIN { printf \"%.2f\", $(field "$btw" seconds) }") s (first status $(field "$btw" first_status), job $(field "$btw" job_states), final status $(field "$btw" status), $(field "$btw" results) results)   target < 15 s"
    verdict "approx betweenness top-100 within 15 s (round $r)" "$(field "$btw" seconds) < 15 && $(field "$btw" status) == 200"
    echo "  memory: $(memory)"
    if [ "$r" -lt "$rounds" ]; then echo "  stopped (SIGTERM, no job running) in $(stop_server) s"; fi
  done

  echo "-- cheap lane: /api/path with no job running (the baseline on this loaded machine), then under 4 heavy jobs"
  # Four seeded sets of pairs, one per wrk run, so that no run is served from the answer cache.
  make_pairs_lua "$L" "$work/base1.lua" 4; make_pairs_lua "$L" "$work/base2.lua" 6
  make_pairs_lua "$L" "$work/pairs1.lua" 3; make_pairs_lua "$L" "$work/pairs2.lua" 5
  # Twice: the first run on a fresh server also faults the graph's pages in (see bench/README.md).
  local base_p99 i
  for i in 1 2; do
    run_wrk "baseline $i, no job running" "$work/base$i.lua"
    base_p99="$(val p99)"
    echo "  /api/path with no job (run $i): p50 $(val p50) ms, p99 $(val p99) ms, $(val errors) errors of $(val requests)"
  done
  local m
  for m in betweenness closeness harmonic pagerank; do
    echo "  GET /api/centrality?metric=$m&top=10: $("$python" "$client" get "$base" "/api/centrality?metric=$m&top=10")"
  done
  sleep 1
  echo "  jobs: $("$python" "$client" jobs "$base")"
  echo "  (the server runs its jobs one at a time: exact betweenness computes, the 3 others wait in its queue)"
  for i in 1 2; do
    run_wrk "run $i under 4 heavy jobs" "$work/pairs$i.lua"
    echo "  /api/path under 4 heavy jobs (run $i): p50 $(val p50) ms, p99 $(val p99) ms, $(val errors) errors ($(val non2xx) non-2xx) of $(val requests)   target p99 < 50 ms, 0 errors (baseline p99 $base_p99 ms)"
    verdict "path p99 < 50 ms with 4 heavy jobs (run $i)" "$(val p99) < 50"
    verdict "path without errors with 4 heavy jobs (run $i)" "$(val errors) == 0"
  done
  echo "  jobs after wrk: $("$python" "$client" jobs "$base")"

  echo "-- memory on L after the jobs that finish (load average $(load))"
  # Jobs run one at a time (one runner thread): PageRank waits behind exact betweenness, closeness and
  # harmonic, which take hours on 2M nodes here. Read the memory with those running (their arrays live),
  # cancel them, wait (at most 300 s) for PageRank to finish, and read it again.
  echo "  memory while jobs are (state progress) betweenness $(job_state betweenness), closeness $(job_state closeness), harmonic $(job_state harmonic), pagerank $(job_state pagerank): $(memory)"
  local rss_running; rss_running="$(rss_mb)"
  "$python" "$client" jobs "$base" cancel betweenness closeness harmonic > /dev/null
  local t_wait=$SECONDS waited=0
  while [ "$waited" -lt 300 ]; do
    case "$(job_state pagerank)" in running*|queued*) sleep 1; waited=$((SECONDS - t_wait)) ;; *) break ;; esac
  done
  waited=$((SECONDS - t_wait))
  echo "  cancelled exact betweenness, closeness, harmonic ($(job_state betweenness), $(job_state closeness), $(job_state harmonic)); waited ${waited} s for pagerank: $(job_state pagerank)"
  sleep 1
  echo "  memory, jobs done (degree, approx betweenness eps 0.01, pagerank), the 3 exact ones cancelled: $(memory)  target < 2048 MB"
  local rss_done hwm_done; rss_done="$(rss_mb)"; hwm_done="$(hwm_mb)"
  verdict "VmRSS < 2 GB on L after the jobs that finish ($rss_done MB; $rss_running MB with exact betweenness running)" "$rss_done < 2048 && $rss_running < 2048"
  verdict "VmHWM < 2 GB on L ($hwm_done MB, the peak of the whole run)" "$hwm_done < 2048"

  echo "-- SIGTERM with jobs running (load average $(load))"
  for m in betweenness closeness; do "$python" "$client" get "$base" "/api/centrality?metric=$m&top=10" > /dev/null; done
  sleep 2
  echo "  jobs: $("$python" "$client" jobs "$base")"
  local took; took="$(stop_server)"
  echo "  SIGTERM to exit: $took s   target < 5 s"
  if [ "$took" = killed ]; then verdict "SIGTERM exits within 5 s with jobs running (SIGKILL after 30 s)" "0"
  else verdict "SIGTERM exits within 5 s with jobs running" "$took < 5"; fi
  sed -n '/stopping/,$p' "$work/round$rounds.err" | head -n 5 | sed 's/^/  server: /'
}

bench_agreement() {
  local M; M="$(dataset M)"
  echo "== agreement: betweenness top-100 on M ($M); load average before: $(load)"
  local ref="$M/betweenness-reference-$reference.csv"
  if [ ! -s "$ref" ]; then
    local t0; t0=$(date +%s.%N)
    if [ "$reference" = exact ]; then
      "$chainex" centrality "$M" --metric betweenness --format csv --all > "$ref.tmp" || { rm -f "$ref.tmp"; exit 1; }
    else
      "$chainex" centrality "$M" --metric betweenness --approx --epsilon 0.001 --format csv --all > "$ref.tmp" || { rm -f "$ref.tmp"; exit 1; }
    fi
    mv "$ref.tmp" "$ref"
    echo "  reference computed in $(awk "BEGIN { printf \"%.0f\", $(date +%s.%N) - $t0 }") s, cached as $ref"
  fi
  if [ "$reference" = exact ]; then
    echo "  reference: chainex exact betweenness (Brandes), $ref"
  else
    echo "  reference: chainex SAMPLED betweenness at epsilon 0.001 (delta 0.1), ~100x the samples of epsilon 0.01,"
    echo "  NOT the exact ranking (exact Brandes on M takes hours here; bench/README.md), cached as $ref"
  fi
  local t0 t1 budget
  t0=$(date +%s.%N)
  "$chainex" centrality "$M" --metric betweenness --approx --epsilon 0.01 --format csv --all > "$work/chainex.csv" || { failed=1; return; }
  t1=$(date +%s.%N)
  budget="$(awk "BEGIN { printf \"%.2f\", $t1 - $t0 }")"
  echo "  chainex centrality --approx --epsilon 0.01 (load + compute): $budget s; the peers get $budget s of compute after their load"
  # Each peer is bounded: loading plus a calibration plus its run, at most 180 s + 10x the budget. igraph's
  # cutoff=2 can already outlast the budget on these hub-heavy graphs: then its table row is the cutoff that
  # did finish, with its real time, or none.
  local nx ig limit; limit="$(awk "BEGIN { printf \"%.0f\", 180 + 10 * $budget }")"
  nx="$(timeout "$limit" "$python" "$client" peer networkx "$M" "$budget" "$work/networkx.csv" 2>> "$work/peers.err")"
  [ -n "$nx" ] || nx="{\"call\": \"betweenness_centrality(k=...) did not finish in $limit s\"}"
  ig="$(timeout "$limit" "$python" "$client" peer igraph "$M" "$budget" "$work/igraph.csv" 2>> "$work/peers.err")"
  if [ -z "$ig" ]; then
    local last; last="$(grep igraph_cutoff "$work/peers.err" | tail -n 1)"
    if [ -n "$last" ]; then ig="{\"call\": \"betweenness(cutoff=$(field "$last" igraph_cutoff))\", \"seconds\": $(field "$last" seconds)}"
    else ig="{\"call\": \"betweenness(cutoff=2) did not finish in $limit s\", \"seconds\": \">$limit\"}"; fi
  fi
  printf '  %-44s %9s %8s %8s %9s\n' "" "seconds" "overlap" "kendall" "spearman"
  local a
  a="$("$python" "$client" agree "$ref" "$work/chainex.csv")"
  printf '  %-44s %9s %8s %8s %9s\n' "chainex approx eps 0.01" "$budget" "$(field "$a" overlap)/100" "$(field "$a" kendall_tau_b)" "$(field "$a" spearman)"
  if [ -s "$work/networkx.csv" ]; then
    a="$("$python" "$client" agree "$ref" "$work/networkx.csv")"
    printf '  %-44s %9s %8s %8s %9s\n' "networkx $(field "$nx" call)" "$(field "$nx" seconds)" "$(field "$a" overlap)/100" "$(field "$a" kendall_tau_b)" "$(field "$a" spearman)"
  fi
  if [ -s "$work/igraph.csv" ]; then
    a="$("$python" "$client" agree "$ref" "$work/igraph.csv")"
    printf '  %-44s %9s %8s %8s %9s\n' "igraph $(field "$ig" call)" "$(field "$ig" seconds)" "$(field "$a" overlap)/100" "$(field "$a" kendall_tau_b)" "$(field "$a" spearman)"
  fi
  [ -s "$work/networkx.csv" ] || printf '  %-44s %9s\n' "networkx: $(field "$nx" call)" "-"
  [ -s "$work/igraph.csv" ] || printf '  %-44s %9s %8s\n' "igraph $(field "$ig" call)" "$(field "$ig" seconds)" "-"
  echo "  networkx: $nx"
  echo "  igraph:   $ig"
  echo "  (overlap: nodes shared by the two top-100 sets; Kendall tau-b / Spearman: the candidate's values over the"
  echo "   reference's top-100 nodes; load average after: $(load))"
}

echo "analytics_bench: $(date -u +%FT%TZ), $(nproc) cores, load average $(load); chainex $chainex"
echo "(a shared 2-core machine: figures are noisy; every section prints the load average it ran under)"
case "$what" in
  serve) bench_serve ;;
  agreement) bench_agreement ;;
  all) bench_serve; bench_agreement ;;
  *) echo "analytics_bench: all, serve or agreement" >&2; exit 2 ;;
esac
echo "analytics_bench: done, load average $(load); $([ "$failed" -eq 0 ] && echo 'every target met' || echo 'a target missed (FAIL above)')"
exit "$failed"
