//! Issue 26, item 4: when the plan is a case's only attachment, the plan's
//! contents list on its cover lists the plan's headings only, not the
//! case's sections or the attachment's own title.

use plan_report_tests::{arg_path, hallingdal, pdf_lines, run, stderr};

#[test]
fn the_plans_contents_list_covers_the_plan_only() {
    let out = tempfile::tempdir().expect("temp");
    let pdf = out.path().join("case.pdf");
    let plan = hallingdal();
    // Case 9/20 has the draft plan as its only attachment.
    let result = run(&["case", arg_path(&plan), "--case", "9/20", "--lang", "en", "-o", arg_path(&pdf)]);
    assert!(result.status.success(), "{}", stderr(&result));
    let lines = pdf_lines(&pdf);
    let at = lines.iter().position(|l| l == "Contents of the plan").expect("the plan's contents");
    let entries: Vec<&str> = lines[at + 1..at + 3].iter().map(|l| l.split(" . ").next().unwrap_or("")).collect();
    assert_eq!(entries, ["1 Innleiing", "2 Bakgrunn"], "{:?}", &lines[at..at + 4]);
    let following = &lines[at + 1..(at + 40).min(lines.len())];
    assert!(!following.iter().any(|l| l.starts_with("Saksopplysning")), "{following:?}");
}

/// Issue 26, item 4: a plan with only `[statistics]` (no `befolkning.csv`)
/// as a case's attachment shows the series' counts at the latest 1 January
/// on or before the case's date — 1 January 2024 for a case of 31 December
/// 2024 — labelled as computed, with a source line; the counts of 1 January
/// 2025, which the case's cut holds (end-of-year counts), are not shown.
#[test]
fn a_plan_with_only_statistics_shows_the_counts_of_the_cases_date() {
    let plan = plan_report_tests::fixture("plan-attached-with-statistics-only");
    let text = plan_report_tests::rendered_text(&["case", arg_path(&plan), "--case", "3/24"]);
    for expected in [
        "Kommune Innbyggartal 1. januar 2024",
        "Sør-Aurdal 2 898",
        "Etnedal 1 259",
        "Nord-Aurdal 6 455",
        "Vestre Slidre 2 161",
        "Øystre Slidre 3 280",
        "Vang 1 584",
        "Valdres 17 637",
        "Tala er rekna ut frå folketalsstatistikken planen les: folketalet 1. januar 2024, den siste 1. januar fram til datoen for saka (31. desember 2024).",
        "Kjelde: folketal-ssb-07459.csv (SSB-tabell 07459)",
    ] {
        assert!(text.contains(expected), "«{expected}» in {text}");
    }
    for later in ["1. januar 2025", "2 911", "6 470", "17 670"] {
        assert!(!text.contains(later), "«{later}» is dated after the case: {text}");
    }
    let english = plan_report_tests::rendered_text(&["case", arg_path(&plan), "--case", "3/24", "--lang", "en"]);
    for expected in [
        "Municipality Population 1 January 2024",
        "Valdres 17,637",
        "Computed from the population statistics the plan reads: the population on 1 January 2024, the latest 1 January up to the case's date (31 December 2024).",
        "Source: folketal-ssb-07459.csv (SSB table 07459)",
    ] {
        assert!(english.contains(expected), "«{expected}» in {english}");
    }
    assert!(!english.contains("1 January 2025"), "{english}");
}
