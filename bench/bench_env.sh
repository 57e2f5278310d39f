# bench_env.sh — sourced by the bench scripts: where the tools and the generated data are.
#   CHAINEX, CHAINEX_GENERATE   the binaries (default: build/release)
#   CHAINEX_BENCH_DATA          where generated graphs are kept (default: build/bench-data)
#   WRK_THREADS                 wrk's threads (default 2)
chainex="${CHAINEX:-$root/build/release/cli/chainex}"
generate="${CHAINEX_GENERATE:-$root/build/release/datasets/generator/chainex-generate}"
data_root="${CHAINEX_BENCH_DATA:-$root/build/bench-data}"
wrk_threads="${WRK_THREADS:-2}"
python=/usr/bin/python3
