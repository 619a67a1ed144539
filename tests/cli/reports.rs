//! The PDF reports as a user gets them: rendered by the binary, read back
//! with poppler (text, metadata, fonts), byte-identical across runs, and
//! bad input refused without leaving a file behind.

use std::path::Path;

use plan_core::PlanFolder;
use plan_report_tests::{copy_plan, fixture, hallingdal, loose, normalize, pdf_lines, pdf_text, poppler, run, stderr};

fn render(args: &[&str]) -> Vec<u8> {
    let output = run(args);
    assert_eq!(output.status.code(), Some(0), "stderr: {}", stderr(&output));
    let at = args.iter().position(|a| *a == "-o").expect("-o") + 1;
    std::fs::read(args[at]).expect("the PDF was written")
}

fn path(dir: &Path, name: &str) -> String {
    dir.join(name).to_str().expect("UTF-8 path").to_string()
}

#[test]
fn status_report_has_every_action_municipality_and_figure() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = path(dir.path(), "status-2021.pdf");
    render(&["status", "data/hallingdal", "--year", "2021", "-o", &pdf]);
    let text = pdf_text(Path::new(&pdf));
    let lines = pdf_lines(Path::new(&pdf));
    let plan = PlanFolder::load(hallingdal()).expect("loads").value;
    let loose_text = loose(&text);
    for action in &plan.programme.versions[0].actions {
        assert!(loose_text.contains(&loose(&action.text)), "action {} is missing: {}", action.id, action.text);
        assert!(text.contains(&action.id), "{}", action.id);
    }
    for row in [
        "3039 Flå 1 049 1 057 +8 +0,76 % +0,76 % 5,1 % 1,5 3",
        "3042 Hemsedal 2 546 2 611 +65 +2,55 % +2,55 % 12,6 % 3,5 1",
        "3044 Hol 4 434 4 504 +70 +1,58 % +1,58 % 21,7 % 2,4 2",
        "Hallingdal 20 575 20 762 +187 +0,91 % +0,91 % 100,0 % 3,6",
    ] {
        assert!(lines.iter().any(|l| l == row), "missing population row: {row}");
    }
    for expected in [
        "Årsrapport 2021",
        "Status og revisjon av handlingsprogrammet",
        "31. desember 2021",
        "innbyggjarar 1. januar 2022",
        "+187 (+0,91 %) sidan 1. januar 2021",
        "21 med frist i 2021, av dei 8 årlege",
        "1 060 000 kr",
        "▲ i rute: Innbyggartalet har stige med 1%.",
        "20 575 (1. januar 2021)",
        "20 762 (1. januar 2022)",
        "20 781 (1. januar 2025)",
        "○ manglar data: Dei totale klimautsleppa er redusert med 15%?",
        "1. januar 2018 20 579 −167 −0,80 %",
        "Vedlegg 1: Merknader frå kontrollen",
        "Kjelder",
        "folketal-ssb-07459-2015-2024.csv",
        "HNN ikkje forklart i planen",
    ] {
        assert!(text.contains(expected), "missing: {expected}");
    }
}

#[test]
fn case_attachment_has_the_case_and_the_whole_plan() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = path(dir.path(), "sak-9-20.pdf");
    render(&["case", "data/hallingdal", "--case", "9/20", "-o", &pdf]);
    let text = pdf_text(Path::new(&pdf));
    let plan = PlanFolder::load(hallingdal()).expect("loads").value;
    let case = plan.case(Some("9/20")).expect("case");
    for expected in [
        "Sak 9/20 Strategisk plan – Status så langt og oppstart på handlingsdelen",
        "Saksopplysning",
        "Vurdering",
        "Vedtak",
        "Hallingdal, 18. oktober 2020",
        "Jan Olav Helling Dagleg leiar",
        "Utkast til Strategisk plan",
        "LEIKEN",
        "FRISK",
        "Utkastet oppgav 20 566 for Hallingdal; summen av kommunane er 20 532.",
        "Lista over berekraftsmål manglar: utkastet viste måla som eit bilete som ikkje vart med; fyll inn måla (1–17) frå originalen.",
        "Innsatsområde Resultatmål",
    ] {
        assert!(text.contains(expected), "missing: {expected}");
    }
    let lines = pdf_lines(Path::new(&pdf));
    for row in ["Flå 705 1 052 1 050 1 081", "Hallingdal 5 830 20 467 20 532 20 746"] {
        assert!(lines.iter().any(|l| l == row), "missing population row: {row}");
    }
    for point in &case.decision.points {
        assert!(text.contains(&normalize(point)), "decision point missing: {point}");
    }
    let loose_text = loose(&text);
    for action in &plan.programme.versions[0].actions {
        assert!(loose_text.contains(&loose(&action.text)), "action {} is missing", action.id);
    }
    for goal in plan.plan.focus_areas.iter().flat_map(|f| &f.result_goals) {
        assert!(text.contains(&normalize(&goal.text)), "result goal {} is missing", goal.id);
    }
    for opportunity in &plan.plan.opportunities {
        assert!(text.contains(&normalize(opportunity)), "{opportunity}");
    }
}

#[test]
fn pdfs_are_byte_identical_tagged_archival_with_embedded_fonts() {
    let dir = tempfile::tempdir().expect("temp dir");
    for args in [["status", "data/hallingdal", "--year", "2021"].as_slice(), ["case", "data/hallingdal"].as_slice()] {
        let first = path(dir.path(), "first.pdf");
        let second = path(dir.path(), "second.pdf");
        let a = render(&[args, &["-o", &first]].concat());
        let b = render(&[args, &["-o", &second]].concat());
        assert!(a == b, "two runs of {args:?} differ");
        let info = poppler("pdfinfo", &[&first]);
        assert!(info.contains("Tagged:          yes"), "{info}");
        assert!(info.contains("Title:           "), "{info}");
        let meta = poppler("pdfinfo", &["-meta", &first]);
        assert!(meta.contains("<pdfaid:part>2</pdfaid:part>"), "no PDF/A-2 identification: {meta}");
        assert!(meta.contains("<pdfaid:conformance>A</pdfaid:conformance>"), "{meta}");
        assert!(meta.contains("<pdfuaid:part>1</pdfuaid:part>"), "no PDF/UA-1 identification");
        assert!(meta.contains("dc:language") && meta.contains("nn"), "no document language");
        let fonts = poppler("pdffonts", &[&first]);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty());
        for row in rows {
            let columns: Vec<&str> = row.split_whitespace().collect();
            let emb = columns[columns.len() - 5];
            assert_eq!(emb, "yes", "a font is not embedded: {row}");
            assert!(row.contains("Inter") || row.contains("DejaVu"), "an unexpected font: {row}");
        }
    }
}

#[test]
fn markup_in_the_data_prints_literally() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = path(dir.path(), "markup.pdf");
    render(&["status", fixture("markup-plan").to_str().expect("path"), "--year", "2026", "-o", &pdf]);
    let text = pdf_text(Path::new(&pdf));
    assert!(
        text.contains("#set page(width: 1cm) *feit* _kursiv_ $x^2$ [lenke] \\ <etikett> @ref = overskrift `kode` ~ --"),
        "{text}"
    );
    // The note wraps at "//", so its words are checked one by one.
    for word in ["#pagebreak()", "//kommentar", "/*", "ikkje", "*/"] {
        assert!(text.replace("// ", "//").contains(word), "{word}");
    }
}

#[test]
fn a_template_error_names_file_line_column_and_leaves_no_file() {
    let templates = tempfile::tempdir().expect("temp dir");
    let status =
        std::fs::read_to_string(plan_report_tests::repo_root().join("templates/status-body.typ")).expect("template");
    std::fs::write(
        templates.path().join("status-body.typ"),
        status.replacen("= #whole(l.summary)", "= #whole(l.summary)\n#nosuchfunction(1)", 1),
    )
    .expect("write");
    let out = tempfile::tempdir().expect("temp dir");
    let pdf = path(out.path(), "status.pdf");
    let output = run(&[
        "status",
        "data/hallingdal",
        "--year",
        "2021",
        "--templates",
        templates.path().to_str().expect("path"),
        "-o",
        &pdf,
    ]);
    assert_eq!(output.status.code(), Some(1));
    let line = status.lines().position(|l| l.trim() == "= #whole(l.summary)").expect("heading") + 2;
    assert_eq!(
        stderr(&output),
        format!(
            "error: {}:{line}:2: error: unknown variable: nosuchfunction\n",
            templates.path().join("status-body.typ").display()
        )
    );
    assert!(!Path::new(&pdf).exists(), "no PDF on error");
    assert_eq!(std::fs::read_dir(out.path()).expect("dir").count(), 0, "no temporary file left behind");
}

#[test]
fn an_existing_pdf_is_replaced_only_on_success() {
    let templates = tempfile::tempdir().expect("temp dir");
    std::fs::write(templates.path().join("common.typ"), "#let broken = (").expect("write");
    let out = tempfile::tempdir().expect("temp dir");
    let pdf = path(out.path(), "status.pdf");
    std::fs::write(&pdf, b"the old report").expect("write");
    let output = run(&[
        "status",
        "data/hallingdal",
        "--year",
        "2021",
        "--templates",
        templates.path().to_str().expect("path"),
        "-o",
        &pdf,
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("common.typ:1:"), "{}", stderr(&output));
    assert_eq!(std::fs::read(&pdf).expect("still there"), b"the old report");
    render(&["status", "data/hallingdal", "--year", "2021", "-o", &pdf]);
    assert!(std::fs::read(&pdf).expect("replaced").starts_with(b"%PDF-"));
}

#[test]
fn bad_output_paths_and_missing_year_are_clear_errors() {
    let output = run(&["status", "data/hallingdal", "--year", "2021", "-o", "/no/such/folder/status.pdf"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        "error: /no/such/folder/status.pdf: cannot write: the folder /no/such/folder does not exist\n"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let output = run(&["status", "data/hallingdal", "--year", "2021", "-o", dir.path().to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(1), "a folder is not a file");
    assert!(stderr(&output).contains("cannot write"), "{}", stderr(&output));
    assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 0, "no temporary file left behind");
    let output = run(&["status", "data/hallingdal", "-o", "x.pdf"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--year <YEAR>"), "{}", stderr(&output));
    let plan = copy_plan(&hallingdal());
    std::fs::remove_file(plan.path().join("sak.toml")).expect("remove");
    std::fs::remove_dir_all(plan.path().join("saker")).expect("remove");
    let output = run(&["case", plan.path().to_str().expect("path"), "-o", &path(dir.path(), "case.pdf")]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        "error: the plan folder has no case (expected case.toml or cases/NUMBER.toml, or sak.toml or saker/NUMBER.toml)\n"
    );
    let output = run(&[
        "status",
        "data/hallingdal",
        "--year",
        "2021",
        "--pdf-standard",
        "a-9",
        "-o",
        &path(dir.path(), "x.pdf"),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("unknown PDF standard \"a-9\""), "{}", stderr(&output));
}

#[test]
fn emit_typst_writes_sources_data_charts_and_fonts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output =
        run(&["status", "data/hallingdal", "--year", "2021", "--emit-typst", dir.path().to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    for file in [
        "status.typ",
        "common.typ",
        "case.typ",
        "data.json",
        "charts/folketal.svg",
        "charts/endring.svg",
        "charts/utvikling.svg",
        "charts/kostnad.svg",
        "fonts/Inter-Regular.otf",
        "fonts/OFL.txt",
        "README.txt",
    ] {
        assert!(dir.path().join(file).is_file(), "{file} was not written");
    }
    let readme = std::fs::read_to_string(dir.path().join("README.txt")).expect("readme");
    assert!(readme.contains("typst compile --ignore-system-fonts --font-path fonts --pdf-standard a-2a --pdf-standard ua-1 --creation-timestamp 1640908800 status.typ"), "{readme}");
    // The data the template reads must not drift: compare with the golden file.
    let data = std::fs::read_to_string(dir.path().join("data.json")).expect("data");
    let golden = plan_report_tests::repo_root().join("tests/golden/status-2021-data.json");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden, &data).expect("write golden");
    }
    let expected = std::fs::read_to_string(&golden).expect("golden file (UPDATE_GOLDEN=1 writes it)");
    if let Some((n, (a, b))) = data.lines().zip(expected.lines()).enumerate().find(|(_, (a, b))| a != b) {
        panic!(
            "data.json differs from {} at line {}:\n  now:    {a}\n  golden: {b}\n(UPDATE_GOLDEN=1 rewrites it)",
            golden.display(),
            n + 1
        );
    }
    assert_eq!(data.lines().count(), expected.lines().count(), "data.json has a different length than the golden file");
}
