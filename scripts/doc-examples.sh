#!/usr/bin/env bash
# Fails when a public item of plan-core or plan-report has documentation
# without a code example. Uses rustdoc's (unstable) missing_doc_code_examples
# lint on the stable toolchain; impl blocks, which carry no documentation of
# their own, are left out.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(RUSTC_BOOTSTRAP=1 \
    RUSTDOCFLAGS='-Z unstable-options -Zcrate-attr=feature(rustdoc_missing_doc_code_examples) -W rustdoc::missing-doc-code-examples' \
    cargo doc -q -p plan-core -p plan-report --no-deps --target-dir target/doc-examples 2>&1) || { echo "$log"; exit 1; }
missing=$(printf '%s\n' "$log" | awk '
    /^warning: missing code example/ { w = 1; where = ""; next }
    w && /-->/ { where = $2; next }
    w && /^ *[0-9]+ \| / { if ($0 !~ /\| \/? *impl[ <]/) print where ": " substr($0, index($0, "|") + 2); w = 0 }
')
if [ -n "$missing" ]; then
    echo "public items without a code example:" >&2
    echo "$missing" >&2
    exit 1
fi
echo "every public item has a code example"
