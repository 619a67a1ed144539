#!/usr/bin/env bash
# Benchmark of issues 4 and 25: rendering the Hallingdal status report for 2021.
# - cold: `plan-report status` as a fresh process, side by side in one
#   hyperfine run with the typst CLI 0.15.1 compiling the report's own
#   --emit-typst output (the same templates, data, charts and fonts, the same
#   PDF standards), and with pandoc + pdflatex typesetting the same content
#   from Markdown (charts converted to PDF beforehand, not timed);
# - warm and memory: `render-loop` renders the report again and again in one
#   process.
# Needs hyperfine, GNU time, the typst CLI 0.15.1 on PATH (`cargo install
# typst-cli --version 0.15.1 --locked`), pandoc, pdflatex and rsvg-convert
# (Debian: hyperfine time pandoc texlive-latex-recommended
# texlive-latex-extra texlive-lang-european librsvg2-bin). Set BEFORE to
# another build of plan-report to time it in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in hyperfine typst pandoc pdflatex rsvg-convert /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "bench/reports.sh needs $tool (see the comment at the top)"; exit 1; }
done
typst --version | grep -q "0.15.1" || { echo "bench/reports.sh wants the typst CLI 0.15.1, found: $(typst --version)"; exit 1; }
cargo build --release -q -p plan-report -p plan-bench
out=${BENCH_DIR:-target/bench}/reports
rm -rf "$out" && mkdir -p "$out"
out=$(cd "$out" && pwd)
bin=target/release
$bin/plan-report status data/hallingdal --year 2021 --emit-typst "$out/emit" -o "$out/plan-report.pdf"
python3 bench/peers/pandoc_markdown.py "$out/emit" "$out/pandoc" > /dev/null
typst_cmd="typst compile --root $out/emit --ignore-system-fonts --font-path $out/emit/fonts --pdf-standard a-2a,ua-1 --creation-timestamp 1640908800 $out/emit/status.typ $out/typst.pdf"
cmds=(-n plan-report "$bin/plan-report status data/hallingdal --year 2021 -o $out/plan-report.pdf")
[ -n "${BEFORE:-}" ] && cmds+=(-n "plan-report (before)" "$BEFORE status data/hallingdal --year 2021 -o $out/before.pdf")
cmds+=(-n "typst 0.15.1 CLI" "$typst_cmd")
cmds+=(-n "pandoc + pdflatex" "cd $out/pandoc && pandoc report.md -o ../pandoc.pdf --pdf-engine=pdflatex")
hyperfine --warmup 2 --runs "${RUNS:-15}" --export-json "$out/reports.json" --export-markdown "$out/reports.md" "${cmds[@]}"
python3 -c 'import json,statistics,sys
r=json.load(open(sys.argv[1]))["results"]
base=statistics.median(r[0]["times"])
for x in r:
    m=statistics.median(x["times"])
    print("median %7.1f ms  (min %.1f, max %.1f)  %5.2fx plan-report  %s" % (1000*m, 1000*min(x["times"]), 1000*max(x["times"]), m/base, x["command"]))' "$out/reports.json"
for pdf in "$out/plan-report.pdf" "$out/typst.pdf" "$out/pandoc.pdf"; do
    echo "$pdf: $(pdfinfo "$pdf" 2>/dev/null | grep Pages)"
done
echo "peak resident memory (KB):"
/usr/bin/time -f "%M KB  plan-report status" $bin/plan-report status data/hallingdal --year 2021 -o "$out/plan-report.pdf" 2>&1 | tail -1
/usr/bin/time -f "%M KB  typst 0.15.1 CLI" $typst_cmd 2>&1 | tail -1
if [ -n "${ITERATIONS:-}" ]; then $bin/render-loop "$ITERATIONS"; fi
