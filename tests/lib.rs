//! Helpers shared by the end-to-end tests: where the binary and the bundled
//! data are, running the binary, and plan folders copied to a temp folder.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// This crate's folder (`tests/`): where cargo runs the tests from, else
/// where it was compiled. Read when the tests run, so that a build shared
/// between two checkouts (one `CARGO_TARGET_DIR`) never reads the other's
/// files.
fn manifest_dir() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from)
}

/// The repository's root folder.
pub fn repo_root() -> PathBuf {
    manifest_dir().parent().expect("tests/ has a parent").to_path_buf()
}

/// A fixture under `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    manifest_dir().join("fixtures").join(name)
}

/// The bundled Hallingdal plan folder.
pub fn hallingdal() -> PathBuf {
    repo_root().join("data/hallingdal")
}

/// The `plan-report` binary that cargo built next to this test binary.
pub fn binary() -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary has a path");
    let dir = exe.parent().and_then(Path::parent).expect("target/<profile>/deps/<test>");
    let bin = dir.join(format!("plan-report{}", std::env::consts::EXE_SUFFIX));
    assert!(bin.exists(), "{} is missing: run the tests with `cargo test --workspace`", bin.display());
    bin
}

/// The binary as a command in the repository root, its messages in
/// English whatever the developer's own locale (a test that compares output
/// never depends on it).
pub fn command() -> Command {
    let mut command = Command::new(binary());
    command.current_dir(repo_root()).env("PLAN_REPORT_LANG", "en");
    command
}

/// Runs the binary with `args` in the repository root, messages in English.
pub fn run(args: &[&str]) -> Output {
    command().args(args).output().expect("the binary runs")
}

/// Standard output as text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("standard output is UTF-8")
}

/// Standard error as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("standard error is UTF-8")
}

/// The names of the entries of a folder, sorted.
pub fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("the folder is readable")
        .map(|e| e.expect("a folder entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Every file under a folder, by its path relative to it with `/` between
/// folders (`fonts/OFL.txt`), sorted: a written site's files.
pub fn file_paths(dir: &Path) -> Vec<String> {
    fn walk(dir: &Path, prefix: &str, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).expect("the folder is readable") {
            let entry = entry.expect("a folder entry");
            let name = format!("{prefix}{}", entry.file_name().to_string_lossy());
            if entry.path().is_dir() {
                walk(&entry.path(), &format!("{name}/"), out);
            } else {
                out.push(name);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, "", &mut out);
    out.sort();
    out
}

/// Copies every file of a plan folder into a new temporary folder.
pub fn copy_plan(from: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temp folder");
    copy_dir(from, dir.path());
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("the plan folder is readable") {
        let entry = entry.expect("a folder entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            std::fs::create_dir_all(&target).expect("a sub folder");
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("the file copies");
        }
    }
}

/// The `data.json` of an `--emit-typst` folder as the view's JSON: the file
/// typst reads has a soft hyphen (U+00AD) wherever a word may break, and
/// the view has none.
pub fn emitted_view_json(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("data.json")).expect("data.json").replace('\u{ad}', "")
}

/// Runs a poppler tool (`pdftotext`, `pdfinfo`, `pdffonts`) and returns its
/// standard output. Panics with a clear message when poppler-utils is not
/// installed: the PDF tests must not pass silently.
pub fn poppler(tool: &str, args: &[&str]) -> String {
    let output = Command::new(tool).args(args).output().unwrap_or_else(|e| {
        panic!("{tool} could not run ({e}): install poppler-utils (apt-get install poppler-utils)")
    });
    assert!(output.status.success(), "{tool} {args:?} failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The text of a PDF as one line: hyphenation undone (soft hyphens at line
/// ends removed), no-break spaces made spaces, zero-width spaces (where a
/// file name may break) removed, white space collapsed.
pub fn pdf_text(pdf: &Path) -> String {
    let raw = poppler("pdftotext", &[pdf.to_str().expect("a UTF-8 path"), "-"]);
    normalize(&raw)
}

/// Runs the command with `-o` a PDF in a temporary folder, asserts that it
/// succeeded and gives the PDF's text as [`pdf_text`] reads it.
pub fn rendered_text(args: &[&str]) -> String {
    let out = tempfile::tempdir().expect("temp");
    let pdf = out.path().join("r.pdf");
    let output = run(&[args, &["-o", pdf.to_str().expect("utf-8")]].concat());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    pdf_text(&pdf)
}

/// Normalizes text for comparison as [`pdf_text`] does.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{200b}' {
            continue;
        }
        if c == '\u{ad}' {
            while chars.peek().is_some_and(|c| c.is_whitespace()) {
                chars.next();
            }
            continue;
        }
        out.push(if matches!(c, '\u{a0}' | '\u{202f}') { ' ' } else { c });
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The lines of a PDF as laid out on the page (`pdftotext -layout`), each
/// normalized as [`normalize`] does: a table row is one line.
pub fn pdf_lines(pdf: &Path) -> Vec<String> {
    poppler("pdftotext", &["-layout", pdf.to_str().expect("a UTF-8 path"), "-"])
        .lines()
        .map(normalize)
        .filter(|l| !l.is_empty())
        .collect()
}

/// A looser form for presence checks of long texts: without hyphens, which
/// `pdftotext` drops where a line ends in one (`2018 -` / `2029`).
pub fn loose(text: &str) -> String {
    normalize(&text.replace('-', " "))
}

/// A path as a command-line argument.
pub fn arg_path(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 path")
}
