#!/usr/bin/env bash
# Graph-file bench (issue 12): chainex reading the generator's M graph (200k nodes, 1M edges) as GraphML and as
# GEXF (both written once by `chainex export`), beside networkx's read_graphml and read_gexf and python-igraph's
# Graph.Read_GraphML reading the same files. Each tool runs --runs times (default 2) under /usr/bin/time -v; the
# table gives its fastest run: wall seconds, CPU seconds, peak resident memory, MB/s of the file and chainex's
# speed-up over it (chainex on the same format), with every run's time.
#
#   bench/graph_file_bench.sh [--size S|M] [--seed N] [--runs N]
#
# Target (on M): chainex at least 20x faster than each peer on the same file. Exit status: 0 targets met, 1 a
# target missed or a tool failed, 2 usage or a missing prerequisite. Environment: as bench/bench_env.sh (CHAINEX,
# CHAINEX_GENERATE, CHAINEX_BENCH_DATA), CHAINEX_BENCH_TIMEOUT (seconds per run, default 1800). Installs
# nothing: `scripts/setup --bench` provides python3-networkx, python3-igraph and time.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
size=M
seed=1
runs=2
min_speedup=20

usage() { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --size) size="${2:-}"; shift 2 || { usage >&2; exit 2; } ;;
    --seed) seed="${2:-}"; shift 2 || { usage >&2; exit 2; } ;;
    --runs) runs="${2:-}"; shift 2 || { usage >&2; exit 2; } ;;
    -h|--help) usage; exit 0 ;;
    *) echo "graph_file_bench: unknown option '$1' (try --help)" >&2; exit 2 ;;
  esac
done
case "$size" in S|M) ;; *) echo "graph_file_bench: --size takes S or M" >&2; exit 2 ;; esac
for value in "$seed" "$runs"; do
  case "$value" in ''|*[!0-9]*|0) echo "graph_file_bench: --seed and --runs take numbers above 0" >&2; exit 2 ;; esac
done

# shellcheck source=bench/bench_env.sh
. "$root/bench/bench_env.sh"
limit="${CHAINEX_BENCH_TIMEOUT:-1800}"
missing() { echo "graph_file_bench: $1" >&2; exit 2; }
setup_hint="(scripts/setup --bench installs it)"
[ -x /usr/bin/time ] || missing "missing Debian package 'time' for /usr/bin/time $setup_hint"
"$python" -c 'import igraph, networkx' 2>/dev/null || missing "missing python3-igraph or python3-networkx $setup_hint"
[ -x "$chainex" ] || missing "no chainex binary at $chainex (cmake --build --preset release --target chainex, or set CHAINEX)"

# --- the data: the generator's graph, exported once to each format (delete the files after an exporter change) ---
data="$data_root/$size-seed$seed"
if [ ! -f "$data/nodes.csv" ]; then
  [ -x "$generate" ] || missing "no chainex-generate at $generate (or set CHAINEX_GENERATE)"
  "$generate" --size "$size" --seed "$seed" --out "$data" || exit 1
fi
for format in graphml gexf; do
  if [ ! -f "$data/graph.$format" ]; then
    "$chainex" export "$data" --to "$format" -o "$data/graph.$format.part" >/dev/null &&
      mv "$data/graph.$format.part" "$data/graph.$format" || exit 1
  fi
done
cat "$data/graph.graphml" "$data/graph.gexf" > /dev/null   # into the page cache, for every tool alike

load="$(cut -d' ' -f1-3 /proc/loadavg)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
declare -A seconds cpu peak_mb verdict all_runs format_of
tools=()
bench_name=graph_file_bench
# shellcheck source=bench/bench_run.sh
. "$root/bench/bench_run.sh"

for format in graphml gexf; do
  bench_run "chainex-$format" "$chainex" validate "$data/graph.$format" --format json
  format_of[chainex-$format]=$format
done
# Each peer prints "nodes edges" of what it built (bench/graph_file_peer.py).
for tool in networkx-graphml networkx-gexf igraph-graphml; do
  format_of[$tool]=${tool#*-}
  bench_run "$tool" "$python" "$root/bench/graph_file_peer.py" "$tool" "$data/graph.${format_of[$tool]}"
done

# Every tool must have read the whole graph.
want_nodes=$(($(wc -l < "$data/nodes.csv") - 1)); want_edges=$(($(wc -l < "$data/edges.csv") - 1))
for tool in "${tools[@]}"; do
  [ -n "${verdict[$tool]:-}" ] && continue
  case "$tool" in
    chainex-*) read -r nodes edges < <("$python" -c 'import json, sys
r = json.load(open(sys.argv[1])); print(r["nodes"], r["edges"])' "$work/$tool.out" 2>/dev/null || echo "0 0") ;;
    *) read -r nodes edges < "$work/$tool.out" ;;
  esac
  [ "$nodes" = "$want_nodes" ] && [ "$edges" = "$want_edges" ] ||
    verdict[$tool]="read $nodes nodes and $edges edges, not $want_nodes and $want_edges"
done

echo
echo "Graph files of the generator's $size graph (seed $seed): $want_nodes nodes, $want_edges edges; GraphML" \
  "$(stat -c %s "$data/graph.graphml" | awk '{ printf "%.0f", $1 / 1e6 }') MB, GEXF" \
  "$(stat -c %s "$data/graph.gexf" | awk '{ printf "%.0f", $1 / 1e6 }') MB, read from the page cache"
echo "Machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), load average at start $load," \
  "at end $(cut -d' ' -f1-3 /proc/loadavg)"
echo "chainex: $chainex; source tree at $(git -C "$root" rev-parse --short HEAD 2>/dev/null);" \
  "networkx $("$python" -c 'import networkx; print(networkx.__version__)'), python-igraph $("$python" -c 'import igraph; print(igraph.__version__)')"
printf '%-18s %9s %9s %9s %8s %14s  %s\n' tool seconds "CPU s" "peak MB" "MB/s" "chainex is" "runs / note"
for tool in "${tools[@]}"; do
  format="${format_of[$tool]}"
  awk -v tool="$tool" -v s="${seconds[$tool]}" -v c="${cpu[$tool]:-?}" -v mb="${peak_mb[$tool]:-?}" \
      -v bytes="$(stat -c %s "$data/graph.$format")" -v mine="${seconds[chainex-$format]}" \
      -v note="${verdict[$tool]:-${all_runs[$tool]} s}" 'BEGIN {
    printf "%-18s %9.3f %9s %9s %8.0f %13.1fx  %s\n", tool, s, c, mb, bytes / 1e6 / s, s / mine, note
  }'
done
echo

failed=0
for tool in "${tools[@]}"; do
  if [ -n "${verdict[$tool]:-}" ]; then echo "FAIL: $tool ${verdict[$tool]}"; failed=1; continue; fi
  case "$tool" in chainex-*) continue ;; esac
  mine="${seconds[chainex-${format_of[$tool]}]}"
  if awk -v s="${seconds[$tool]}" -v m="$mine" -v x="$min_speedup" 'BEGIN { exit !(s >= x * m) }'; then
    echo "PASS: chainex ${mine} s vs $tool ${seconds[$tool]} s (target: ${min_speedup}x)"
  else
    echo "FAIL: chainex ${mine} s vs $tool ${seconds[$tool]} s (target: ${min_speedup}x)"; failed=1
  fi
done
exit "$failed"
