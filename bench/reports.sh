#!/usr/bin/env bash
# Benchmark of issue 4: rendering the Hallingdal status report for 2021.
# - cold: `plan-report status` as a fresh process, side by side with plain
#   typst 0.15 (PyPI `typst`, process start included) compiling the report's
#   own --emit-typst output, and with pandoc + pdflatex typesetting the same
#   content from Markdown (charts converted to PDF beforehand, not timed);
# - warm and memory: `render-loop` renders the report again and again in one
#   process.
# Needs hyperfine, GNU time, python3 with `typst`, pandoc, pdflatex and
# rsvg-convert (Debian: pandoc texlive-latex-recommended texlive-latex-extra
# texlive-lang-european librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q -p plan-report -p plan-bench
out=${BENCH_DIR:-target/bench}/reports
rm -rf "$out" && mkdir -p "$out"
bin=target/release
$bin/plan-report status data/hallingdal --year 2021 --emit-typst "$out/emit" -o "$out/plan-report.pdf"
python3 bench/peers/pandoc_markdown.py "$out/emit" "$out/pandoc" > /dev/null
typst_cmd="python3 -c \"import typst; typst.compile('status.typ', output='../typst.pdf', root='.', font_paths=['fonts'], ignore_system_fonts=True, pdf_standards=['a-2a', 'ua-1'], timestamp=1640908800)\""
pandoc_cmd="pandoc report.md -o ../pandoc.pdf --pdf-engine=pdflatex"
hyperfine --warmup 2 --runs ${RUNS:-15} --export-markdown "$out/reports.md" \
    -n plan-report "$bin/plan-report status data/hallingdal --year 2021 -o $out/plan-report.pdf" \
    -n "typst 0.15 (python)" "cd $out/emit && $typst_cmd" \
    -n "pandoc + pdflatex" "cd $out/pandoc && $pandoc_cmd"
for pdf in "$out/plan-report.pdf" "$out/typst.pdf" "$out/pandoc.pdf"; do
    echo "$pdf: $(pdfinfo "$pdf" | grep Pages)"
done
echo "peak resident memory (KB):"
/usr/bin/time -f "%M KB  plan-report status" $bin/plan-report status data/hallingdal --year 2021 -o "$out/plan-report.pdf" 2>&1 | tail -1
(cd "$out/emit" && eval "/usr/bin/time -f '%M KB  typst 0.15 (python)' $typst_cmd") 2>&1 | tail -1
$bin/render-loop ${ITERATIONS:-1000}
