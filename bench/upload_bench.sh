#!/usr/bin/env bash
# Upload bench (issue 12): what POST /api/import costs in memory for GLEIF's tables sent as one .zip and as the three
# CSV files, on a fresh `chainex serve` each time (127.0.0.1, dry_run, so the served graph is not replaced):
# chainex-generate-gleif --records N writes lei2.csv, rr.csv and repex.csv, zipped together by python3's zipfile.
# Each upload runs --runs times (default 2); a line per run gives the status, nodes and edges, the server's peak
# resident memory before and after (VmHWM) and the wall time. The zip's CSV is inflated 32 MB at a time from the
# request's body, so its peak should stay under the CSV upload's, which holds the whole CSV text once.
#
#   bench/upload_bench.sh [--records 100000] [--runs 2] [--port 18093]
#
# Exit status: 0 every upload answered 200 with the same counts, 1 otherwise, 2 usage or a missing prerequisite.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
records=100000
runs=2
port=18093
usage() { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --records) records="${2:-}"; shift 2 || { usage >&2; exit 2; } ;;
    --runs) runs="${2:-}"; shift 2 || { usage >&2; exit 2; } ;;
    --port) port="${2:-}"; shift 2 || { usage >&2; exit 2; } ;;
    -h|--help) usage; exit 0 ;;
    *) echo "upload_bench: unknown option '$1' (try --help)" >&2; exit 2 ;;
  esac
done
for value in "$records" "$runs" "$port"; do
  case "$value" in ''|*[!0-9]*|0) echo "upload_bench: --records, --runs and --port take numbers above 0" >&2; exit 2 ;; esac
done
# shellcheck source=bench/bench_env.sh
. "$root/bench/bench_env.sh"
generate_gleif="$(dirname "$generate")/chainex-generate-gleif"
for tool in "$chainex" "$generate_gleif"; do
  [ -x "$tool" ] || { echo "upload_bench: no binary at $tool (scripts/build release)" >&2; exit 2; }
done
command -v curl >/dev/null || { echo "upload_bench: missing Debian package 'curl'" >&2; exit 2; }

data="$data_root/gleif-upload-$records"
if [ ! -f "$data/golden.zip" ]; then
  "$generate_gleif" --records "$records" --out "$data" >/dev/null &&
    (cd "$data" && "$python" -m zipfile -c golden.zip lei2.csv rr.csv repex.csv) || exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "upload-bench-token-$$" > "$work/token"

status=0
expected=""
upload() {  # label, then curl's -F arguments
  local label="$1"; shift
  "$chainex" serve --port "$port" --token-file "$work/token" --access-log off >/dev/null 2>&1 &
  local pid=$!
  for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$port/api/stats" && break; sleep 0.1; done
  local before after start end code counts
  before=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
  start=$(date +%s.%N)
  code=$(curl -s --max-time 600 -o "$work/answer.json" -w '%{http_code}' -H "Authorization: Bearer $(cat "$work/token")" \
    "$@" "http://127.0.0.1:$port/api/import?dry_run=true")
  end=$(date +%s.%N)
  after=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null
  counts=$("$python" -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d.get("nodes"), d.get("edges"))' "$work/answer.json" 2>/dev/null)
  printf '%-16s %6s %20s %10d %10d %8.2f\n' "$label" "$code" "$counts" $((before / 1024)) $((after / 1024)) \
    "$(echo "$end - $start" | bc)"
  [ "$code" = 200 ] || status=1
  [ -z "$expected" ] && expected="$counts"
  [ "$counts" = "$expected" ] || status=1
}

zip_mb=$(( $(stat -c %s "$data/golden.zip") / 1048576 ))
csv_mb=$(( $(cat "$data"/*.csv | wc -c) / 1048576 ))
echo "GLEIF-shaped files, $records LEI records: $csv_mb MB of CSV, $zip_mb MB zipped; load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-16s %6s %20s %10s %10s %8s\n' upload status "nodes edges" "MB before" "MB peak" seconds
for _ in $(seq "$runs"); do
  upload "zip ($zip_mb MB)" -F "nodes=@$data/golden.zip"
  upload "CSV ($csv_mb MB)" -F "nodes=@$data/lei2.csv" -F "edges=@$data/rr.csv" -F "edges=@$data/repex.csv"
done
exit $status
