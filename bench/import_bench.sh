#!/usr/bin/env bash
# Import benchmark (issue 2): chainex against python-igraph (and networkx) building the same synthetic
# graph from CSV, with `wc -l` over the files as the floor. Each tool runs --runs times (default 2) under
# /usr/bin/time -v; the table gives its fastest run: wall seconds, CPU seconds, peak resident memory,
# MB/s of CSV and the speed-up over igraph (by wall time; CPU time is shown because other work on a
# shared machine slows every tool). Every run's time is printed too: a tool's first run after the
# machine sat idle can be slower (see the note the table ends with).
#
#   bench/import_bench.sh [--size S|M|L] [--seed N] [--runs N] [--with-networkx]
#
# Targets (set for L, checked at every size): chainex at least 20x faster than igraph, peak under 1 GB.
# Exit status: 0 targets met, 1 a target missed or a tool failed, 2 usage or a missing prerequisite.
# Environment: CHAINEX_BIN (default build/release/cli/chainex), CHAINEX_GENERATE (default
# build/release/datasets/generator/chainex-generate), CHAINEX_BENCH_DATA (where generated graphs are
# cached, default build/bench-data), CHAINEX_BENCH_TIMEOUT (seconds per tool, default 1200).
# Installs nothing: `scripts/setup --bench` provides python3-igraph, python3-networkx and time.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
size=L
seed=1
runs=2
with_networkx=0
min_speedup=20
max_peak_mb=1000

usage() { sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size="${2:-}"; shift 2 || { usage >&2; exit 2; } ;;
    --seed) seed="${2:-}"; shift 2 || { usage >&2; exit 2; } ;;
    --runs) runs="${2:-}"; shift 2 || { usage >&2; exit 2; } ;;
    --with-networkx) with_networkx=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "import_bench: unknown option '$1' (try --help)" >&2; exit 2 ;;
  esac
done
case "$size" in S|M|L) ;; *) echo "import_bench: --size must be S, M or L, not '$size'" >&2; exit 2 ;; esac
case "$seed" in ''|*[!0-9]*) echo "import_bench: --seed must be a number, not '$seed'" >&2; exit 2 ;; esac
case "$runs" in ''|*[!0-9]*|0) echo "import_bench: --runs must be a number above 0, not '$runs'" >&2; exit 2 ;; esac

chainex="${CHAINEX_BIN:-$root/build/release/cli/chainex}"
generate="${CHAINEX_GENERATE:-$root/build/release/datasets/generator/chainex-generate}"
data_root="${CHAINEX_BENCH_DATA:-$root/build/bench-data}"
limit="${CHAINEX_BENCH_TIMEOUT:-1200}"
python=/usr/bin/python3

# --- prerequisites: say what is missing, install nothing ---
missing() { echo "import_bench: $1" >&2; exit 2; }
setup_hint="(scripts/setup --bench installs it)"
[ -x /usr/bin/time ] || missing "missing Debian package 'time' for /usr/bin/time $setup_hint"
[ -x "$python" ] || missing "missing Debian package 'python3' $setup_hint"
"$python" -c 'import igraph' 2>/dev/null || missing "missing Debian package 'python3-igraph' $setup_hint"
if [ "$with_networkx" -eq 1 ]; then
  "$python" -c 'import networkx' 2>/dev/null || missing "missing Debian package 'python3-networkx' $setup_hint"
fi
[ -x "$chainex" ] || missing "no chainex binary at $chainex: build it with
  (cd $root && cmake --preset release && cmake --build --preset release --target chainex)
or point CHAINEX_BIN at one"

# --- the data, generated once per size and seed ---
data="$data_root/$size-seed$seed"
# Made once and shared with the other benches (never rewritten here while they may read it): after a
# change to the generator's output, delete the folder.
if [ ! -f "$data/nodes.csv" ] || [ ! -f "$data/edges.csv" ]; then
  [ -x "$generate" ] || missing "no chainex-generate at $generate: build it with
  (cd $root && cmake --preset release && cmake --build --preset release --target chainex-generate)
or point CHAINEX_GENERATE at one"
  "$generate" --size "$size" --seed "$seed" --out "$data" || exit 1
fi
files=("$data/nodes.csv" "$data/edges.csv")
csv_bytes=$(($(stat -c %s "${files[0]}") + $(stat -c %s "${files[1]}")))
want_nodes=$(($(wc -l < "${files[0]}") - 1))   # also brings the files into the page cache
want_edges=$(($(wc -l < "${files[1]}") - 1))

load="$(cut -d' ' -f1-3 /proc/loadavg)"   # a busy machine (others building) slows every tool
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
declare -A seconds cpu peak_mb verdict all_runs
tools=()

bench_name=import_bench
# shellcheck source=bench/bench_run.sh
. "$root/bench/bench_run.sh"

# check NAME NODES EDGES: the tool must have seen the whole graph.
check() {
  [ -n "${verdict[$1]:-}" ] && return
  if [ "$2" != "$want_nodes" ] || [ "$3" != "$want_edges" ]; then
    verdict[$1]="read $2 nodes and $3 edges, not $want_nodes and $want_edges"
  fi
}

bench_run wc wc -l "${files[@]}"
check wc "$(($(awk 'NR == 1 { print $1 }' "$work/wc.out") - 1))" "$(($(awk 'NR == 2 { print $1 }' "$work/wc.out") - 1))"

bench_run chainex "$chainex" validate "$data" --format json
read -r ok nodes edges < <("$python" -c '
import json, sys
try:
    r = json.load(open(sys.argv[1]))
    print(str(r["ok"]).lower(), r["nodes"], r["edges"])
except Exception:
    print("false 0 0")' "$work/chainex.out")
[ "$ok" = true ] || [ -n "${verdict[chainex]:-}" ] || verdict[chainex]="report not ok"
check chainex "$nodes" "$edges"

python_tools=(igraph)
[ "$with_networkx" -eq 1 ] && python_tools+=(networkx)
for tool in "${python_tools[@]}"; do
  bench_run "$tool" "$python" "$root/bench/python_import.py" "$tool" "$data"
  read -r nodes edges < <("$python" -c '
import json, sys
try:
    r = json.loads(open(sys.argv[1]).read())
    print(r["nodes"], r["edges"])
except Exception:
    print(0, 0)' "$work/$tool.out")
  check "$tool" "$nodes" "$edges"
done

# --- the table ---
echo
echo "Import of $size (seed $seed): $want_nodes nodes, $want_edges edges, $(awk -v b=$csv_bytes 'BEGIN { printf "%.1f", b / 1e6 }') MB of CSV in $data"
echo "Machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), load average at start $load;" \
  "files read from the page cache"
echo "chainex: $chainex ($("$chainex" --version 2>/dev/null | head -n 1)); source tree at $(git -C "$root" rev-parse --short HEAD 2>/dev/null)"
printf '%-10s %9s %9s %9s %10s %11s  %s\n' tool seconds "CPU s" "peak MB" "CSV MB/s" "vs igraph" note
for tool in "${tools[@]}"; do
  awk -v tool="$tool" -v s="${seconds[$tool]}" -v c="${cpu[$tool]:-?}" -v mb="${peak_mb[$tool]:-?}" -v bytes="$csv_bytes" \
      -v igraph="${seconds[igraph]}" -v note="${verdict[$tool]:-ok}" 'BEGIN {
    rate = s > 0 ? sprintf("%.0f", bytes / 1e6 / s) : "-"
    ratio = s > 0 ? sprintf("%.1fx", igraph / s) : "-"
    printf "%-10s %9.3f %9s %9s %10s %11s  %s\n", tool, s, c, mb, rate, ratio, note
  }'
done
echo

# --- the targets ---
failed=0
for tool in "${tools[@]}"; do
  if [ -n "${verdict[$tool]:-}" ]; then echo "FAIL: $tool ${verdict[$tool]}"; failed=1; fi
done
speedup=$(awk -v a="${seconds[igraph]}" -v b="${seconds[chainex]}" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 1e9) }')
cpu_speedup=$(awk -v a="${cpu[igraph]}" -v b="${cpu[chainex]}" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 1e9) }')
echo "(by CPU time, user + system: ${cpu_speedup}x; wall time is what the target counts)"
if awk -v x="$speedup" -v min=$min_speedup 'BEGIN { exit !(x >= min) }'; then
  echo "PASS: chainex is ${speedup}x faster than igraph (target: at least ${min_speedup}x)"
else
  echo "FAIL: chainex is ${speedup}x faster than igraph (target: at least ${min_speedup}x)"; failed=1
fi
if [ -n "${peak_mb[chainex]:-}" ] && [ "${peak_mb[chainex]}" -lt "$max_peak_mb" ]; then
  echo "PASS: chainex peak memory ${peak_mb[chainex]} MB (target: under $max_peak_mb MB)"
else
  echo "FAIL: chainex peak memory ${peak_mb[chainex]:-unknown} MB (target: under $max_peak_mb MB)"; failed=1
fi
[ "$size" = L ] || echo "(the targets are set for L; on $size they are indicative)"
echo "Every run, in seconds:"
for tool in "${tools[@]}"; do echo "  $tool: ${all_runs[$tool]:-}"; done
if compgen -G '/sys/bus/virtio/drivers/virtio_balloon/virtio*' >/dev/null; then
  echo "(This is a virtual machine with a memory balloon: memory freed a few seconds earlier may have been"
  echo " handed back to the host, and a tool's first run then pays about a second per GB to fault it in again.)"
fi
exit "$failed"
