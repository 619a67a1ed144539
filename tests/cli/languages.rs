//! Three languages: English input forms beside the Norwegian ones, the
//! plan's `language` in `plan.toml`, and `--lang` on messages.

use plan_report_tests::{copy_plan, fixture, hallingdal, normalize, pdf_text, run, stderr, stdout};

/// A programme and a status file written in English, headers and words,
/// read as the Norwegian ones are.
#[test]
fn english_headers_deadlines_and_statuses_are_read() {
    let dir = copy_plan(&fixture("minimal-plan"));
    std::fs::write(
        dir.path().join("tiltak.csv"),
        "id,focus area,theme,action,deadline,responsible,cost,note\n\
         K1,klima,avfall,Sort all waste,yearly,TR,\"1 000 000\",\n\
         K2,klima,,Plant trees,spring 2026,TR,,\n\
         K3,klima,,Count the birds,May 2026,TR,,\n\
         T1,TENESTEPRODUKSJON,,Shared digital strategy,31 March 2026,TR,,\n",
    )
    .expect("write");
    std::fs::create_dir(dir.path().join("status")).expect("mkdir");
    std::fs::write(
        dir.path().join("status/2026.csv"),
        "action,status,progress,comment,last updated\n\
         K1,in progress,40,,2026-05-01\nK2,completed,100,,\nK3,delayed,,Late spring,\nT1,not started,,,\n",
    )
    .expect("write");
    let plan = dir.path().to_str().expect("path");
    let output = run(&["show", plan]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("json");
    let actions = &json["programme"]["versions"][0]["actions"];
    let kinds: Vec<&str> = (0..4).map(|i| actions[i]["deadline"]["kind"].as_str().unwrap_or("")).collect();
    assert_eq!(kinds, ["yearly", "season", "month", "date"]);
    let statuses: Vec<&str> =
        (0..4).map(|i| json["statuses"][0]["entries"][i]["status"].as_str().unwrap_or("")).collect();
    assert_eq!(statuses, ["in_progress", "done", "delayed", "not_started"]);

    // The sentences about them are in the reader's language.
    let output = run(&["check", plan, "--year", "2026", "--lang", "en"]);
    let text = stdout(&output);
    assert!(text.contains("action K2 is due in 2026 (spring 2026), status completed"), "{text}");
    let output = run(&["check", plan, "--year", "2026", "--lang", "nb"]);
    let text = stdout(&output);
    assert!(text.contains("tiltak K2 har frist i 2026 (våren 2026), status fullført"), "{text}");
    assert!(text.contains("tiltak K3 er forfalt: frist mai 2026, status forsinket per 31. desember 2026"), "{text}");
    let output = run(&["check", plan, "--year", "2026", "--lang", "nn"]);
    let text = stdout(&output);
    assert!(
        text.contains("tiltak T1 er forfalle: frist 31. mars 2026, status ikkje starta per 31. desember 2026"),
        "{text}"
    );
    let output = run(&["check", plan, "--year", "2026", "--lang", "en"]);
    let text = stdout(&output);
    assert!(text.contains("action T1 is overdue: due 31 March 2026, status not started at 31 December 2026"), "{text}");
    assert!(text.contains("action K1 is due in 2026 (yearly), status in progress"), "{text}");
}

/// `language` in plan.toml: nn, nb or en; anything else is a located error.
#[test]
fn the_plans_language_is_checked() {
    let dir = copy_plan(&fixture("minimal-plan"));
    let toml = std::fs::read_to_string(dir.path().join("plan.toml")).expect("read");
    std::fs::write(dir.path().join("plan.toml"), toml.replace("language = \"nn\"", "language = \"sv\""))
        .expect("write");
    let output = run(&["check", dir.path().to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(1));
    let said = stdout(&output);
    assert!(
        said.contains(
            "plan.toml:10: error: malformed TOML at column 12: unknown variant `sv`, expected one of `nn`, `nb`, `en`"
        ),
        "{said}"
    );

    std::fs::write(dir.path().join("plan.toml"), toml.replace("language = \"nn\"\n", "")).expect("write");
    let output = run(&["show", dir.path().to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("json");
    assert_eq!(json["meta"]["language"], "nn", "Nynorsk when not given");
}

/// `--lang` takes nn, nb or en: anything else is a usage error (exit 2)
/// listing them; so is an unknown `PLAN_REPORT_LANG`.
#[test]
fn an_unknown_language_is_a_usage_error() {
    let output = run(&["check", "data/hallingdal", "--lang", "sv"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("[possible values: nn, nb, en]"), "{}", stderr(&output));
    let output = plan_report_tests::command().args(["check"]).env("PLAN_REPORT_LANG", "de").output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stderr(&output), "error: PLAN_REPORT_LANG=de: unknown language (expected nn, nb or en)\n");
}

/// Errors that stop a command are said in the chosen language, with the
/// same `FILE:LINE:` prefix.
#[test]
fn errors_in_three_languages() {
    let dir = copy_plan(&fixture("minimal-plan"));
    std::fs::write(
        dir.path().join("tiltak.csv"),
        "id,innsatsområde,tema,tiltak,frist,ansvar,kostnad,merknad\nK1,klima,,Sortere,snart,TR,,\n",
    )
    .expect("write");
    let plan = dir.path().to_str().expect("path");
    let file = format!("{plan}/tiltak.csv:2: ");
    for (lang, said) in [
        ("en", "error: column 'frist': cannot read deadline \"snart\" (expected a year, "),
        ("nn", "feil: kolonne «frist»: kan ikkje lese fristen «snart» (venta eit år, "),
        ("nb", "feil: kolonne «frist»: kan ikke lese fristen «snart» (ventet et år, "),
    ] {
        let output = run(&["check", plan, "--lang", lang]);
        assert_eq!(output.status.code(), Some(1));
        let text = stdout(&output);
        assert!(text.starts_with(&format!("{file}{said}")), "{lang}: {text}");
    }
}

fn render(args: &[&str]) -> (tempfile::TempDir, String) {
    let out = tempfile::tempdir().expect("temp dir");
    let pdf = out.path().join("report.pdf");
    let mut all = args.to_vec();
    all.extend(["-o", pdf.to_str().expect("path")]);
    let output = run(&all);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = normalize(&pdf_text(&pdf));
    (out, text)
}

/// The annual report of the Hallingdal plan in English: every label,
/// English numbers and dates; the plan's own texts as written.
#[test]
fn the_annual_report_in_english() {
    let plan = hallingdal();
    let (_out, text) = render(&["status", plan.to_str().expect("path"), "--year", "2022", "--lang", "en"]);
    for expected in [
        "Annual report 2022",
        "Status and revision of the action programme",
        "Plan period Plan version Plan status Reporting year Report date",
        "draft 2022 31 December 2022",
        "Contents",
        "1 Summary",
        "21,176",
        "inhabitants 1 January 2023",
        "+601 (+2.92%) since 1 January 2021",
        // Completed in 2022 itself: actions done in 2021 are not counted again.
        "6 of 25",
        "actions completed in 2022",
        "NOK 1,380,000",
        "2 Status of the actions in 2022",
        "Overdue actions",
        "in progress (30%)",
        "Change from year to year",
        "Result goals",
        "Changes to the action programme",
        "Appendix 1: Findings of the checks",
        "Appendix 3: Sources",
        "Page 2 of 19",
        // The findings of `check --year 2022`, typed as `check` types them.
        "Warning befolkning.csv, line 8",
        // The plan's texts stay as written.
        "Næringsliv og kompetanseutvikling",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    for nynorsk in ["Samandrag", "Innhald", "Forfalne tiltak", "ikkje rapportert", "Vedlegg", "innbyggjarar", "sidan"] {
        assert!(!text.contains(nynorsk), "Nynorsk {nynorsk:?} left in the English edition");
    }
}

/// A plan written in Bokmål gets its reports in Bokmål without --lang;
/// Nynorsk on request.
#[test]
fn a_bokmal_plan_reports_in_bokmal() {
    let plan = fixture("bokmal-plan");
    let (_out, text) = render(&["status", plan.to_str().expect("path"), "--year", "2024"]);
    for expected in [
        "Årsrapport 2024",
        "Innhold",
        "1 Sammendrag",
        "Denne rapporten gjør rede for status i Regionplan for Valdres 2024–2027 for 2024",
        "17 670",
        "innbyggere 1. januar 2025",
        "+33 (+0,19 %) siden 1. januar 2024",
        "tiltak fullført i 2024",
        "1 370 000 kr",
        "Status for tiltakene i 2024",
        "Forfalte tiltak",
        "forsinket",
        "Befolkning",
        "Vedlegg 1: Merknader fra kontrollen",
        "Vedlegg 2: Forkortelser",
        "Vedlegg 3: Kilder",
        "Vedtatt plan (14. mars 2024) vedtatt 2024 31. desember 2024",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    for nynorsk in ["Samandrag", "Innhald", "Forfalne", "ikkje", "innbyggjarar", "sidan", "Kjelder"] {
        assert!(!text.contains(nynorsk), "Nynorsk {nynorsk:?} in the Bokmål edition");
    }
    let (_out, text) = render(&["status", plan.to_str().expect("path"), "--year", "2024", "--lang", "nn"]);
    assert!(text.contains("1 Samandrag") && text.contains("Vedlegg 3: Kjelder"), "{text}");
}

/// The period report, the case document with its attachment and the
/// municipality reports follow the language too.
#[test]
fn the_other_reports_in_english_and_bokmal() {
    let plan = hallingdal();
    let plan = plan.to_str().expect("path");
    let (_out, text) = render(&["period", plan, "--lang", "en"]);
    for expected in [
        "Report for the plan period 2021–2024",
        "Evaluation of the action programme through the plan period",
        "The report covers",
        "The actions year by year",
        "new number 2023 (formerly INFRA-04)",
        "Completed and overdue actions",
        "Planned cost per year",
        "Revisions of the action programme",
        "the programme at the start of the plan",
        "Hallingtinget, case 34/21, 16 December 2021",
        "Appendix 3: Sources",
    ] {
        assert!(text.contains(expected), "period: missing {expected:?} in\n{text}");
    }
    assert!(!text.contains("Tiltaka år for år") && !text.contains("Vedlegg"), "{text}");

    let (_out, text) = render(&["case", plan, "--case", "34/21", "--lang", "nb"]);
    for expected in [
        "Sak 34/21",
        "Vedlegg:",
        "Innhold i vedleggene",
        "VEDLEGG 1 TIL SAK 34/21",
        "1 Sammendrag",
        "Status for tiltakene i 2021",
        "Vedlegg 3: Kilder",
    ] {
        assert!(text.contains(expected), "case: missing {expected:?} in\n{text}");
    }
    assert!(!text.contains("Samandrag") && !text.contains("Innhald"), "{text}");

    let out = tempfile::tempdir().expect("temp dir");
    let bokmal = fixture("bokmal-plan");
    let output =
        run(&["batch", "--plan", bokmal.to_str().expect("path"), "--out-dir", out.path().to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = normalize(&pdf_text(&out.path().join("3454-vang.pdf")));
    for expected in
        ["BEFOLKNING", "Kommunenummer 3454", "Gjennomsnittlig årlig vekst", "Utvikling fra år til år", "Kilde:"]
    {
        assert!(text.contains(expected), "municipality: missing {expected:?} in\n{text}");
    }
}

/// The web edition in the plan's language, or in the one asked for: the
/// page language, the frame's words and the reports' words.
#[test]
fn the_web_edition_in_bokmal_and_english() {
    let out = tempfile::tempdir().expect("temp dir");
    let site = out.path().join("nb");
    let bokmal = fixture("bokmal-plan");
    let output = run(&["site", bokmal.to_str().expect("path"), "-o", site.to_str().expect("path"), "--no-pdf"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let page = std::fs::read_to_string(site.join("arsrapport-2024.html")).expect("page");
    for expected in [
        r#"<html lang="nb">"#,
        "Hopp til innholdet",
        ">Forside</a>",
        "<h2 id=\"samandrag\">Sammendrag</h2>",
        "Status for tiltakene i 2024",
        "Vedlegg 3: Kilder",
        "laget med plan-report",
    ] {
        assert!(page.contains(expected), "missing {expected:?}");
    }
    let site = out.path().join("en");
    let hallingdal = hallingdal();
    let output = run(&[
        "site",
        hallingdal.to_str().expect("path"),
        "-o",
        site.to_str().expect("path"),
        "--no-pdf",
        "--lang",
        "en",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let index = std::fs::read_to_string(site.join("index.html")).expect("index");
    for expected in
        [r#"<html lang="en">"#, "Skip to the content", ">Front page</a>", ">The plan period</a>", "Key figures 2024"]
    {
        assert!(index.contains(expected), "index: missing {expected:?}");
    }
    // Dates in tables in the English short form, as the charts write them
    // (they were ISO: `2021-01-01`), and no ISO date in the text of any page
    // (attributes, such as a `datetime`, may hold one).
    let annual = std::fs::read_to_string(site.join("arsrapport-2021.html")).expect("annual report");
    for header in [r#"<th scope="col" class="num">1 Jan 2021</th>"#, r#"<th scope="col" class="num">1 Jan 2022</th>"#] {
        assert!(annual.contains(header), "missing {header:?}");
    }
    for name in plan_report_tests::file_names(&site).iter().filter(|n| n.ends_with(".html")) {
        let page = std::fs::read_to_string(site.join(name)).expect("page");
        let text: String = page.split('<').filter_map(|part| part.split_once('>').map(|(_, text)| text)).collect();
        let iso = text.as_bytes().windows(10).any(|w| {
            let digit = |i: usize| w[i].is_ascii_digit();
            (0..4).all(digit) && w[4] == b'-' && digit(5) && digit(6) && w[7] == b'-' && digit(8) && digit(9)
        });
        assert!(!iso, "an ISO date in {name}");
    }
    let period = std::fs::read_to_string(site.join("periode.html")).expect("period");
    assert!(period.contains("The actions year by year") && period.contains("Revisions of the action programme"));
    for nynorsk in ["Hopp til innhaldet", "Samandrag", "Tiltaka år for år"] {
        assert!(!period.contains(nynorsk), "{nynorsk:?} in the English edition");
    }
    // The plan's own texts are marked with their language (WCAG 3.1.2).
    let plan = std::fs::read_to_string(site.join("plan.html")).expect("plan");
    assert!(plan.contains(r#"<h3 id="omrade-naering" lang="nn">Næringsliv og kompetanseutvikling</h3>"#), "{plan}");
    let report = std::fs::read_to_string(site.join("arsrapport-2022.html")).expect("report");
    assert!(report.contains(r#"<h2 id="omrade-klima" lang="nn">Klima og miljø</h2>"#));
    assert!(report.contains(r#"<h3 id="omrade-klima-tiltak">Actions</h3>"#), "labels are the page's language");
}

/// The web edition's page names are in the plan's language: English names
/// for an English plan, the Bokmål spelling where it differs, and the links
/// between the pages follow them.
#[test]
fn the_web_editions_page_names_are_in_the_plans_language() {
    let out = tempfile::tempdir().expect("temp dir");
    let site = |plan: &std::path::Path, name: &str| {
        let dir = out.path().join(name);
        let output = run(&["site", plan.to_str().expect("path"), "-o", dir.to_str().expect("path"), "--no-pdf"]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        dir
    };
    let bokmal = site(&fixture("bokmal-plan"), "nb");
    assert_eq!(
        plan_report_tests::file_names(&bokmal),
        [
            ".plan-report-site",
            "arsrapport-2024.html",
            "folketall.html",
            "fonts",
            "index.html",
            "periode.html",
            "plan.html",
            "site.css"
        ]
    );
    let english_plan = copy_plan(&fixture("bokmal-plan"));
    let plan_toml = english_plan.path().join("plan.toml");
    let text = std::fs::read_to_string(&plan_toml).expect("plan.toml");
    std::fs::write(&plan_toml, text.replace("language = \"nb\"", "language = \"en\"")).expect("plan.toml");
    let english = site(english_plan.path(), "en");
    assert_eq!(
        plan_report_tests::file_names(&english),
        [
            ".plan-report-site",
            "annual-report-2024.html",
            "fonts",
            "index.html",
            "period.html",
            "plan.html",
            "population.html",
            "site.css"
        ]
    );
    let index = std::fs::read_to_string(english.join("index.html")).expect("index");
    for link in [r#"href="annual-report-2024.html""#, r#"href="period.html""#, r#"href="population.html""#] {
        assert!(index.contains(link), "{link} in {index}");
    }
    // A case's page, and its link to an attached annual report.
    let case_plan = copy_plan(&fixture("adopted-plan-other-region"));
    let plan_toml = case_plan.path().join("plan.toml");
    let text = std::fs::read_to_string(&plan_toml).expect("plan.toml");
    std::fs::write(&plan_toml, text.replace("language = \"nn\"", "language = \"en\"")).expect("plan.toml");
    let cases = site(case_plan.path(), "case");
    assert!(
        plan_report_tests::file_names(&cases).contains(&"case-12-24.html".to_string()),
        "{:?}",
        plan_report_tests::file_names(&cases)
    );
    let case = std::fs::read_to_string(cases.join("case-12-24.html")).expect("case");
    assert!(case.contains(r#"href="annual-report-2024.html""#), "{case}");
}

/// The Hallingdal report with --lang nb: Bokmål labels and words, Norwegian
/// number and date forms.
#[test]
fn the_annual_report_in_bokmal() {
    let plan = hallingdal();
    let (_out, text) = render(&["status", plan.to_str().expect("path"), "--year", "2022", "--lang", "nb"]);
    for expected in [
        "Årsrapport 2022",
        "Innhold",
        "1 Sammendrag",
        "21 176",
        "innbyggere 1. januar 2023",
        "+601 (+2,92 %) siden 1. januar 2021",
        "tiltak fullført i 2022",
        "1 380 000 kr",
        "Forfalte tiltak",
        "pågår (30 %)",
        "Endringer i handlingsprogrammet",
        "Vedlegg 3: Kilder",
        "Side 2 av 19",
        "Advarsel befolkning.csv, linje 8",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    for nynorsk in ["Samandrag", "Innhald", "Forfalne tiltak", "innbyggjarar", "sidan", "Kjelder"] {
        assert!(!text.contains(nynorsk), "Nynorsk {nynorsk:?} left in the Bokmål edition");
    }
}

/// The changes table prints each changed value from the value itself: a
/// comma in a text or a list of bodies stays a comma in English, and an
/// amount is written as the rest of the edition writes amounts.
#[test]
fn the_changes_table_prints_texts_lists_and_amounts_right_in_every_language() {
    let dir = copy_plan(&hallingdal());
    let file = dir.path().join("handlingsprogram/2023.csv");
    let text = std::fs::read_to_string(&file).expect("read").replace(
        "KLIMA-04,klima,,Få på plass ein klimakoordinator i Hallingdal,2023,RR,650 000,",
        "KLIMA-04,klima,,\"Få på plass ein klimakoordinator, og eit klimabudsjett\",2023,\"RR, kommune\",250 000,",
    );
    std::fs::write(&file, text).expect("write");
    let loaded = plan_core::PlanFolder::load(dir.path()).expect("loads");
    let cells = |language| {
        let options = plan_report::ReportOptions { year: Some(2022), language: Some(language), ..Default::default() };
        let prepared = plan_report::report::prepare(
            plan_report::Report::Annual,
            &plan_report::ReportInput::new(&loaded),
            &options,
        )
        .expect("prepares");
        let data: serde_json::Value = serde_json::to_value(&prepared.view).expect("JSON");
        let changed =
            data["changes"]["changed"].as_array().expect("changed").iter().find(|c| c["id"] == "KLIMA-04").cloned();
        let fields = changed.expect("KLIMA-04 changed")["fields"].as_array().expect("fields").clone();
        fields
            .iter()
            .map(|f| {
                format!(
                    "{} | {} | {}",
                    f["label"].as_str().unwrap_or(""),
                    f["old"].as_str().unwrap_or(""),
                    f["new"].as_str().unwrap_or("")
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        cells(plan_core::Language::En),
        [
            "cost | NOK\u{a0}650,000 | NOK\u{a0}250,000",
            "responsible | RR | RR, kommune",
            "action | Få på plass ein klimakoordinator i Hallingdal | Få på plass ein klimakoordinator, og eit klimabudsjett",
        ]
    );
    assert_eq!(
        cells(plan_core::Language::Nn),
        [
            "kostnad | 650\u{a0}000\u{a0}kr | 250\u{a0}000\u{a0}kr",
            "ansvar | RR | RR, kommune",
            "tiltak | Få på plass ein klimakoordinator i Hallingdal | Få på plass ein klimakoordinator, og eit klimabudsjett",
        ]
    );
    assert_eq!(
        cells(plan_core::Language::Nb),
        [
            "kostnad | 650\u{a0}000\u{a0}kr | 250\u{a0}000\u{a0}kr",
            "ansvar | RR | RR, kommune",
            "tiltak | Få på plass ein klimakoordinator i Hallingdal | Få på plass ein klimakoordinator, og eit klimabudsjett",
        ]
    );
}
