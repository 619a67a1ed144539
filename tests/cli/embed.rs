//! The library as another program embeds it: this test crate depends on
//! `plan-core` and `plan-report` like any outside crate, renders in memory,
//! and reads the PDF it got back.

use plan_report_tests::{hallingdal, pdf_text};

/// Issue 6: "an outside Rust program can depend on the two crates and render
/// a report to bytes in ten lines". The ten lines are the body below, up to
/// `render_status_report`.
#[test]
fn an_outside_crate_renders_the_status_report_to_bytes_in_ten_lines() -> Result<(), Box<dyn std::error::Error>> {
    let dir = hallingdal();
    let loaded = plan_core::PlanFolder::load(&dir)?;
    let input = plan_report::ReportInput::new(&loaded);
    let options = plan_report::ReportOptions { year: Some(2021), ..Default::default() };
    let pdf: Vec<u8> = plan_report::render_status_report(&input, &options)?;

    assert!(pdf.starts_with(b"%PDF-1.7"), "a PDF");
    let file = tempfile::NamedTempFile::new()?;
    std::fs::write(file.path(), &pdf)?;
    let text = pdf_text(file.path());
    assert!(text.contains("Årsrapport 2021"), "{text}");
    assert!(text.contains("Utvikle Tråkk`n Roll, og sykkelsatsinga i regionen"), "the first action: {text}");
    Ok(())
}

/// The bytes a library caller gets are the bytes the binary writes.
#[test]
fn the_library_and_the_binary_make_the_same_pdf() -> Result<(), Box<dyn std::error::Error>> {
    let loaded = plan_core::PlanFolder::load("../data/hallingdal")?;
    let input = plan_report::ReportInput::new(&loaded);
    let options = plan_report::ReportOptions { case: Some("9/20".into()), ..Default::default() };
    let from_library = plan_report::render_case_attachment(&input, &options)?;
    let out = tempfile::tempdir()?;
    let path = out.path().join("sak.pdf");
    let run =
        plan_report_tests::run(&["case", "data/hallingdal", "--case", "9/20", "-o", path.to_str().ok_or("path")?]);
    assert!(run.status.success(), "{}", plan_report_tests::stderr(&run));
    assert_eq!(std::fs::read(&path)?, from_library);
    Ok(())
}

/// The regional-tool example (`plan-report/examples/regional_tool.rs`) as
/// `cargo test` builds it, run in `dir` with `args`.
fn regional_tool(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    example("regional_tool", dir, args)
}

/// The README's web-in-memory block is the example's code, and the example
/// runs: the site's pages and one report's page, all in memory.
#[test]
fn the_readmes_web_edition_in_memory_is_the_example_and_runs() {
    let root = plan_report_tests::repo_root();
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README");
    let start = readme.find("**The web edition in memory.**").expect("the README's section");
    let code = readme[start..].split("```rust\n").nth(1).and_then(|b| b.split("```").next()).expect("its code");
    let source = std::fs::read_to_string(root.join("plan-report/examples/web_in_memory.rs")).expect("example");
    let marked = source.split("// README: web in memory\n").nth(1).and_then(|b| b.split("    // README: end").next());
    let marked: String = marked
        .expect("the example's marked code")
        .lines()
        .map(|l| format!("{}\n", l.strip_prefix("    ").unwrap_or(l)))
        .collect();
    assert_eq!(code, marked, "the README shows the example's code");
    let out = example("web_in_memory", &root, &[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("files in the site; the 2022 page has"), "{said}");
}

/// The example `name` as `cargo test` builds it, run in `dir` with `args`.
fn example(name: &str, dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    let exe = std::env::current_exe().expect("the test binary has a path");
    let target = exe.parent().and_then(std::path::Path::parent).expect("target/<profile>");
    let example = target.join("examples").join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    if !example.exists() {
        // Built by `cargo test --workspace` (examples are built with the tests).
        let build = std::process::Command::new(env!("CARGO"))
            .args(["build", "-q", "-p", "plan-report", "--example", name])
            .current_dir(plan_report_tests::repo_root())
            .status()
            .expect("cargo runs");
        assert!(build.success());
    }
    std::process::Command::new(&example).args(args).current_dir(dir).output().expect("the example runs")
}

/// The example loads the plan through its absolute path, computes figures
/// from a table in memory, renders two reports on two threads and the site
/// in memory, and prints located errors.
#[test]
fn the_regional_tool_example_runs() {
    let output = regional_tool(&plan_report_tests::repo_root(), &[]);
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{text}{}", String::from_utf8_lossy(&output.stderr));
    for line in [
        "Strategisk plan Hallingdal 2021–2024: 4 versions of the action programme, status for [2021, 2022, 2023, 2024]",
        "status 2022 from status/2022.csv (",
        "Hallingdal: 20575 → 21571 (+996)",
        "site: 17 files; outputs naming ",
        "feil.csv:2: error: column 'folketal': cannot read population \"mange\"",
        "feil.csv:3: error: column 'kommunenummer': \"30x1\" is not a municipality number (expected four digits such as 0615 or 3041)",
    ] {
        assert!(text.contains(line), "missing {line:?} in {text}");
    }
    assert!(text.contains("/data/hallingdal: 0\n"), "no output names the folder's path: {text}");
}

/// Issue 22: what the example makes in memory from the folder through one
/// absolute path is, byte for byte, what the command line writes for the
/// same folder at another path, and no output names either path.
#[test]
fn the_regional_tool_example_makes_the_command_lines_bytes_from_another_path() {
    use plan_report_tests::{arg_path, copy_plan, hallingdal, run, stderr};
    let (here, there) = (copy_plan(&hallingdal()), copy_plan(&hallingdal()));
    let out = tempfile::tempdir().expect("temp dir");
    let from_example = out.path().join("example");
    // Given relative to its working folder; the example makes the path absolute.
    let output = regional_tool(here.path(), &[".", arg_path(&from_example)]);
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{text}{}", String::from_utf8_lossy(&output.stderr));
    assert!(text.contains(&format!("outputs naming {}: 0", here.path().display())), "{text}");

    let cli = out.path().join("cli");
    std::fs::create_dir_all(&cli).expect("mkdir");
    for (name, args) in [
        ("status-2022.pdf", vec!["status", arg_path(there.path()), "--year", "2022"]),
        ("periode.pdf", vec!["period", arg_path(there.path())]),
    ] {
        let pdf = cli.join(name);
        let mut args = args;
        args.extend(["-o", arg_path(&pdf)]);
        let output = run(&args);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let (example_pdf, cli_pdf) =
            (std::fs::read(from_example.join(name)).expect("PDF"), std::fs::read(&pdf).expect("PDF"));
        assert!(example_pdf == cli_pdf, "{name}: the example's bytes differ from the command line's");
        let text = plan_report_tests::pdf_text(&pdf);
        for dir in [here.path(), there.path()] {
            assert!(!text.contains(&dir.display().to_string()), "{name} names {}", dir.display());
        }
    }
    let site = cli.join("site");
    let output = run(&["site", arg_path(there.path()), "--no-pdf", "-o", arg_path(&site)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let names = plan_report_tests::file_paths(&site);
    assert_eq!(names, plan_report_tests::file_paths(&from_example.join("site")));
    for name in names {
        let (page, theirs) = (
            std::fs::read(site.join(&name)).expect("page"),
            std::fs::read(from_example.join("site").join(&name)).expect("page"),
        );
        assert!(page == theirs, "{name}: the example's page differs from the command line's");
        let page = String::from_utf8_lossy(&page);
        for dir in [here.path(), there.path()] {
            let (plain, escaped) = (dir.display().to_string(), dir.display().to_string().replace('/', "&#x2f;"));
            assert!(!page.contains(&plain) && !page.contains(&escaped), "{name} names {plain}");
        }
    }
}

/// A library user who turns off the default `cli` feature compiles neither
/// clap nor indicatif.
#[test]
fn the_library_alone_needs_neither_clap_nor_indicatif() {
    let output = std::process::Command::new(env!("CARGO"))
        .args(["tree", "-p", "plan-report", "--no-default-features", "-e", "normal", "--prefix", "none", "--offline"])
        .current_dir(plan_report_tests::repo_root())
        .output()
        .expect("cargo runs");
    let tree = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(tree.contains("typst"), "{tree}");
    assert!(!tree.contains("clap") && !tree.contains("indicatif"), "{tree}");
    let with_cli = std::process::Command::new(env!("CARGO"))
        .args(["tree", "-p", "plan-report", "-e", "normal", "--prefix", "none", "--offline"])
        .current_dir(plan_report_tests::repo_root())
        .output()
        .expect("cargo runs");
    assert!(String::from_utf8_lossy(&with_cli.stdout).contains("clap"));
}

/// Arguments that do not fit the plan are refused by the library itself,
/// each with the values in its message.
#[test]
fn the_library_refuses_arguments_that_do_not_fit() {
    use plan_report::{ReportInput, ReportOptions, render_status_report};
    let loaded = plan_core::PlanFolder::load("../data/hallingdal").expect("loads");
    let input = ReportInput::new(&loaded);
    let error = |options: ReportOptions| render_status_report(&input, &options).expect_err("refused").to_string();
    assert_eq!(
        error(ReportOptions { year: Some(1990), ..Default::default() }),
        "year 1990 is outside the plan period 2021–2024"
    );
    assert_eq!(
        error(ReportOptions {
            year: Some(2022),
            date: plan_core::Date::from_ymd_opt(2021, 6, 1),
            ..Default::default()
        }),
        "the report date 2021-06-01 is before the reporting year 2022 (expected a date in 2022 or later)"
    );
    assert_eq!(
        error(ReportOptions::default()),
        "the status report needs a year (expected the reporting year in the options, such as 2021)"
    );
    // The CLI says the same for its flags.
    let output = plan_report_tests::run(&["status", "data/hallingdal", "--year", "1990", "-o", "/tmp/x.pdf"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(plan_report_tests::stderr(&output), "error: year 1990 is outside the plan period 2021–2024\n");
}
