#!/usr/bin/env bash
# Builds what a release ships for this machine's target, and checks that it works installed:
#   1. the binary with `--profile dist` (thin LTO, one codegen unit, stripped);
#   2. its man pages and shell completions, written by the binary itself;
#   3. the Debian package (cargo-deb) and the archive plan-report-VERSION-TARGET.tar.gz with
#      the same contents, both in target/package/;
#   4. installs the package with `dpkg -i`, renders the README's main job with the installed
#      binary from a folder outside the repository with no Rust toolchain on PATH, checks the
#      "no plan folder" message, and removes the package again.
# Needs root (dpkg), cargo-deb and dpkg; says what to install when one is missing. A dist build
# takes minutes, so .ci/run does not run this; `PLAN_REPORT_PACKAGE_TESTS=1 cargo test
# --workspace` does.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

fail() { echo "package: $*" >&2; exit 1; }

# The tools, each looked for before anything is built.
command -v cargo >/dev/null 2>&1 || fail "cargo is missing: install Rust with rustup (https://rustup.rs)"
cargo deb --version >/dev/null 2>&1 || fail "cargo-deb is missing: install it with 'cargo install cargo-deb --locked'"
command -v dpkg >/dev/null 2>&1 || fail "dpkg is missing: this script makes and installs a Debian package, run it on Debian or Ubuntu"
command -v tar >/dev/null 2>&1 && command -v gzip >/dev/null 2>&1 || fail "tar and gzip are missing: apt-get install tar gzip"
[ "$(id -u)" = 0 ] || fail "installing the package needs root: run it as root (or with sudo)"
if dpkg -s plan-report >/dev/null 2>&1; then
    fail "a plan-report package is installed already: remove it first (dpkg -r plan-report), this script installs and removes its own"
fi

target=$(rustc -vV | sed -n 's/^host: //p')
target_dir=$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
[ -n "$target" ] && [ -n "$target_dir" ] || fail "cannot read the host target or the target folder from cargo"
dist="$target_dir/dist"
out="$target_dir/package"

echo "== build (profile dist, $target)"
cargo build --locked --profile dist -p plan-report
bin="$dist/plan-report"
version=$("$bin" --version | sed -n 's/^plan-report //p')
[ -n "$version" ] || fail "$bin --version does not say its version"

echo "== man pages and completions, from the binary"
rm -rf "$dist/man" "$dist/completions"
"$bin" man "$dist/man"
mkdir -p "$dist/completions"
"$bin" completions bash >"$dist/completions/plan-report.bash"
"$bin" completions zsh >"$dist/completions/_plan-report"
"$bin" completions fish >"$dist/completions/plan-report.fish"
"$bin" completions powershell >"$dist/completions/_plan-report.ps1"
"$bin" completions elvish >"$dist/completions/plan-report.elv"

echo "== Debian package"
rm -rf "$out"
mkdir -p "$out"
cargo deb --locked -p plan-report --profile dist --no-build --output "$out/"
deb="$out/plan-report_${version}-1_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "cargo-deb wrote no $deb"

echo "== archive"
name="plan-report-$version-$target"
stage="$out/$name"
mkdir -p "$stage/fonts"
cp "$bin" "$stage/"
cp -r "$dist/man" "$dist/completions" "$stage/"
cp README.md LICENSE-MIT LICENSE-APACHE "$stage/"
cp plan-report/fonts/OFL.txt "$stage/fonts/OFL.txt"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='2000-01-01 00:00Z' \
    -C "$out" -czf "$out/$name.tar.gz" "$name"
rm -rf "$stage"

echo "== install, run from another folder without a Rust toolchain, remove"
dpkg -i "$deb" >/dev/null
work=$(mktemp -d)
trap 'dpkg -r plan-report >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
# A PATH of the system's folders alone: no cargo, no rustc, nothing of the build tree.
clean=(env -i HOME="$work" PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 PLAN_REPORT_LANG=en)
for tool in cargo rustc rustup; do
    if "${clean[@]}" sh -c "command -v $tool" >/dev/null 2>&1; then
        fail "$tool is on the clean PATH ($("${clean[@]}" sh -c "command -v $tool")): the run would not show that none is needed"
    fi
done
[ "$("${clean[@]}" sh -c 'command -v plan-report')" = /usr/bin/plan-report ] || fail "the installed binary is not /usr/bin/plan-report"
for file in /usr/share/man/man1/plan-report.1 /usr/share/man/man1/plan-report-status.1 \
    /usr/share/bash-completion/completions/plan-report /usr/share/doc/plan-report/fonts/OFL.txt; do
    [ -s "$file" ] || fail "the package did not install $file"
done
mkdir -p "$work/data"
cp -r data/hallingdal "$work/data/"
# The README's main job, as the README writes it, with the installed binary.
(cd "$work" && "${clean[@]}" plan-report status data/hallingdal --year 2021 -o hallingdal-2021.pdf)
[ "$(head -c 5 "$work/hallingdal-2021.pdf")" = "%PDF-" ] || fail "the installed binary wrote no PDF"
if command -v pdftotext >/dev/null 2>&1; then
    text=$(pdftotext "$work/hallingdal-2021.pdf" - 2>/dev/null)
    grep -qF "Endringar i handlingsprogrammet" <<<"$text" || fail "the installed binary's report lacks 'Endringar i handlingsprogrammet'"
fi
# With no plan folder: the README's message, naming the folder it stands in, not the build tree.
mkdir "$work/empty"
said=$(cd "$work/empty" && "${clean[@]}" plan-report check 2>&1) && fail "check without a plan folder succeeded"
grep -qF "error: no plan folder: neither $work/empty nor a folder above it holds plan.toml" <<<"$said" \
    || fail "check without a plan folder said: $said"
if grep -qF "$repo" <<<"$said"; then fail "the message names the build tree: $said"; fi
dpkg -r plan-report >/dev/null
[ ! -e /usr/bin/plan-report ] || fail "dpkg -r left /usr/bin/plan-report"

echo "$deb ($(du -k "$deb" | cut -f1) KiB)"
echo "$out/$name.tar.gz ($(du -k "$out/$name.tar.gz" | cut -f1) KiB)"
echo "package: ok"
