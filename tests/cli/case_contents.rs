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
