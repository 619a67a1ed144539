//! clap's own words in the user's language (issue 23): the help's
//! headings, placeholders, possible values and defaults, and what the
//! command line refuses, in Nynorsk, Bokmål and English; refusals on
//! standard error with exit code 2.

use plan_report_tests::{run, stderr, stdout};

/// Runs the binary with `--lang LANGUAGE` and `args`; expects a refusal
/// (exit code 2, nothing on standard output) and gives its standard error.
fn refused(language: &str, args: &[&str]) -> String {
    let mut all = vec!["--lang", language];
    all.extend_from_slice(args);
    let output = run(&all);
    assert_eq!(output.status.code(), Some(2), "{all:?}: {}", stderr(&output));
    assert_eq!(stdout(&output), "", "{all:?}");
    stderr(&output)
}

#[test]
fn an_unknown_flag_is_refused_in_the_users_language() {
    assert_eq!(
        refused("nn", &["check", "--yea", "2024"]),
        "feil: uventa argument «--yea»\n\n  tips: eit liknande argument finst: «--year»\n\n\
         Bruk: plan-report check [VAL] [PLANMAPPE]\n\nSjå «--help» for meir.\n"
    );
    assert_eq!(
        refused("nb", &["check", "--yea", "2024"]),
        "feil: uventet argument «--yea»\n\n  tips: et lignende argument finnes: «--year»\n\n\
         Bruk: plan-report check [VALG] [PLANMAPPE]\n\nSe «--help» for mer.\n"
    );
    assert_eq!(
        refused("en", &["check", "--yea", "2024"]),
        "error: unexpected argument '--yea' found\n\n  tip: a similar argument exists: '--year'\n\n\
         Usage: plan-report check [OPTIONS] [PLAN_DIR]\n\nFor more information, try '--help'.\n"
    );
    // Nothing like it: how to pass it as a value instead.
    assert_eq!(
        refused("nb", &["check", "--foo"]),
        "feil: uventet argument «--foo»\n\n  tips: for å gi «--foo» som verdi, skriv «-- --foo»\n\n\
         Bruk: plan-report check [VALG] [PLANMAPPE]\n\nSe «--help» for mer.\n"
    );
}

#[test]
fn an_invalid_format_is_refused_with_the_possible_values() {
    assert_eq!(
        refused("nn", &["diff", "a.csv", "b.csv", "--format", "tabel"]),
        "feil: ugyldig verdi «tabel» for «--format <FORMAT>»\n  [moglege verdiar: table, json]\n\n\
         \x20 tips: ein liknande verdi finst: «table»\n\nSjå «--help» for meir.\n"
    );
    assert_eq!(
        refused("nb", &["diff", "a.csv", "b.csv", "--format", "x"]),
        "feil: ugyldig verdi «x» for «--format <FORMAT>»\n  [mulige verdier: table, json]\n\nSe «--help» for mer.\n"
    );
    assert_eq!(
        refused("en", &["diff", "a.csv", "b.csv", "--format", "x"]),
        "error: invalid value 'x' for '--format <FORMAT>'\n  [possible values: table, json]\n\n\
         For more information, try '--help'.\n"
    );
}

#[test]
fn a_missing_required_argument_is_named_with_its_placeholder() {
    assert_eq!(
        refused("nn", &["status-template"]),
        "feil: dette argumentet må vere med, men manglar:\n  --year <ÅR>\n\n\
         Bruk: plan-report status-template [VAL] --year <ÅR> [PLANMAPPE]\n\nSjå «--help» for meir.\n"
    );
    assert_eq!(
        refused("nb", &["status-template"]),
        "feil: dette argumentet må være med, men mangler:\n  --year <ÅR>\n\n\
         Bruk: plan-report status-template [VALG] --year <ÅR> [PLANMAPPE]\n\nSe «--help» for mer.\n"
    );
    assert_eq!(
        refused("en", &["status-template"]),
        "error: the following required argument was not provided:\n  --year <YEAR>\n\n\
         Usage: plan-report status-template [OPTIONS] --year <YEAR> [PLAN_DIR]\n\n\
         For more information, try '--help'.\n"
    );
    assert_eq!(
        refused("nb", &["revise", "--year", "2025"]),
        "feil: disse argumentene må være med, men mangler:\n  --proposal <FIL>\n  --adopted <DATO>\n  --case <SAK>\n\n\
         Bruk: plan-report revise [VALG] --proposal <FIL> --adopted <DATO> --case <SAK> --year <ÅR> [PLANMAPPE]\n\n\
         Se «--help» for mer.\n"
    );
}

#[test]
fn a_value_that_is_no_number_and_an_unknown_command_are_refused_in_the_users_language() {
    assert_eq!(
        refused("nb", &["check", "--year", "i fjor"]),
        "feil: ugyldig verdi «i fjor» for «--year <ÅR>»: ventet et heltall\n\nSe «--help» for mer.\n"
    );
    assert_eq!(
        refused("nn", &["chek"]),
        "feil: ukjend kommando «chek»\n\n  tips: nokre liknande kommandoar finst: «schema», «check»\n\n\
         Bruk: plan-report [VAL] <KOMMANDO>\n\nSjå «--help» for meir.\n"
    );
}

/// The whole help of a command in Bokmål has no word of clap's English.
#[test]
fn the_help_of_a_command_in_bokmal_has_no_english_word_of_claps() {
    for flag in ["--help", "-h"] {
        let output = run(&["--lang", "nb", "status-template", flag]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let help = stdout(&output);
        for english in [
            "Usage",
            "Options",
            "OPTIONS",
            "Arguments",
            "Possible values",
            "possible values",
            "default",
            "FILE",
            "YEAR",
            "PLAN_DIR",
            "Print",
        ] {
            assert!(!help.contains(english), "{english:?} in {flag}:\n{help}");
        }
        assert!(help.contains("Bruk: plan-report status-template [VALG] --year <ÅR> [PLANMAPPE]\n"), "{help}");
        assert!(help.contains("-o, --output <FIL>"), "{help}");
    }
    let long = stdout(&run(&["--lang", "nb", "status-template", "--help"]));
    assert!(
        long.contains(
            "          Mulige verdier:\n          - csv:  UTF-8 med byte-order mark (BOM) og `;` mellom feltene\n          \
             - xlsx: En Excel-arbeidsbok\n          \n          [standard: csv]\n"
        ),
        "{long}"
    );
    let short = stdout(&run(&["--lang", "nb", "status-template", "-h"]));
    assert!(short.contains("[standard: csv] [mulige verdier: csv, xlsx]\n"), "{short}");
}

/// English keeps clap's words as clap writes them.
#[test]
fn the_english_help_reads_as_claps() {
    let help = stdout(&run(&["--lang", "en", "status-template", "--help"]));
    for words in [
        "Usage: plan-report status-template [OPTIONS] --year <YEAR> [PLAN_DIR]\n",
        "  -o, --output <FILE>\n",
        "          Possible values:\n          - csv:  UTF-8 with a byte-order mark and `;` between fields\n",
        "          [default: csv]\n",
    ] {
        assert!(help.contains(words), "{words:?} in\n{help}");
    }
}
