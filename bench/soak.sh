#!/usr/bin/env bash
# Soak test (issue 6): mixed API traffic with wrk against `chainex serve` on 127.0.0.1 while a loop POSTs
# an import every few seconds, so the served graph is swapped under load again and again.
#
#   bench/soak.sh [--duration 60] [--warmup 10] [--import-every 3] [--connections 16] [--data FOLDER]
#
# Reports the requests made, the failed ones (a wrk Lua script counts every answer outside 2xx/3xx; socket
# errors and timeouts are added), the imports done, resident memory (VmRSS from /proc/PID/status) at
# start, after the warm-up and at the end, and open file descriptors at start and end. Exits 1 when a
# request or an import failed, when RSS grew more than 10% after the warm-up, or when descriptors grew.
# Bounded: wrk runs --duration seconds; the import loop stops at the same deadline and after at most
# duration/import-every + 1 imports, each curl at most 60 s; the server is killed by its pid at exit.
# Environment: CHAINEX (default build/release/cli/chainex), WRK_THREADS (default 2).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
duration=60; warmup=10; import_every=3; connections=16
data="$root/datasets/east-forward-2025"
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --import-every) import_every="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    *) echo "soak: unknown option $1" >&2; exit 2 ;;
  esac
done
[ "$warmup" -lt "$duration" ] || { echo "soak: --warmup must be shorter than --duration" >&2; exit 2; }
chainex="${CHAINEX:-$root/build/release/cli/chainex}"
python=/usr/bin/python3
for tool in wrk curl; do command -v "$tool" >/dev/null || { echo "soak: needs $tool (scripts/setup --bench)" >&2; exit 2; }; done
[ -x "$chainex" ] || { echo "soak: no chainex at $chainex (set CHAINEX)" >&2; exit 2; }

work="$(mktemp -d)"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done; rm -rf "$work"; }
trap cleanup EXIT

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$server/status"; }
fd_count() { find "/proc/$server/fd" -mindepth 1 -maxdepth 1 | wc -l; }

# The server, with a token so that imports are allowed, keeping accepted imports in its data folder.
head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$work/token"
"$chainex" serve "$data" --port 0 --access-log off --token-file "$work/token" --data-dir "$work/store" \
  > "$work/serve.out" 2> "$work/serve.err" &
server=$!
pids+=("$server")
port=""
for _ in $(seq 1 300); do  # at most 30 s to load and bind
  port="$(grep -o '127.0.0.1:[0-9]*' "$work/serve.out" 2>/dev/null | cut -d: -f2)"
  [ -n "$port" ] && break
  kill -0 "$server" 2>/dev/null || break
  sleep 0.1
done
[ -n "$port" ] || { echo "soak: chainex did not start: $(tail -n 3 "$work/serve.err")" >&2; exit 1; }
base="http://127.0.0.1:$port"

# The request mix: cheap look-ups and expensive whole-graph queries over ids of the served graph. A path
# that does not answer 2xx/3xx before the load starts (a route not there yet) is left out, and said so.
curl -sf "$base/api/centrality?metric=degree&top=12" > "$work/top.json" &&
  curl -sf "$base/api/centrality?metric=degree&top=4&kind=enterprise" > "$work/enterprises.json" ||
  { echo "soak: the server does not answer" >&2; exit 1; }
"$python" - "$base" "$work/top.json" "$work/enterprises.json" > "$work/paths.lua" <<'PY'
import json, sys, urllib.error, urllib.parse, urllib.request
base = sys.argv[1]
def ids(file): return [urllib.parse.quote(r["id"], safe="") for r in json.load(open(file))["results"]]
top, enterprises = ids(sys.argv[2]), ids(sys.argv[3])
paths = ["/api/stats", "/api/metrics", "/api/search?q=ba&limit=10", "/api/search?q=%E6%B1%BD%E8%BD%A6",
         "/api/components?mode=weak", "/api/centrality?metric=pagerank&top=20",
         "/api/centrality?metric=betweenness&top=20", "/", "/api/openapi.json"]
for i, node in enumerate(top):
    paths += [f"/api/nodes/{node}", f"/api/nodes/{node}/neighbors?depth=2&limit=200",
              f"/api/path?from={node}&to={top[(i + 5) % len(top)]}&k=3"]
paths += [f"/api/nodes/{node}/position" for node in enterprises]
def answers(path):
    try:
        with urllib.request.urlopen(base + path, timeout=30) as reply: return reply.status < 400
    except urllib.error.HTTPError:
        return False
kept = [p for p in paths if answers(p)]
for p in sorted(set(paths) - set(kept)): print(f"soak: left out (no 2xx/3xx before the load): {p}", file=sys.stderr)
print("paths = {" + ", ".join(json.dumps(p) for p in kept) + "}")
PY
cat >> "$work/paths.lua" <<'LUA'
-- Each thread walks the mix from its own starting point and counts answers outside 2xx/3xx.
local threads = {}
function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end
function init(args)
  next_path = id * 7
  client_errors = 0
  server_errors = 0
end
function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end
function response(status, headers, body)
  if status >= 500 then
    server_errors = server_errors + 1
  elseif status >= 400 then
    client_errors = client_errors + 1
  end
end
function done(summary, latency, requests)
  local c4, c5 = 0, 0
  for _, thread in ipairs(threads) do
    c4 = c4 + thread:get("client_errors")
    c5 = c5 + thread:get("server_errors")
  end
  local e = summary.errors
  io.write(string.format("RESULT requests=%d failed=%d 4xx=%d 5xx=%d socket_errors=%d timeouts=%d p99_ms=%.1f paths=%d\n",
    summary.requests, c4 + c5, c4, c5, e.connect + e.read + e.write, e.timeout, latency:percentile(99) / 1000, #paths))
end
LUA

rss_start="$(rss_kb)"
fd_start="$(fd_count)"
echo "soak: chainex pid $server on port $port; ${duration}s of wrk -c$connections, an import every ${import_every}s"

# The import loop: the same dataset again and again (every request above stays valid), each a new snapshot.
deadline=$((SECONDS + duration))
max_imports=$((duration / import_every + 1))
(
  done_count=0; failed_count=0
  while [ $SECONDS -lt $deadline ] && [ $done_count -lt $max_imports ]; do
    sleep "$import_every"
    code="$(curl -s -o "$work/import.last" -w '%{http_code}' --max-time 60 -H "Authorization: Bearer $(cat "$work/token")" \
      -F "nodes=@$data/nodes.csv;type=text/csv" -F "edges=@$data/edges.csv;type=text/csv" "$base/api/import")"
    done_count=$((done_count + 1))
    [ "$code" = 200 ] || { failed_count=$((failed_count + 1)); echo "soak: import answered $code" >&2; }
  done
  echo "$done_count $failed_count" > "$work/imports"
) &
importer=$!
pids+=("$importer")

wrk -t"${WRK_THREADS:-2}" -c"$connections" -d"${duration}s" --timeout 10s -s "$work/paths.lua" "$base" > "$work/wrk.out" 2>&1 &
load=$!
pids+=("$load")
sleep "$warmup"
rss_warm="$(rss_kb)"
wait "$load"
wait "$importer"
sleep 2  # let the server close the connections wrk left
rss_end="$(rss_kb)"
fd_end="$(fd_count)"

result="$(grep '^RESULT' "$work/wrk.out" | sed 's/^RESULT //')"
[ -n "$result" ] || { echo "soak: wrk reported nothing:"; cat "$work/wrk.out"; exit 1; }
value() { echo "$result" | tr ' ' '\n' | grep "^$1=" | cut -d= -f2; }
read -r imports import_failures < "$work/imports"
requests="$(value requests)"
errors=$(($(value failed) + $(value socket_errors) + $(value timeouts) + import_failures))

echo "requests      $requests in ${duration}s ($((requests / duration))/s) over $(value paths) paths, p99 $(value p99_ms) ms"
echo "failed        $(value failed) answers outside 2xx/3xx ($(value 4xx) 4xx, $(value 5xx) 5xx), $(value socket_errors) socket errors, $(value timeouts) timeouts"
echo "imports       $imports ($import_failures failed)"
echo "RSS           start $((rss_start / 1024)) MiB, after ${warmup}s warm-up $((rss_warm / 1024)) MiB, end $((rss_end / 1024)) MiB"
echo "descriptors   start $fd_start, end $fd_end"

status=0
if [ "$errors" -gt 0 ]; then echo "FAIL: $errors failed requests or imports"; status=1; fi
if [ "$rss_end" -gt $((rss_warm + rss_warm / 10)) ]; then echo "FAIL: RSS grew more than 10% after the warm-up"; status=1; fi
if [ "$fd_end" -gt "$fd_start" ]; then echo "FAIL: $((fd_end - fd_start)) more open descriptors than at start"; status=1; fi
[ "$status" -eq 0 ] && echo "PASS: no failed request, RSS within 10% after the warm-up, no descriptor growth"
exit "$status"
