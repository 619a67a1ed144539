#!/usr/bin/env bash
# Benchmark of issue 24, item 6: `plan-report indicator` reading and
# aggregating a national quarterly table (357 municipalities × 11 variables ×
# 40 quarters, 157 080 rows, 9.1 MB, Latin-1, CRLF, SSB's long CSV shape) as a
# whole process, with its peak resident memory. Set BEFORE to another build
# of plan-report to measure it side by side.
# Needs hyperfine and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q -p plan-bench -p plan-report
out=${BENCH_DIR:-target/bench}
mkdir -p "$out"
file="$out/01222-national-quarterly.csv"
[ -f "$file" ] || target/release/gen-ssb-quarterly "$file"
ls -l "$file"
args="indicator --input $file --variable 'Nettoinnflytting, inkl. inn- og utvandring' --region 3001,3002,3003,3004,3005,3006 --count --format json"
cmds=("target/release/plan-report $args")
[ -n "${BEFORE:-}" ] && cmds+=("$BEFORE $args")
hyperfine -N --warmup 3 --runs ${RUNS:-30} --export-json "$out/indicator.json" "${cmds[@]}"
python3 -c 'import json,statistics,sys
for r in json.load(open(sys.argv[1]))["results"]:
    print("median %.1f ms  min %.1f  max %.1f  %s" % (1000*statistics.median(r["times"]), 1000*min(r["times"]), 1000*max(r["times"]), r["command"]))' "$out/indicator.json"
echo "peak resident memory:"
run_args=(indicator --input "$file" --variable "Nettoinnflytting, inkl. inn- og utvandring" --region 3001,3002,3003,3004,3005,3006 --count --format json)
for bin in target/release/plan-report ${BEFORE:-}; do
    /usr/bin/time -f "%M KB  $bin" "$bin" "${run_args[@]}" > /dev/null
done
