#!/usr/bin/env bash
# ICIJ bench (issue 12): chainex importing ICIJ Offshore Leaks-shaped files (bench/make_icij.py: the five node
# files and relationships.csv, about 2M nodes and 3.3M relationships at full size) beside python3 building the
# same graph with the csv module and python-igraph (bench/icij_python.py). Each tool runs --runs times (default 2)
# under /usr/bin/time -v; the table gives its fastest run: wall seconds, CPU seconds, peak resident memory, MB/s
# of the CSV and chainex's speed-up over it, with every run's time.
#
#   bench/icij_bench.sh [--nodes N] [--relationships N] [--seed N] [--runs N]
#
# Both must build the same graph (nodes, and edges with the located_in edges to markets). Exit status: 0 both
# ran and agree, 1 a tool failed or they disagree, 2 usage or a missing prerequisite. Environment: as
# bench/bench_env.sh (CHAINEX, CHAINEX_BENCH_DATA), CHAINEX_BENCH_TIMEOUT (seconds per run, default 1800).
# Installs nothing: `scripts/setup --bench` provides python3-igraph and time.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
nodes=2000000
relationships=3300000
seed=1
runs=2

usage() { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --nodes) nodes="${2:-}"; shift 2 || { usage >&2; exit 2; } ;;
    --relationships) relationships="${2:-}"; shift 2 || { usage >&2; exit 2; } ;;
    --seed) seed="${2:-}"; shift 2 || { usage >&2; exit 2; } ;;
    --runs) runs="${2:-}"; shift 2 || { usage >&2; exit 2; } ;;
    -h|--help) usage; exit 0 ;;
    *) echo "icij_bench: unknown option '$1' (try --help)" >&2; exit 2 ;;
  esac
done
for value in "$nodes" "$relationships" "$seed" "$runs"; do
  case "$value" in ''|*[!0-9]*|0) echo "icij_bench: --nodes, --relationships, --seed and --runs take numbers above 0" >&2; exit 2 ;; esac
done

# shellcheck source=bench/bench_env.sh
. "$root/bench/bench_env.sh"
limit="${CHAINEX_BENCH_TIMEOUT:-1800}"
missing() { echo "icij_bench: $1" >&2; exit 2; }
[ -x /usr/bin/time ] || missing "missing Debian package 'time' for /usr/bin/time (scripts/setup --bench installs it)"
"$python" -c 'import igraph' 2>/dev/null || missing "missing Debian package 'python3-igraph' (scripts/setup --bench installs it)"
[ -x "$chainex" ] || missing "no chainex binary at $chainex (cmake --build --preset release --target chainex, or set CHAINEX)"

data="$data_root/icij-$nodes-$relationships-seed$seed"
if [ ! -f "$data/relationships.csv" ]; then
  "$python" "$root/bench/make_icij.py" "$data.part" --nodes "$nodes" --relationships "$relationships" --seed "$seed" &&
    mv "$data.part" "$data" || exit 1
fi
csv_bytes=$(cat "$data"/*.csv | wc -c)   # also brings the files into the page cache, for both tools alike

load="$(cut -d' ' -f1-3 /proc/loadavg)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
declare -A seconds cpu peak_mb verdict all_runs
tools=()
bench_name=icij_bench
# shellcheck source=bench/bench_run.sh
. "$root/bench/bench_run.sh"
bench_run chainex "$chainex" validate "$data" --format json
bench_run python-igraph "$python" "$root/bench/icij_python.py" "$data"

read -r want_nodes want_edges < <("$python" -c 'import json, sys
r = json.load(open(sys.argv[1])); print(r["nodes"], r["edges"])' "$work/chainex.out" 2>/dev/null || echo "0 0")
read -r nodes_built edges_built < "$work/python-igraph.out"
[ -n "${verdict[python-igraph]:-}" ] || { [ "$nodes_built" = "$want_nodes" ] && [ "$edges_built" = "$want_edges" ]; } ||
  verdict[python-igraph]="built $nodes_built nodes and $edges_built edges; chainex $want_nodes and $want_edges"

echo
echo "ICIJ-shaped files ($nodes nodes, $relationships relationships, seed $seed): $want_nodes nodes and $want_edges edges" \
  "with the markets; $(awk -v b="$csv_bytes" 'BEGIN { printf "%.0f", b / 1e6 }') MB of CSV in $data, read from the page cache"
echo "Machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), load average at start $load," \
  "at end $(cut -d' ' -f1-3 /proc/loadavg); chainex: $chainex; source tree at $(git -C "$root" rev-parse --short HEAD 2>/dev/null)"
printf '%-14s %9s %9s %9s %8s %12s  %s\n' tool seconds "CPU s" "peak MB" "MB/s" "chainex is" "runs / note"
for tool in "${tools[@]}"; do
  awk -v tool="$tool" -v s="${seconds[$tool]}" -v c="${cpu[$tool]:-?}" -v mb="${peak_mb[$tool]:-?}" -v bytes="$csv_bytes" \
      -v mine="${seconds[chainex]}" -v note="${verdict[$tool]:-${all_runs[$tool]} s}" 'BEGIN {
    printf "%-14s %9.3f %9s %9s %8.0f %11.1fx  %s\n", tool, s, c, mb, bytes / 1e6 / s, s / mine, note
  }'
done
failed=0
for tool in "${tools[@]}"; do
  if [ -n "${verdict[$tool]:-}" ]; then echo "FAIL: $tool ${verdict[$tool]}"; failed=1; fi
done
exit "$failed"
