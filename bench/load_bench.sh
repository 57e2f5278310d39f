#!/usr/bin/env bash
# HTTP load benchmark (issue 3): wrk on loopback against `chainex serve`, beside nginx serving the same
# bytes as a static file (the ceiling), and shortest-path requests on the generated L graph.
#
#   bench/load_bench.sh [node|path|all] [--duration 10] [--connections 64] [--pairs 400000]
#
#   node  GET /api/nodes/{id} on the bundled dataset, and nginx serving that answer saved as a file.
#         Targets: ≥ 20000 requests/s, p99 < 20 ms, no errors, ≥ half of nginx.
#   path  GET /api/path?from=&to= over --pairs (default 400000) seeded random pairs on the L graph (made
#         with chainex-generate when missing), none asked twice, so that answers come from the search and
#         not from the server's answer cache. Targets: no errors, p99 < 50 ms.
# Every run is bounded: wrk runs for the fixed duration, servers are started on free ports of 127.0.0.1
# and stopped by their pid at exit. Environment: CHAINEX (default build/release/cli/chainex),
# CHAINEX_GENERATE, CHAINEX_BENCH_DATA (default build/bench-data), WRK_THREADS (default 2).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
what="${1:-all}"; shift || true
duration=10; connections=64; pairs=400000
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --pairs) pairs="$2"; shift 2 ;;
    *) echo "load_bench: unknown option $1" >&2; exit 2 ;;
  esac
done
# shellcheck source=bench_env.sh
source "$root/bench/bench_env.sh"
for tool in wrk nginx curl; do command -v "$tool" >/dev/null || { echo "load_bench: needs $tool (scripts/setup --bench)" >&2; exit 2; }; done
[ -x "$chainex" ] || { echo "load_bench: no chainex at $chainex (set CHAINEX)" >&2; exit 2; }
work="$(mktemp -d)"
chmod 755 "$work"  # nginx workers (user nobody when started as root) read www/ under it
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done; rm -rf "$work"; }
trap cleanup EXIT
failed=0

free_port() { "$python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

start_chainex() {  # start_chainex LOGNAME ARGS...: sets $port
  "$chainex" serve --port 0 --access-log off "${@:2}" > "$work/$1.out" 2> "$work/$1.err" &
  pids+=($!)
  for _ in $(seq 1 600); do  # loading the L graph takes a while; at most 60 s
    port="$(grep -o '127.0.0.1:[0-9]*' "$work/$1.out" 2>/dev/null | cut -d: -f2)"
    [ -n "$port" ] && return 0
    sleep 0.1
  done
  echo "load_bench: chainex did not start: $(tail -n 3 "$work/$1.err")" >&2; exit 1
}

# wrk with a Lua reporter printing one machine-readable line.
cat > "$work/report.lua" <<'LUA'
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT rps=%.0f p50=%.2f p90=%.2f p99=%.2f max=%.2f requests=%d errors=%d non2xx=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.requests, errors, summary.errors.status))
end
LUA
measure() {  # measure NAME URL [LUA]: prints the RESULT line of one wrk run
  local script="${3:-$work/report.lua}"
  echo "load_bench: wrk -t$wrk_threads -c$connections -d${duration}s $2 (loadavg before: $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  wrk -t"$wrk_threads" -c"$connections" -d"${duration}s" --timeout 5s -s "$script" "$2" > "$work/$1.wrk" 2>&1
  grep '^RESULT' "$work/$1.wrk" | sed 's/^RESULT //'
  echo "load_bench: loadavg after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
}
value() { echo "$1" | tr ' ' '\n' | grep "^$2=" | cut -d= -f2; }
verdict() { if awk "BEGIN { exit !($2) }"; then echo "PASS: $1"; else echo "FAIL: $1"; failed=1; fi; }
row() { printf '%-28s %10s %9s %9s %9s %9s %8s\n' "$1" "$(value "$2" rps)" "$(value "$2" p50)" "$(value "$2" p90)" "$(value "$2" p99)" "$(value "$2" max)" "$(value "$2" errors)"; }
header() { printf '%-28s %10s %9s %9s %9s %9s %8s\n' "" "req/s" "p50 ms" "p90 ms" "p99 ms" "max ms" "errors"; }

bench_node() {
  start_chainex node
  local id encoded url body_size
  id="$(curl -s "http://127.0.0.1:$port/api/centrality?metric=degree&top=1" | "$python" -c 'import json,sys; print(json.load(sys.stdin)["results"][0]["id"])')"
  encoded="$("$python" -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$id")"
  url="http://127.0.0.1:$port/api/nodes/$encoded"
  mkdir -p "$work/www/api/nodes"
  curl -s -o "$work/www/node.json" "$url"
  chmod -R a+rX "$work/www"
  body_size="$(stat -c %s "$work/www/node.json")"
  local nginx_port; nginx_port="$(free_port)"
  cat > "$work/nginx.conf" <<NGINX
worker_processes 2;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx.err;
events { worker_connections 1024; }
http {
  access_log off;
  types { application/json json; }
  client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp;
  uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;
  server { listen 127.0.0.1:$nginx_port; root $work/www; location / { try_files /node.json =404; } }
}
NGINX
  mkdir -p "$work/tmp"
  nginx -c "$work/nginx.conf" -p "$work" 2> "$work/nginx.start.err" &
  pids+=($!)
  sleep 0.5
  curl -sf -o /dev/null "http://127.0.0.1:$nginx_port/node.json" || { echo "load_bench: nginx did not start: $(cat "$work/nginx.start.err" "$work/nginx.err" 2>/dev/null | tail -n 3)" >&2; exit 1; }
  echo "GET /api/nodes/$id on the bundled dataset: $body_size bytes per answer"
  local ours ceiling
  ours="$(measure chainex "$url")"
  ceiling="$(measure nginx "http://127.0.0.1:$nginx_port/node.json")"
  header
  row "chainex /api/nodes/{id}" "$ours"
  row "nginx, same bytes, static" "$ceiling"
  verdict "chainex ≥ 20000 requests/s" "$(value "$ours" rps) >= 20000"
  verdict "chainex p99 < 20 ms" "$(value "$ours" p99) < 20"
  verdict "chainex without errors" "$(value "$ours" errors) == 0"
  verdict "chainex ≥ half of nginx ($(value "$ceiling" rps) req/s)" "$(value "$ours" rps) * 2 >= $(value "$ceiling" rps)"
}

bench_path() {
  local folder="$data_root/L-seed1"
  if [ ! -f "$folder/edges.csv" ]; then
    [ -x "$generate" ] || { echo "load_bench: no L graph in $folder and no chainex-generate at $generate" >&2; exit 2; }
    "$generate" --size L --seed 1 --out "$folder" >&2 || exit 1
  fi
  start_chainex path "$folder"
  # Seeded pairs of node ids, percent-encoded, more than the run can ask: no pair is asked twice, so the
  # figure measures the search and not the answer cache. wrk thread i asks pairs i, i+T, i+2T, …
  "$python" - "$folder/nodes.csv" "$work/pairs.lua" "$pairs" "$wrk_threads" <<'PY'
import csv, random, sys, urllib.parse
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    reader = csv.reader(f); next(reader); ids = [row[0] for row in reader]
rng = random.Random(1)
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
PY
  cat "$work/report.lua" >> "$work/pairs.lua"
  echo "GET /api/path on the L graph ($(grep -o 'serving [0-9]* nodes and [0-9]* edges' "$work/path.out")), $pairs seeded pairs, none asked twice"
  local ours; ours="$(measure path "http://127.0.0.1:$port" "$work/pairs.lua")"
  header
  row "chainex /api/path (L)" "$ours"
  verdict "no pair asked twice ($(value "$ours" requests) requests)" "$(value "$ours" requests) <= $pairs"
  verdict "paths without errors" "$(value "$ours" errors) == 0"
  verdict "paths p99 < 50 ms" "$(value "$ours" p99) < 50"
}

case "$what" in
  node) bench_node ;;
  path) bench_path ;;
  all) bench_node; bench_path ;;
  *) echo "load_bench: node, path or all" >&2; exit 2 ;;
esac
exit "$failed"
