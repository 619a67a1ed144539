//! A second region's plan (`tests/fixtures/adopted-plan-other-region`):
//! another region, an adopted plan, population from SSB-shaped downloads
//! under `[statistics]`, a measurable goal with values in `indikatorar.csv`,
//! the action programme as `tiltak.xlsx`. Its reports carry no word of the
//! Hallingdal draft and no draft wording, and their figures are right.

use plan_core::PlanFolder;
use plan_report_tests::{fixture, pdf_text, rendered_text, run, stderr, stdout};

const DIR: &str = "tests/fixtures/adopted-plan-other-region";

/// No name of the Hallingdal draft, and no draft wording in an adopted plan's report.
fn assert_nothing_of_the_draft(text: &str) {
    for word in ["Halling", "halling", "Utkast", "utkast", "før planen vert vedteken", "endstate", "Flå", "Hemsedal"]
    {
        assert!(!text.contains(word), "an adopted plan of another region says {word:?}: {text}");
    }
}

#[test]
fn it_loads_from_excel_and_ssb_downloads() {
    let loaded = PlanFolder::load(fixture("adopted-plan-other-region")).expect("loads");
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let folder = loaded.value;
    let programme = folder.programme_for(2024).expect("2024");
    assert!(programme.file.ends_with("tiltak.xlsx"));
    let ids: Vec<&str> = programme.actions.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["REIS-01", "REIS-02", "FOLK-01", "FOLK-02"]);
    assert_eq!(programme.action("REIS-02").map(|a| a.focus_area.as_str()), Some("reiseliv"), "matched by name");
    assert_eq!(programme.total_cost().get(), 1_370_000);
    let output = run(&["population", DIR, "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("json");
    assert_eq!(json["region"]["name"], "Valdres");
    assert_eq!((json["region"]["from"].as_u64(), json["region"]["to"].as_u64()), (Some(17_588), Some(17_670)));
}

#[test]
fn its_status_report_has_its_own_words_and_right_figures() {
    let text = rendered_text(&["status", DIR, "--year", "2024"]);
    assert_nothing_of_the_draft(&text);
    for expected in [
        "Årsrapport 2024",
        "Regionplan for Valdres 2024–2027",
        "Valdres natur- og kulturpark",
        "Vedteken plan",
        // The region is the sum of its municipalities: 1 January 2024 → 1 January 2025.
        "17 670 1 av 4 4 innbyggjarar 1. januar 2025",
        "+33 (+0,19 %) sidan 1. januar 2024",
        // A non-population indicator at the report date, decimals kept.
        "88 (31. desember 2023) 91,5 (31. desember 2024) 96,8 (31. desember 2027)",
        // The findings of `check --year 2024` (issue 20): none of the plan's own.
        "tiltak FOLK-02 har ingen status for 2024 (venta ei rad: ikkje rapportert)",
        // The sources appendix names the files actually read, relative to the folder.
        "Fil Innhald plan.toml Planen",
        " tiltak.xlsx Handlingsprogrammet frå 2024: 4 tiltak",
        " status/2024.csv Status for 2024: 3 rader",
        // The values known at the report date: the one of 31.12.2025 is not.
        " indikatorar.csv Målte verdiar for resultatmåla: 2 verdiar",
    ] {
        assert!(text.contains(expected), "the report lacks {expected:?}: {text}");
    }
    assert!(!text.contains("tiltak.csv"), "{text}");
    assert!(!text.contains("adopted-plan-other-region"), "no path in the report: {text}");
}

#[test]
fn its_case_and_period_reports_have_its_own_words() {
    let case = rendered_text(&["case", DIR]);
    assert_nothing_of_the_draft(&case);
    for expected in
        ["Sak 12/24 Årsrapport for regionplanen 2024", "VEDLEGG 1 TIL SAK 12/24", "Fagernes, 19. desember 2024"]
    {
        assert!(case.contains(expected), "the case lacks {expected:?}: {case}");
    }
    // Attached to a case of 19 December, the report shows no value dated 31 December.
    assert!(!case.contains("91,5"), "{case}");
    let period = rendered_text(&["period", DIR]);
    assert_nothing_of_the_draft(&period);
    assert!(period.contains("Rapport for planperioden 2024"), "{period}");
    assert!(period.contains("Kontrollen av plandata fann desse merknadene."), "{period}");
}

#[test]
fn a_code_that_belongs_to_another_municipality_is_an_error_naming_both() {
    let dir = plan_report_tests::copy_plan(&fixture("adopted-plan-other-region"));
    let plan = dir.path().join("plan.toml");
    let text = std::fs::read_to_string(&plan).expect("plan");
    std::fs::write(
        &plan,
        text.replace(r#"{ code = "3450", name = "Etnedal" }"#, r#"{ code = "3450", name = "Vang" }"#),
    )
    .expect("write");
    let output = run(&["check", dir.path().to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(1));
    let prefix = format!("{}/", dir.path().display());
    // Vang is the name of 3454 on 1 January 2024: an error, once (not again as a
    // disagreement with the population data).
    assert_eq!(
        stdout(&output).replace(&prefix, "PLAN/").trim(),
        "PLAN/plan.toml:24: error: field 'meta.region.municipalities[1]': municipality 3450 is Etnedal on 1 January 2024, not Vang: Vang is 3454 (expected the code 3454 for Vang, or the name Etnedal)"
    );
    // Names are compared folded, and any name the code has had counts (Nes/Nesbyen in the bundled plan).
    std::fs::write(&plan, text.replace(r#"name = "Etnedal""#, r#"name = "ETNEDAL""#)).expect("write");
    assert_eq!(stdout(&run(&["check", dir.path().to_str().expect("path")])), "");
    let bundled = stdout(&run(&["check", "data/hallingdal"]));
    assert!(!bundled.contains("in the population data"), "{bundled}");
    assert!(!bundled.contains("meta.region"), "{bundled}");
}

#[test]
fn a_name_the_population_data_disagrees_with_stays_a_warning() {
    // The name is the code's by SSB's list, but the table gives the code another name.
    let dir = plan_report_tests::copy_plan(&fixture("adopted-plan-other-region"));
    let table = dir.path().join("folketal-ssb-07459.csv");
    // The SSB download is Latin-1: replace the name's bytes.
    let bytes = std::fs::read(&table).expect("table");
    let (from, to) = (b"3450 Etnedal\"".as_slice(), b"3450 Etnedalen\"".as_slice());
    let at = bytes.windows(from.len()).position(|w| w == from).expect("the table names Etnedal");
    let mut changed = bytes[..at].to_vec();
    changed.extend_from_slice(to);
    let mut rest = &bytes[at + from.len()..];
    while let Some(next) = rest.windows(from.len()).position(|w| w == from) {
        changed.extend_from_slice(&rest[..next]);
        changed.extend_from_slice(to);
        rest = &rest[next + from.len()..];
    }
    changed.extend_from_slice(rest);
    std::fs::write(&table, changed).expect("write");
    let output = run(&["check", dir.path().to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(0));
    let prefix = format!("{}/", dir.path().display());
    assert_eq!(
        stdout(&output).replace(&prefix, "PLAN/").trim(),
        "PLAN/plan.toml:24: warning: field 'meta.region.municipalities[1]': municipality 3450 is \"Etnedal\" in plan.toml but \"Etnedalen\" in the population data (folketal-ssb-07459.csv (SSB, table 07459)): the figures under 3450 are Etnedalen's (expected the code of Etnedal, or its name)"
    );
}

#[test]
fn the_sources_appendix_gives_each_population_file_its_own_dates() {
    let dir = plan_report_tests::copy_plan(&plan_report_tests::hallingdal());
    let text = rendered_text(&["status", dir.path().to_str().expect("path"), "--year", "2021"]);
    for expected in [
        "befolkning.csv Folketalstabellen i planen: 3 datoar frå 1. januar 2017 til 1. oktober 2020, 18 tal",
        // What the file holds known at the report's date (31.12.2021): counts up to 1 January 2022.
        "folketal-ssb-07459-2015-2024.csv Folketal per kommune: 8 datoar frå 1. januar 2015 til 1. januar 2022, 48 tal",
    ] {
        assert!(text.contains(expected), "the sources lack {expected:?}: {text}");
    }
    let text = rendered_text(&["status", DIR, "--year", "2024"]);
    assert!(text.contains("Kjelde: folketal-ssb-07459.csv (SSB-tabell 07459)"), "{text}");
    assert!(!text.contains("table 07459"), "{text}");
}

/// Issue 26: the population table leaves the *Per km²* column out when no
/// municipality's area is known (the other region has none), in the PDF and
/// the web page; the bundled plan, with areas, keeps it.
#[test]
fn the_per_km2_column_is_left_out_when_no_area_is_known() {
    let out = tempfile::tempdir().expect("temp");
    let pdf = |plan: &std::path::Path, year: &str, name: &str| {
        let path = out.path().join(name);
        let result = run(&[
            "status",
            plan.to_str().expect("path"),
            "--year",
            year,
            "--lang",
            "en",
            "-o",
            path.to_str().expect("path"),
        ]);
        assert!(result.status.success(), "{}", stderr(&result));
        pdf_text(&path)
    };
    let other = pdf(&fixture("adopted-plan-other-region"), "2025", "other.pdf");
    assert!(other.contains(" Share Rank ") && !other.contains("Per km"), "{other}");
    let hallingdal = pdf(&plan_report_tests::hallingdal(), "2022", "hallingdal.pdf");
    assert!(hallingdal.contains("Per km²"), "{hallingdal}");
    let site = out.path().join("site");
    let result = run(&[
        "site",
        fixture("adopted-plan-other-region").to_str().expect("path"),
        "--lang",
        "en",
        "-o",
        site.to_str().expect("path"),
    ]);
    assert!(result.status.success(), "{}", stderr(&result));
    for entry in std::fs::read_dir(&site).expect("site") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "html") {
            let html = std::fs::read_to_string(&path).expect("page");
            assert!(!html.contains("Per km"), "{}", path.display());
        }
    }
}

/// Issue 26: a goal's chart follows its own box (they are kept together),
/// so it never sits under the box of the goal before it.
#[test]
fn a_goals_chart_follows_its_own_box() {
    let out = tempfile::tempdir().expect("temp");
    let path = out.path().join("r.pdf");
    let plan = fixture("adopted-plan-other-region");
    let result = run(&[
        "status",
        plan.to_str().expect("path"),
        "--year",
        "2025",
        "--lang",
        "en",
        "-o",
        path.to_str().expect("path"),
    ]);
    assert!(result.status.success(), "{}", stderr(&result));
    let text = pdf_text(&path);
    for (box_text, caption) in [
        ("on track: Talet på gjestedøgn", "Gjestedøgn utanom høgsesongen: measured values"),
        ("reached: Folketalet er minst", "Folketal i Valdres: measured values"),
    ] {
        let (b, c) = (text.find(box_text).expect("the box"), text.find(caption).expect("the caption"));
        assert!(b < c, "{box_text} comes before its chart's caption");
    }
    let first_caption = text.find("Gjestedøgn utanom høgsesongen: measured values").expect("caption");
    let second_box = text.find("reached: Folketalet er minst").expect("box");
    assert!(first_caption < second_box, "the first goal's chart comes before the second goal's box");
}

/// Issue 26: the plan names the UN goals with their official short names in
/// the edition's language, not as a bare "Mål 13" (the plan page of the web
/// edition, which shows the plan as its case attachment does).
#[test]
fn the_un_goals_have_their_names_in_each_language() {
    let out = tempfile::tempdir().expect("temp");
    let plan = fixture("adopted-plan-other-region");
    for (lang, expected) in [
        ("nn", ["Mål 8: Anstendig arbeid og økonomisk vekst", "Mål 13: Stoppe klimaendringane"]),
        ("nb", ["Mål 8: Anstendig arbeid og økonomisk vekst", "Mål 13: Stoppe klimaendringene"]),
        ("en", ["Goal 8: Decent work and economic growth", "Goal 13: Climate action"]),
    ] {
        let site = out.path().join(format!("site-{lang}"));
        let args =
            ["site", plan.to_str().expect("path"), "--lang", lang, "--no-pdf", "-o", site.to_str().expect("path")];
        let result = run(&args);
        assert!(result.status.success(), "{}", stderr(&result));
        let page = std::fs::read_to_string(site.join("plan.html")).expect("the plan page");
        for name in expected {
            assert!(page.contains(name), "{lang}: {name}");
        }
    }
}
