# bench_run.sh — sourced by the benches that time whole programs: bench_run NAME COMMAND... runs COMMAND
# $runs times under /usr/bin/time -v (each at most $limit seconds) and keeps, per NAME, the fastest wall time
# (seconds), its CPU time (cpu), the highest peak resident memory of all runs (peak_mb) and every run's time
# (all_runs); a failure or time-out goes to verdict. The last run's stdout is $work/NAME.out. The caller
# declares: runs, limit, work, bench_name, tools=() and declare -A seconds cpu peak_mb verdict all_runs.
bench_run() {
  local name="$1"; shift
  tools+=("$name")
  local r start end status took peak
  for r in $(seq "$runs"); do
    echo "$bench_name: running $name ($r of $runs)" >&2
    start=$(date +%s%N)
    timeout "$limit" /usr/bin/time -v -o "$work/$name.time" "$@" > "$work/$name.out" 2> "$work/$name.err"
    status=$?
    end=$(date +%s%N)
    took=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }')
    all_runs[$name]="${all_runs[$name]:-}${all_runs[$name]:+ }$took"
    if [ "$status" -eq 124 ]; then
      verdict[$name]="timed out after $limit s"; seconds[$name]=$took; return
    elif [ "$status" -ne 0 ]; then
      verdict[$name]="failed (exit $status): $(tail -n 3 "$work/$name.err" | tr '\n' ' ')"; seconds[$name]=$took; return
    fi
    if [ -z "${seconds[$name]:-}" ] || awk -v a="$took" -v b="${seconds[$name]}" 'BEGIN { exit !(a < b) }'; then
      seconds[$name]=$took
      cpu[$name]=$(awk '/(User|System) time \(seconds\)/ { t += $NF } END { printf "%.2f", t }' "$work/$name.time")
    fi
    # The highest peak of all runs: memory is a target, and no run may exceed it.
    peak=$(awk '/Maximum resident set size/ { printf "%.0f", $NF * 1024 / 1e6 }' "$work/$name.time")
    if [ -z "${peak_mb[$name]:-}" ] || [ "$peak" -gt "${peak_mb[$name]}" ]; then peak_mb[$name]=$peak; fi
  done
}
