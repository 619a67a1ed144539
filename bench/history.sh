#!/usr/bin/env bash
# Benchmark of the plan's life (issue 10):
# - loading the Hallingdal folder with its four-year history (four programme
#   versions, four status files, five cases) side by side with the same
#   plan as a single-programme folder (tiltak.csv and status/2021.csv);
# - the period report of the history, cold, side by side with one year's
#   revision report;
# - a generated history of 10 versions × 1 000 actions: loading, check,
#   and the period report.
# Needs hyperfine.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q -p plan-report -p plan-bench
out=${BENCH_DIR:-target/bench}/history
rm -rf "$out" && mkdir -p "$out"
bin=target/release
# Today's single-programme folder: the plan, tiltak.csv, status/2021.csv, sak.toml.
flat="$out/flat"
mkdir -p "$flat/status"
cp data/hallingdal/{plan.toml,tiltak.csv,befolkning.csv,folketal-ssb-07459-2015-2024.csv,kommuneendringar.csv,sak.toml} "$flat/"
cp data/hallingdal/status/2021.csv "$flat/status/"
$bin/gen-history 10 1000 "$out/generated"
echo "== loading, in one process (library, ${LOADS:=200} loads each)"
$bin/load-folder "$LOADS" "$flat" data/hallingdal "$out/generated"
echo "== loading and checking, whole process"
hyperfine --warmup 3 --runs ${RUNS:-20} -N --export-markdown "$out/load.md" \
    -n "check: single programme" "$bin/plan-report check $flat" \
    -n "check: four-year history" "$bin/plan-report check data/hallingdal" \
    -n "check: 10 versions × 1000" "$bin/plan-report check $out/generated"
echo "== reports, cold"
hyperfine --warmup 1 --runs ${RUNS:-20} -N --export-markdown "$out/reports.md" \
    -n "status 2021" "$bin/plan-report status data/hallingdal --year 2021 -o $out/status.pdf" \
    -n "period 2021–2024" "$bin/plan-report period data/hallingdal -o $out/period.pdf" \
    -n "period, 10 versions × 1000" "$bin/plan-report period $out/generated -o $out/period-generated.pdf"
for pdf in "$out/status.pdf" "$out/period.pdf" "$out/period-generated.pdf"; do
    echo "$pdf: $(pdfinfo "$pdf" 2>/dev/null | grep Pages)"
done
echo "peak resident memory (KB):"
/usr/bin/time -f "%M KB  period 2021–2024" $bin/plan-report period data/hallingdal -o "$out/period.pdf" 2>&1 | tail -1
/usr/bin/time -f "%M KB  period, 10 versions × 1000" $bin/plan-report period "$out/generated" -o "$out/period-generated.pdf" 2>&1 | tail -1
