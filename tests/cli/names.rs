//! Names, not paths (issue 22): what the reports, the pages and the JSON name
//! is each file's path relative to the plan folder, or a file name alone for
//! a file from outside it — never where the folder is on the machine — so
//! the same folder at two paths gives the same bytes. The terminal's own
//! messages name the paths to open.

use std::path::{Path, PathBuf};

use plan_report_tests::{copy_plan, hallingdal, pdf_text, run, stderr, stdout};

/// The forms a path takes in the outputs: as written, and as HTML writes a
/// `/` (`&#x2f;`).
fn forms(path: &Path) -> Vec<String> {
    let plain = path.display().to_string();
    vec![plain.replace('/', "&#x2f;"), plain]
}

/// Fails when `text` names `path` in any of its forms.
fn assert_unnamed(what: &str, text: &str, path: &Path) {
    for form in forms(path) {
        assert!(!text.contains(&form), "{what} names {form}");
    }
}

fn arg(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 path")
}

/// What the command line publishes about the plan folder at `dir`, by name:
/// the JSON of `show` and `population`, three PDFs and the site's pages.
fn published(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let out = tempfile::tempdir().expect("temp dir");
    let mut files = Vec::new();
    for (name, args) in
        [("show.json", vec!["show", arg(dir)]), ("population.json", vec!["population", arg(dir), "--format", "json"])]
    {
        let output = run(&args);
        assert_eq!(output.status.code(), Some(0), "{name}: {}", stderr(&output));
        files.push((name.to_string(), output.stdout));
    }
    for (name, args) in [
        ("status-2022.pdf", vec!["status", arg(dir), "--year", "2022"]),
        ("periode.pdf", vec!["period", arg(dir)]),
        ("sak.pdf", vec!["case", arg(dir), "--case", "31/23"]),
    ] {
        let pdf = out.path().join(name);
        let mut args = args;
        args.extend(["-o", arg(&pdf)]);
        let output = run(&args);
        assert_eq!(output.status.code(), Some(0), "{name}: {}", stderr(&output));
        files.push((name.to_string(), std::fs::read(&pdf).expect("the PDF")));
    }
    let site = out.path().join("site");
    let output = run(&["site", arg(dir), "--no-pdf", "-o", arg(&site)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    for name in plan_report_tests::file_paths(&site) {
        files.push((format!("site/{name}"), std::fs::read(site.join(&name)).expect("a page")));
    }
    files
}

/// Fails when a published file names `path`: the text of each PDF, the
/// PDF's own bytes, the JSON and the pages.
fn assert_no_path(files: &[(String, Vec<u8>)], path: &Path) {
    let out = tempfile::tempdir().expect("temp dir");
    for (name, bytes) in files {
        assert_unnamed(name, &String::from_utf8_lossy(bytes), path);
        if name.ends_with(".pdf") {
            let pdf = out.path().join(name);
            std::fs::write(&pdf, bytes).expect("write");
            assert_unnamed(name, &pdf_text(&pdf), path);
        }
    }
}

#[test]
fn the_same_folder_at_two_paths_publishes_the_same_bytes() {
    let (a, b) = (copy_plan(&hallingdal()), copy_plan(&hallingdal()));
    let (from_a, from_b) = (published(a.path()), published(b.path()));
    assert_eq!(from_a.len(), from_b.len());
    for ((name, bytes_a), (other, bytes_b)) in from_a.iter().zip(&from_b) {
        assert_eq!(name, other);
        assert!(bytes_a == bytes_b, "{name} differs between {} and {}", a.path().display(), b.path().display());
    }
    assert_no_path(&from_a, a.path());
    assert_no_path(&from_b, b.path());
    let page = |name: &str| {
        let (_, bytes) = from_a.iter().find(|(n, _)| n == name).expect("the page");
        String::from_utf8_lossy(bytes).into_owned()
    };
    // The sources appendix and the status section name the files in the folder.
    let report = page("site/arsrapport-2022.html");
    assert!(report.contains("Statusen er henta frå status&#x2f;2022.csv."), "{report}");
    assert!(report.contains("<code>handlingsprogram&#x2f;2023.csv</code>"), "{report}");
    assert!(report.contains("<code>saker&#x2f;29-22.toml</code>"), "{report}");
    let show: serde_json::Value = serde_json::from_str(&page("show.json")).expect("JSON");
    assert_eq!(show["statuses"][1]["file"], "status/2022.csv");
    assert_eq!(show["population_files"][1]["file"], "folketal-ssb-07459-2015-2024.csv");
    assert_eq!(show["population"]["observations"][0]["source"]["file"], "befolkning.csv");
    assert_eq!(show["cases"][3]["file"], "saker/31-23.toml");

    // The library the same: the folder, its JSON and the site in memory.
    let (loaded_a, loaded_b) =
        (plan_core::PlanFolder::load(a.path()).expect("loads"), plan_core::PlanFolder::load(b.path()).expect("loads"));
    assert_eq!(
        serde_json::to_string(&loaded_a.value).expect("JSON"),
        serde_json::to_string(&loaded_b.value).expect("JSON")
    );
    assert_eq!(loaded_a.diagnostics, loaded_b.diagnostics, "the findings name the same files");
    let options = plan_report::site::SiteOptions { pdf: false, ..Default::default() };
    let site_a = plan_report::site::build(&plan_report::ReportInput::new(&loaded_a), &options).expect("site");
    let site_b = plan_report::site::build(&plan_report::ReportInput::new(&loaded_b), &options).expect("site");
    assert!(site_a.files == site_b.files, "the site in memory differs between the two paths");
    // In memory as on disk: the command line's pages are the library's.
    for (path, bytes) in &site_a.files {
        let name = format!("site/{}", path.display());
        if let Some((_, written)) = from_a.iter().find(|(n, _)| *n == name) {
            assert!(written == bytes, "{name}: the library's page differs from the command line's");
        }
    }
}

/// A temporary folder holding the plan at a path with spaces, non-ASCII
/// letters, `..` and (on Unix) a symbolic link; the path to give, and the
/// folder itself.
fn odd_path() -> (tempfile::TempDir, PathBuf) {
    let top = tempfile::tempdir().expect("temp dir");
    let real = top.path().join("Planar for Ål – 2021");
    std::fs::create_dir_all(real.join("gamal")).expect("mkdir");
    copy_into(&hallingdal(), &real.join("hallingdal plan"));
    #[cfg(unix)]
    {
        let link = top.path().join("lenkje til planane");
        std::os::unix::fs::symlink(&real, &link).expect("a symbolic link");
        (top, link.join("gamal").join("..").join("hallingdal plan"))
    }
    #[cfg(not(unix))]
    {
        (top, real.join("gamal").join("..").join("hallingdal plan"))
    }
}

fn copy_into(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read") {
        let entry = entry.expect("entry");
        if entry.path().is_dir() {
            copy_into(&entry.path(), &to.join(entry.file_name()));
        } else {
            std::fs::copy(entry.path(), to.join(entry.file_name())).expect("copy");
        }
    }
}

#[test]
fn a_path_with_spaces_letters_dots_and_a_link_publishes_the_same_names() {
    let (top, odd) = odd_path();
    let plain = copy_plan(&hallingdal());
    for args in [vec!["show"], vec!["population", "--format", "json"]] {
        let run_at = |dir: &Path| {
            let mut all = vec![args[0], arg(dir)];
            all.extend(&args[1..]);
            let output = run(&all);
            assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
            output.stdout
        };
        let (at_odd, at_plain) = (run_at(&odd), run_at(plain.path()));
        assert!(at_odd == at_plain, "{args:?} differs at {}", odd.display());
        assert_unnamed(args[0], &String::from_utf8_lossy(&at_odd), top.path());
    }
    let out = tempfile::tempdir().expect("temp dir");
    let pdf = |dir: &Path, name: &str| {
        let path = out.path().join(name);
        let output = run(&["status", arg(dir), "--year", "2022", "-o", arg(&path)]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        std::fs::read(path).expect("PDF")
    };
    assert!(pdf(&odd, "odd.pdf") == pdf(plain.path(), "plain.pdf"), "the PDF differs at {}", odd.display());
    assert_unnamed("the PDF", &pdf_text(&out.path().join("odd.pdf")), top.path());

    // The terminal names the paths to open: the folder as typed, then the name.
    let output = run(&["check", arg(&odd), "--year", "2024"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let typed = odd.display().to_string();
    let first = text.lines().next().expect("a finding");
    assert_eq!(
        first,
        format!(
            "{typed}/befolkning.csv:8: warning: stated total \"Hallingdal\" on 1 January 2020 is 20,566, but its municipalities sum to 20,532 (difference 34); the figures use the computed sum"
        )
    );
    assert!(
        text.contains(&format!(
            "{typed}/folketal-ssb-07459-2015-2024.csv: warning: the population data have no count for 1 January 2025"
        )),
        "{text}"
    );
    for line in text.lines() {
        let file = line.split(": ").next().and_then(|f| f.split(':').next()).expect("a file");
        assert!(Path::new(file).is_file(), "{file} is no file to open: {line}");
    }
}

#[test]
fn a_statistics_file_outside_the_folder_goes_by_its_file_name() {
    let top = tempfile::tempdir().expect("temp dir");
    let plan = top.path().join("plan");
    copy_into(&hallingdal(), &plan);
    let shared = top.path().join("delte tabellar");
    std::fs::create_dir_all(&shared).expect("mkdir");
    let name = "folketal-ssb-07459-2015-2024.csv";
    std::fs::rename(plan.join(name), shared.join(name)).expect("move");
    let toml = std::fs::read_to_string(plan.join("plan.toml")).expect("plan.toml");
    let toml =
        toml.replace(&format!("population = [\"{name}\"]"), &format!("population = [\"../delte tabellar/{name}\"]"));
    assert!(toml.contains("../delte tabellar/"), "the statistics entry is rewritten");
    std::fs::write(plan.join("plan.toml"), toml).expect("write");

    let folder = plan_core::PlanFolder::load(&plan).expect("loads").value;
    assert_eq!(folder.population_files[1].file, name);
    assert_eq!(folder.population_series.sources, [name]);
    assert_eq!(folder.path(name), plan.join("../delte tabellar").join(name), "the name leads to the file");
    assert!(folder.path(name).is_file());
    assert_eq!(plan_core::folder::path_of(&plan, name), folder.path(name), "without a loaded folder too");
    // The JSON keeps plan.toml's entry as written, and names the file by its name.
    let json = serde_json::to_value(&folder).expect("JSON");
    assert_eq!(json["statistics"]["population"][0], format!("../delte tabellar/{name}"));
    assert_eq!(json["population_files"][1]["file"], name);
    assert_eq!(json["population_series"]["observations"][0]["source"]["file"], name);
    assert_unnamed("the JSON", &json.to_string(), top.path());

    let out = top.path().join("status.pdf");
    let output = run(&["status", arg(&plan), "--year", "2022", "-o", arg(&out)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = pdf_text(&out);
    assert!(text.contains(&format!("Kjelde: {name}")), "{text}");
    assert!(!text.contains("delte tabellar"), "{text}");

    // The terminal names the file where it is.
    let output = run(&["check", arg(&plan), "--year", "2024"]);
    let expected = format!(
        "{}/../delte tabellar/{name}: warning: the population data have no count for 1 January 2025",
        plan.display()
    );
    assert!(stdout(&output).contains(&expected), "{}", stdout(&output));
}

#[test]
fn files_given_by_flag_go_by_their_file_names() {
    let (a, b) = (copy_plan(&hallingdal()), copy_plan(&hallingdal()));
    // A population table by an absolute path: its name in the JSON, its path on the terminal.
    let table = a.path().join("befolkning.csv");
    let json_of = |dir: &Path| {
        let input = dir.join("befolkning.csv");
        let args = [
            "population",
            "data/hallingdal",
            "--input",
            arg(&input),
            "--from",
            "2017",
            "--to",
            "2020",
            "--format",
            "json",
        ];
        let output = run(&args);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        output.stdout
    };
    let json = json_of(a.path());
    assert!(json == json_of(b.path()), "the JSON differs by the table's folder");
    let figures: serde_json::Value = serde_json::from_slice(&json).expect("JSON");
    assert_eq!(figures["diagnostics"][0]["file"], "befolkning.csv");
    assert_unnamed("population JSON", &String::from_utf8_lossy(&json), a.path());
    let output = run(&["population", "data/hallingdal", "--input", arg(&table), "--from", "2017", "--to", "2020"]);
    assert!(
        stderr(&output).starts_with(&format!("{}:8: warning: stated total \"Hallingdal\"", table.display())),
        "{}",
        stderr(&output)
    );

    // A proposed revision by an absolute path: the report names its file.
    let out = tempfile::tempdir().expect("temp dir");
    let pdf_of = |dir: &Path, name: &str| {
        let proposal = dir.join("handlingsprogram/2022.csv");
        let pdf = out.path().join(name);
        let output =
            run(&["status", "data/hallingdal", "--year", "2021", "--revised", arg(&proposal), "-o", arg(&pdf)]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        pdf
    };
    let (pdf_a, pdf_b) = (pdf_of(a.path(), "a.pdf"), pdf_of(b.path(), "b.pdf"));
    assert!(std::fs::read(&pdf_a).expect("PDF") == std::fs::read(&pdf_b).expect("PDF"));
    let text = pdf_text(&pdf_a);
    assert!(text.contains("Endringane frå tiltak.csv til 2022.csv"), "{text}");
    assert_unnamed("the status report", &text, a.path());

    // A batch from a national table by its path: the same reports from anywhere.
    let batch = |dir: &Path, into: &str| {
        let target = out.path().join(into);
        let output = run(&[
            "batch",
            "--input",
            arg(&dir.join("folketal-ssb-07459-2015-2024.csv")),
            "--changes",
            arg(&dir.join("kommuneendringar.csv")),
            "--out-dir",
            arg(&target),
            "--from",
            "2020",
        ]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        target.join("3326-hemsedal.pdf")
    };
    let (gol_a, gol_b) = (batch(a.path(), "batch-a"), batch(b.path(), "batch-b"));
    assert!(std::fs::read(&gol_a).expect("PDF") == std::fs::read(&gol_b).expect("PDF"));
    let text = pdf_text(&gol_a);
    assert!(text.contains("folketal-ssb-07459-2015-2024.csv"), "{text}");
    assert_unnamed("a batch report", &text, a.path());
}
