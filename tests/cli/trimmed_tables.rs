//! Issue 26, item 3: an action table leaves out its cost column when no
//! action in it has a cost, and its note column when none has a note or a
//! comment, in the PDF and on the web page; the view keeps every field.

use plan_report_tests::{arg_path, fixture, pdf_lines, run, stderr};

/// The minimal plan: focus area `klima` has a costed action without a note,
/// `TENESTEPRODUKSJON` one action with neither.
#[test]
fn action_tables_leave_out_empty_cost_and_note_columns() {
    let out = tempfile::tempdir().expect("temp");
    let plan = fixture("minimal-plan");
    let pdf = out.path().join("status.pdf");
    let result = run(&["status", arg_path(&plan), "--year", "2026", "--lang", "en", "-o", arg_path(&pdf)]);
    assert!(result.status.success(), "{}", stderr(&result));
    let headers: Vec<String> = pdf_lines(&pdf).into_iter().filter(|l| l.starts_with("Action Deadline")).collect();
    assert_eq!(headers, ["Action Deadline Responsible Status Cost", "Action Deadline Responsible Status"]);

    let site = out.path().join("site");
    let result = run(&["site", arg_path(&plan), "--lang", "en", "--no-pdf", "-o", arg_path(&site)]);
    assert!(result.status.success(), "{}", stderr(&result));
    let page = std::fs::read_to_string(site.join("plan.html")).expect("the plan page");
    let heads: Vec<&str> = page
        .split("<thead><tr>")
        .skip(1)
        .map(|t| t.split("</tr></thead>").next().unwrap_or(""))
        .filter(|t| t.contains(">Action<"))
        .collect();
    assert_eq!(heads.len(), 2, "{page}");
    assert!(heads[0].ends_with("<th scope=\"col\" class=\"num\">Cost</th>"), "{}", heads[0]);
    assert!(heads[1].ends_with("<th scope=\"col\">Responsible</th>"), "{}", heads[1]);
    assert!(page.contains("<td class=\"num\">NOK\u{a0}1,000,000</td>"), "{page}");
}

/// Issue 26, item 3: a report made in the plan folder itself (`.`) names
/// its population file as the folder has it, with no `./` before it.
#[test]
fn a_source_line_names_the_file_without_a_lone_dot() {
    let out = tempfile::tempdir().expect("temp");
    let pdf = out.path().join("status.pdf");
    let result = plan_report_tests::command()
        .current_dir(fixture("adopted-plan-other-region"))
        .args(["status", ".", "--year", "2024", "--lang", "en", "-o", arg_path(&pdf)])
        .output()
        .expect("runs");
    assert!(result.status.success(), "{}", stderr(&result));
    let text = plan_report_tests::pdf_text(&pdf);
    assert!(text.contains("Source: folketal-ssb-07459.csv (SSB table 07459)"), "{text}");
    assert!(!text.contains("./"), "{text}");
}
