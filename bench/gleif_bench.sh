#!/usr/bin/env bash
# GLEIF bench (issue 12): chainex importing GLEIF-shaped golden-copy files (datasets/generator, chainex-generate-gleif)
# from CSV and from the .zip files, beside DuckDB merely reading the LEI-CDF and RR-CDF tables into memory
# (read_csv, every column as text) and python3 (csv + python-igraph) building the same graph. Each tool runs
# --runs times (default 2) under /usr/bin/time -v; the table gives its fastest run: wall seconds, CPU seconds,
# peak resident memory, MB/s of the CSV it reads (uncompressed; the zip run inflates the same bytes) and its
# speed against DuckDB, with every run's time.
#
#   bench/gleif_bench.sh [--records N] [--seed N] [--runs N]
#
# Targets (at the default 2.9M records): chainex from CSV faster than DuckDB reading the two tables; chainex's
# peak under 3 GB from CSV and from .zip. Exit status: 0 targets met, 1 a target missed or a tool failed, 2 usage
# or a missing prerequisite. Environment: as bench/bench_env.sh (CHAINEX, CHAINEX_BENCH_DATA), CHAINEX_GENERATE_GLEIF
# (default build/release/datasets/generator/chainex-generate-gleif), CHAINEX_BENCH_TIMEOUT (seconds per run,
# default 1800). Installs nothing: `scripts/setup --bench` provides python3-igraph, time and zip;
# `npm ci --prefix bench/duckdb` provides DuckDB (@duckdb/node-api, pinned in bench/duckdb/package-lock.json).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
records=2900000
seed=1
runs=2
max_peak_mb=3000

usage() { sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --records) records="${2:-}"; shift 2 || { usage >&2; exit 2; } ;;
    --seed) seed="${2:-}"; shift 2 || { usage >&2; exit 2; } ;;
    --runs) runs="${2:-}"; shift 2 || { usage >&2; exit 2; } ;;
    -h|--help) usage; exit 0 ;;
    *) echo "gleif_bench: unknown option '$1' (try --help)" >&2; exit 2 ;;
  esac
done
for value in "$records" "$seed" "$runs"; do
  case "$value" in ''|*[!0-9]*|0) echo "gleif_bench: --records, --seed and --runs take numbers above 0" >&2; exit 2 ;; esac
done

# shellcheck source=bench/bench_env.sh
. "$root/bench/bench_env.sh"
generate_gleif="${CHAINEX_GENERATE_GLEIF:-$root/build/release/datasets/generator/chainex-generate-gleif}"
limit="${CHAINEX_BENCH_TIMEOUT:-1800}"

missing() { echo "gleif_bench: $1" >&2; exit 2; }
setup_hint="(scripts/setup --bench installs it)"
[ -x /usr/bin/time ] || missing "missing Debian package 'time' for /usr/bin/time $setup_hint"
command -v zip >/dev/null || missing "missing Debian package 'zip' $setup_hint"
"$python" -c 'import igraph' 2>/dev/null || missing "missing Debian package 'python3-igraph' $setup_hint"
[ -d "$root/bench/duckdb/node_modules/@duckdb/node-api" ] || missing "DuckDB is not installed: npm ci --prefix $root/bench/duckdb"
[ -x "$chainex" ] || missing "no chainex binary at $chainex (cmake --build --preset release --target chainex, or set CHAINEX)"

# --- the data, generated and zipped once per size and seed (delete the folder after a generator change) ---
data="$data_root/gleif-$records-seed$seed"
if [ ! -f "$data/lei2.csv" ] || [ ! -f "$data/rr.csv" ] || [ ! -f "$data/repex.csv" ]; then
  [ -x "$generate_gleif" ] || missing "no chainex-generate-gleif at $generate_gleif (or set CHAINEX_GENERATE_GLEIF)"
  "$generate_gleif" --records "$records" --seed "$seed" --out "$data" || exit 1
fi
for table in lei2 rr repex; do
  if [ ! -f "$data/$table.csv.zip" ]; then
    (cd "$data" && zip -q -X "$table.csv.zip.part" "$table.csv" && mv "$table.csv.zip.part" "$table.csv.zip") || exit 1
  fi
done
bytes() { local total=0 file; for file in "$@"; do total=$((total + $(stat -c %s "$file"))); done; echo "$total"; }
all_bytes=$(bytes "$data/lei2.csv" "$data/rr.csv" "$data/repex.csv")
duckdb_bytes=$(bytes "$data/lei2.csv" "$data/rr.csv")
cat "$data"/*.csv > /dev/null   # into the page cache, for every tool alike

load="$(cut -d' ' -f1-3 /proc/loadavg)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
declare -A seconds cpu peak_mb verdict all_runs read_bytes
tools=()
bench_name=gleif_bench
# shellcheck source=bench/bench_run.sh
. "$root/bench/bench_run.sh"

bench_run chainex-csv "$chainex" validate --nodes "$data/lei2.csv" --edges "$data/rr.csv" --edges "$data/repex.csv" \
  --format json
read_bytes[chainex-csv]=$all_bytes
bench_run chainex-zip "$chainex" validate --nodes "$data/lei2.csv.zip" --edges "$data/rr.csv.zip" \
  --edges "$data/repex.csv.zip" --format json
read_bytes[chainex-zip]=$all_bytes
bench_run duckdb node "$root/bench/duckdb/read_gleif.mjs" "$data/lei2.csv" "$data/rr.csv"
read_bytes[duckdb]=$duckdb_bytes
bench_run igraph "$python" "$root/bench/gleif_python.py" "$data/lei2.csv" "$data/rr.csv" "$data/repex.csv"
read_bytes[igraph]=$all_bytes

# Every chainex and igraph run must have built the same graph; DuckDB must have read every row.
counts() { "$python" -c '
import json, sys
try:
    r = json.load(open(sys.argv[1]))
    print(r["nodes"], r["edges"], str(r.get("ok", True)).lower())
except Exception:
    print("0 0 false")' "$1"; }
read -r want_nodes want_edges ok < <(counts "$work/chainex-csv.out")
[ "$ok" = true ] || [ -n "${verdict[chainex-csv]:-}" ] || verdict[chainex-csv]="report not ok"
for tool in chainex-zip igraph; do
  read -r nodes edges ok < <(counts "$work/$tool.out")
  if [ -z "${verdict[$tool]:-}" ] && { [ "$nodes" != "$want_nodes" ] || [ "$edges" != "$want_edges" ] || [ "$ok" != true ]; }; then
    verdict[$tool]="built $nodes nodes and $edges edges, not $want_nodes and $want_edges"
  fi
done
duckdb_rows=$("$python" -c '
import json, sys
try:
    print(sum(json.load(open(sys.argv[1]))["rows"].values()))
except Exception:
    print(0)' "$work/duckdb.out")
want_rows=$(($(wc -l < "$data/lei2.csv") + $(wc -l < "$data/rr.csv") - 2))
[ -n "${verdict[duckdb]:-}" ] || [ "$duckdb_rows" = "$want_rows" ] || verdict[duckdb]="read $duckdb_rows rows, not $want_rows"

echo
echo "GLEIF-shaped golden copy, $records records (seed $seed): $want_nodes nodes, $want_edges edges;" \
  "$(awk -v b="$all_bytes" 'BEGIN { printf "%.0f", b / 1e6 }') MB of CSV in $data (DuckDB reads lei2.csv and rr.csv," \
  "$(awk -v b="$duckdb_bytes" 'BEGIN { printf "%.0f", b / 1e6 }') MB)"
echo "Machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), load average at start $load," \
  "at end $(cut -d' ' -f1-3 /proc/loadavg); CSV files read from the page cache"
echo "chainex: $chainex; source tree at $(git -C "$root" rev-parse --short HEAD 2>/dev/null);" \
  "DuckDB $(node -p 'require(process.argv[1]).version' "$root/bench/duckdb/node_modules/@duckdb/node-api/package.json")"
printf '%-12s %9s %9s %9s %10s %11s  %s\n' tool seconds "CPU s" "peak MB" "CSV MB/s" "vs DuckDB" note
for tool in "${tools[@]}"; do
  awk -v tool="$tool" -v s="${seconds[$tool]}" -v c="${cpu[$tool]:-?}" -v mb="${peak_mb[$tool]:-?}" \
      -v bytes="${read_bytes[$tool]}" -v duckdb="${seconds[duckdb]}" -v note="${verdict[$tool]:-ok}" 'BEGIN {
    printf "%-12s %9.3f %9s %9s %10.0f %10.1fx  %s\n", tool, s, c, mb, bytes / 1e6 / s, duckdb / s, note
  }'
done
echo

failed=0
for tool in "${tools[@]}"; do
  if [ -n "${verdict[$tool]:-}" ]; then echo "FAIL: $tool ${verdict[$tool]}"; failed=1; fi
done
if awk -v a="${seconds[chainex-csv]}" -v b="${seconds[duckdb]}" 'BEGIN { exit !(a < b) }'; then
  echo "PASS: chainex from CSV ${seconds[chainex-csv]} s, DuckDB reading the two tables ${seconds[duckdb]} s"
else
  echo "FAIL: chainex from CSV ${seconds[chainex-csv]} s, DuckDB reading the two tables ${seconds[duckdb]} s"; failed=1
fi
for tool in chainex-csv chainex-zip; do
  if [ -n "${peak_mb[$tool]:-}" ] && [ "${peak_mb[$tool]}" -lt "$max_peak_mb" ]; then
    echo "PASS: $tool peak memory ${peak_mb[$tool]} MB (target: under $max_peak_mb MB)"
  else
    echo "FAIL: $tool peak memory ${peak_mb[$tool]:-unknown} MB (target: under $max_peak_mb MB)"; failed=1
  fi
done
echo "Every run, in seconds:"
for tool in "${tools[@]}"; do echo "  $tool: ${all_runs[$tool]:-}"; done
exit "$failed"
