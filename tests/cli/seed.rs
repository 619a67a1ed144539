//! The bundled Hallingdal plan against what the seed document says: counts
//! and a sample of exact texts, written out here from the draft of
//! 21 October 2020 and case 9/20.

use plan_core::{PlanFolder, Severity};
use plan_report_tests::{copy_plan, fixture, hallingdal};

fn plan() -> PlanFolder {
    PlanFolder::load(hallingdal()).expect("the bundled plan loads").value
}

#[test]
fn has_every_part_of_the_draft() {
    let plan = plan();
    assert_eq!(plan.plan.meta.region.municipalities.len(), 6);
    let names: Vec<&str> = plan.plan.meta.region.municipalities.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["Flå", "Nesbyen", "Gol", "Hemsedal", "Ål", "Hol"]);
    assert_eq!((plan.plan.meta.period.first, plan.plan.meta.period.last), (2021, 2024));
    assert_eq!(plan.plan.meta.version.date.to_string(), "2020-10-21");
    assert_eq!(plan.plan.focus_areas.len(), 5);
    assert_eq!(plan.plan.focus_areas.iter().map(|f| f.themes.len()).sum::<usize>(), 16);
    assert_eq!(plan.plan.focus_areas.iter().map(|f| f.result_goals.len()).sum::<usize>(), 27);
    assert_eq!(plan.programme.versions[0].actions.len(), 26);
    assert_eq!(
        plan.plan.values.iter().map(|v| v.name.as_str()).collect::<Vec<_>>(),
        ["LEIKEN", "EKTA", "FRI", "FRISK"]
    );
    assert_eq!(plan.plan.opportunities.len(), 11);
    assert!(plan.plan.sustainability_goals.goals.is_empty() && plan.plan.sustainability_goals.missing);
    let per_area: Vec<usize> =
        plan.plan.focus_areas.iter().map(|f| plan.programme.versions[0].actions_in(&f.id).count()).collect();
    assert_eq!(per_area, [4, 4, 8, 6, 4]);
    assert_eq!(plan.programme.versions[0].total_cost().get(), 1_060_000);
    let measurable: Vec<&str> = plan
        .plan
        .focus_areas
        .iter()
        .flat_map(|f| &f.result_goals)
        .filter(|g| g.indicator.is_some())
        .map(|g| g.id.as_str())
        .collect();
    assert_eq!(measurable, ["klima-1", "attraktivitet-2"]);
}

#[test]
fn keeps_the_drafts_texts_exactly() {
    let plan = plan();
    assert!(plan.plan.texts.introduction.text.starts_with(
        "Hallingdal har hatt eit formelt interkommunalt samarbeid sidan 1952 og fekk sin første regionplan i 1973, som fyrste region i landet."
    ));
    assert_eq!(plan.plan.texts.background.paragraphs().count(), 2);
    assert_eq!(
        plan.plan.overarching_goal.statement,
        "Hallingdal er ein meir attraktiv, framtidsretta og produktiv region, der alle har mogelegheit til å leva eit godt liv, som innbyggjar, hyttehalling og besøkande."
    );
    assert_eq!(
        plan.plan.values[3].text,
        "Hallingdal skal vera ein godt region å bu og koma på besøk til, ein attraktiv å arbeide og me skal vera livskraftige og vital i vårt arbeid for å oppnå dette."
    );
    let infra = plan.plan.focus_area("infrastruktur").expect("infrastruktur");
    assert_eq!(infra.name_variants, ["KOMMUNIKASJON OG INFRASTRUKTUR"]);
    assert_eq!(plan.plan.focus_area("teneste").expect("teneste").name_variants, ["TENESTEPRODUKSJON"]);
    assert_eq!(infra.result_goals[1].text, "Ringeriksbanen er påstarta");
    let klima = plan.plan.focus_area("klima").expect("klima");
    assert_eq!(klima.result_goals[0].text, "Dei totale klimautsleppa er redusert med 15%?");
}

#[test]
fn keeps_every_action_as_written() {
    let plan = plan();
    let first = &plan.programme.versions[0].actions[0];
    assert_eq!(
        first.text,
        "Utvikle Tråkk`n Roll, og sykkelsatsinga i regionen for å skape fleire heilårs arbeidsplassar"
    );
    assert_eq!(first.responsible, ["RR", "Næringa"]);
    assert!(first.deadline.is_recurring());
    let coordinator = plan.programme.versions[0].actions.iter().find(|a| a.id == "KLIMA-04").expect("KLIMA-04");
    assert_eq!(coordinator.text, "Få på plass ein klimakoordinator i Hallingdal");
    assert_eq!(coordinator.cost.map(plan_core::Kroner::get), Some(500_000));
    assert_eq!(coordinator.deadline.to_string(), "2022");
    let cabin = plan.programme.versions[0].actions.iter().find(|a| a.id == "ATTR-04").expect("ATTR-04");
    assert_eq!((cabin.text.as_str(), cabin.note.as_str()), ("Hyttehallingen – Eige prosjekt", "Covid 19 midlar"));
    let rail = plan.programme.versions[0].actions.iter().find(|a| a.id == "INFRA-01").expect("INFRA-01");
    assert_eq!(rail.deadline.to_string(), "mai 2021");
    assert_eq!(rail.note, "Saman med FNB");
    let texts: Vec<&str> = plan.programme.versions[0].actions.iter().map(|a| a.text.as_str()).collect();
    assert!(texts.contains(&"Arbeide for utvikling av Rv7 og Rv52 i tråd med NTP 2018 - 2029"));
    assert!(texts.contains(&"Kartlegge kva tenester som bør samarbeide tettare"));
}

#[test]
fn has_the_population_table_with_its_stated_total() {
    let plan = plan();
    let table = &plan.population;
    assert_eq!(table.observations.len(), 18);
    assert_eq!(
        table.dates().iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["2017-01-01", "2020-01-01", "2020-10-01"]
    );
    let stated: Vec<u64> = table.stated_totals.iter().map(|t| t.count).collect();
    assert_eq!(stated, [20467, 20566, 20746]);
    assert_eq!(table.count(&"3042".parse().expect("code"), chrono_date(2017, 1, 1)), Some(2442));
    assert_eq!(table.areas.iter().map(|a| a.km2).sum::<f64>() as i64, 5830);
}

#[test]
fn has_the_case_document() {
    let folder = plan();
    let case = folder.case(Some("9/20")).expect("sak.toml");
    assert_eq!(case.number, "9/20");
    assert_eq!(case.title, "Strategisk plan – Status så langt og oppstart på handlingsdelen");
    assert_eq!(case.decision.points.len(), 2);
    assert!(case.decision.points[1].starts_with("Ordførarar og rådmenn inviterer dagleg leiar til sin kommune"));
    assert_eq!((case.signer.name.as_str(), case.signer.role.as_str()), ("Jan Olav Helling", "Dagleg leiar"));
    assert_eq!(case.date.to_string(), "2020-10-18");
    assert_eq!(case.attachments, [plan_core::case::Attachment::Title("Utkast til Strategisk plan".into())]);
    assert!(case.file.ends_with("sak.toml"));
}

#[test]
fn a_windows_1252_semicolon_copy_loads_to_the_same_plan() {
    let dir = copy_plan(&hallingdal());
    let bytes = std::fs::read(fixture("tiltak-windows1252-semicolon.csv")).expect("fixture");
    assert!(std::str::from_utf8(&bytes).is_err(), "the fixture really is Windows-1252");
    std::fs::write(dir.path().join("tiltak.csv"), bytes).expect("write");
    let copy = PlanFolder::load(dir.path()).expect("the copy loads").value;
    let original = plan();
    assert_eq!(copy.programme.versions[0].actions.len(), original.programme.versions[0].actions.len());
    for (a, b) in copy.programme.versions[0].actions.iter().zip(&original.programme.versions[0].actions) {
        assert_eq!(
            (&a.id, &a.text, &a.deadline, &a.responsible, &a.cost, &a.note),
            (&b.id, &b.text, &b.deadline, &b.responsible, &b.cost, &b.note)
        );
    }
}

#[test]
fn only_warnings_for_the_draft() {
    let loaded = PlanFolder::load(hallingdal()).expect("loads");
    assert!(loaded.diagnostics.iter().all(|d| d.severity == Severity::Warning));
    assert_eq!(loaded.diagnostics.len(), 12);
}

fn chrono_date(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).expect("valid")
}
