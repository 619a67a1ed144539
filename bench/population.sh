#!/usr/bin/env bash
# Benchmark of issue 3: parse and aggregate a national SSB 07459 download
# (~2.3 million rows, ~125 MB, Latin-1, CRLF) as whole processes, side by
# side with the csv crate's bare read, polars, pandas and wc -l.
# Needs hyperfine, GNU time, and (for the peers) python3 with polars and pandas.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q -p plan-bench -p plan-report
out=${BENCH_DIR:-target/bench}
mkdir -p "$out"
file="$out/ssb-07459-national.csv"
[ -f "$file" ] || target/release/gen-ssb-national "$file"
ls -l "$file"
wc -l "$file"
bin=target/release
hyperfine --warmup 2 --runs ${RUNS:-10} -N --export-markdown "$out/population.md" \
    "wc -l $file" \
    "$bin/csv-bare-read $file" \
    "$bin/aggregate-ssb $file" \
    "$bin/plan-report population data/hallingdal --input $file --from 1995 --to 2024 --format json" \
    "python3 bench/peers/polars_aggregate.py $file" \
    "python3 bench/peers/pandas_aggregate.py $file"
echo "peak resident memory (KB):"
for cmd in "$bin/csv-bare-read $file" "$bin/aggregate-ssb $file" "$bin/plan-report population data/hallingdal --input $file --from 1995 --to 2024 --format json" "python3 bench/peers/polars_aggregate.py $file" "python3 bench/peers/pandas_aggregate.py $file"; do
    /usr/bin/time -f "%M KB  $cmd" $cmd > /dev/null
done

# JSON-stat 2.0: the same cube, metadata first (SSB's order) and values first.
json="$out/07459-national.json"
json_late="$out/07459-national-values-first.json"
[ -f "$json" ] || target/release/gen-jsonstat-national "$json"
[ -f "$json_late" ] || target/release/gen-jsonstat-national "$json_late" --values-first
ls -l "$json" "$json_late"
hyperfine --warmup 2 --runs ${RUNS:-10} -N --export-markdown "$out/population-jsonstat.md" \
    "$bin/read-population $json" \
    "$bin/read-population $json_late"
echo "peak resident memory (KB):"
for cmd in "$bin/read-population $json" "$bin/read-population $json_late"; do
    /usr/bin/time -f "%M KB  $cmd" $cmd > /dev/null
done
