#!/usr/bin/env bash
# Runs every fuzz target for a bounded time (default 60 s each), seeded from
# the project's fixtures. Not part of CI. Needs cargo-fuzz
# (`cargo install cargo-fuzz`); on a stable toolchain RUSTC_BOOTSTRAP=1 lets
# it use the sanitizer flags it needs.
#
# A crash is saved under fuzz/artifacts/TARGET/; copy the input to
# tests/fixtures/fuzz/TARGET-NAME and add it to tests/cli/fuzz_regressions.rs.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
export RUSTC_BOOTSTRAP=1
mkdir -p corpus/own_csv corpus/ssb_csv corpus/jsonstat corpus/deadline_money corpus/plan_folder
cp ../data/hallingdal/*.csv ../tests/fixtures/population/*.csv corpus/own_csv/ 2>/dev/null || true
cp ../tests/fixtures/population/ssb-*.csv corpus/ssb_csv/
cp ../tests/fixtures/population/*.json corpus/jsonstat/
printf 'Årleg' > corpus/deadline_money/a; printf 'Vår 2021' > corpus/deadline_money/b
printf 'kr 500 000,-' > corpus/deadline_money/c; printf '0,5 mill.' > corpus/deadline_money/d
cp ../tests/fixtures/minimal-plan/plan.toml corpus/plan_folder/minimal
for target in own_csv ssb_csv jsonstat deadline_money plan_folder; do
    echo "== $target ($seconds s)"
    cargo fuzz run "$target" "corpus/$target" -- -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048
done
