//! Compiling a report world to PDF bytes, with typst's errors and warnings
//! turned into located [`ReportError`]s.

use chrono::{Datelike, NaiveDate};
use typst::diag::{Severity, SourceDiagnostic};
use typst::foundations::{Datetime, Smart};
use typst::{World, WorldExt};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use crate::error::{ReportError, TemplateDiagnostic};
use crate::templates::Templates;
use crate::world::ReportWorld;

/// Lays out the world's main file. Every typst warning (a missing font, an
/// unknown glyph) is an error: a report must compile cleanly.
///
/// # Errors
/// [`ReportError::Template`] with each diagnostic's template, line, column
/// and message.
///
/// After each compilation typst's cached results unused for `cache_age`
/// compilations are evicted ([`crate::ReportOptions::cache_age`]).
pub fn layout(world: &ReportWorld, templates: &Templates, cache_age: usize) -> Result<PagedDocument, ReportError> {
    let warned = typst::compile::<PagedDocument>(world);
    let result = match warned.output {
        Ok(document) if warned.warnings.is_empty() => Ok(document),
        Ok(_) => Err(diagnostics(world, templates, &warned.warnings)),
        Err(errors) => {
            let mut all: Vec<SourceDiagnostic> = errors.into_iter().collect();
            all.extend(warned.warnings.iter().cloned());
            Err(diagnostics(world, templates, &all))
        }
    };
    typst::comemo::evict(cache_age);
    result
}

/// Exports a laid-out document to PDF bytes.
///
/// The document id is derived from `ident` and the creation date is `date`,
/// so the same input gives the same bytes on any machine.
///
/// # Errors
/// [`ReportError::Pdf`] when the document does not meet a chosen standard.
pub fn pdf(
    world: &ReportWorld,
    templates: &Templates,
    document: &PagedDocument,
    ident: &str,
    date: NaiveDate,
    standards: &[PdfStandard],
) -> Result<Vec<u8>, ReportError> {
    let standards = PdfStandards::new(standards).map_err(|e| ReportError::Pdf { message: e.message().to_string() })?;
    let timestamp =
        Datetime::from_ymd_hms(date.year(), date.month() as u8, date.day() as u8, 0, 0, 0).map(Timestamp::new_utc);
    let options = PdfOptions {
        ident: Smart::Custom(ident.to_string()),
        creator: Smart::Custom(Some(format!("plan-report {}", env!("CARGO_PKG_VERSION")))),
        timestamp,
        standards,
        tagged: true,
        ..PdfOptions::default()
    };
    typst_pdf::pdf(document, &options).map_err(|errors| {
        let all: Vec<SourceDiagnostic> = errors.into_iter().collect();
        diagnostics(world, templates, &all)
    })
}

fn diagnostics(world: &ReportWorld, templates: &Templates, list: &[SourceDiagnostic]) -> ReportError {
    let diagnostics = list
        .iter()
        .map(|d| {
            let (file, line, column) = locate(world, templates, d);
            let mut message = d.message.to_string();
            for hint in &d.hints {
                message.push_str(&format!(" (hint: {})", hint.v));
            }
            TemplateDiagnostic { file, line, column, warning: d.severity == Severity::Warning, message }
        })
        .collect();
    ReportError::Template { diagnostics }
}

/// The template, line and column of a diagnostic, following the trace back
/// to a template when the error is inside typst's own functions.
fn locate(world: &ReportWorld, templates: &Templates, d: &SourceDiagnostic) -> (String, Option<usize>, Option<usize>) {
    let spans = std::iter::once(d.span).chain(d.trace.iter().map(|t| t.span.into()));
    for span in spans {
        let Some(id) = span.id() else { continue };
        let Ok(source) = world.source(id) else { continue };
        let name = ReportWorld::path_of(id);
        if let Some(range) = world.range(span)
            && let Some((line, column)) = source.lines().byte_to_line_column(range.start)
        {
            return (templates.origin(&name), Some(line + 1), Some(column + 1));
        }
        return (templates.origin(&name), None, None);
    }
    ("typst".to_string(), None, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn world(status: &str) -> (ReportWorld, Templates, tempfile::TempDir) {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("status.typ"), status).expect("write");
        let templates = Templates::with_overrides(dir.path()).expect("templates");
        let data = br#"{"title": "Tittel # $ * _ [ ] \\ < > @ =", "text": "verda"}"#.to_vec();
        let date = NaiveDate::from_ymd_opt(2021, 12, 31).expect("date");
        (ReportWorld::new(&templates, "status.typ", &[("data.json".into(), data)], date), templates, dir)
    }

    #[test]
    fn compiles_to_archival_pdf() {
        let (world, templates, dir) = world(
            "#let data = json(\"data.json\")\n#set document(title: data.title)\n#set text(font: \"Inter\", lang: \"nn\")\n= #data.title\nHei #data.text\n",
        );
        let document = layout(&world, &templates, 4).expect("compiles");
        drop(dir);
        let date = NaiveDate::from_ymd_opt(2021, 12, 31).expect("date");
        let bytes =
            pdf(&world, &templates, &document, "test", date, &[PdfStandard::A_2a, PdfStandard::Ua_1]).expect("pdf");
        assert!(bytes.starts_with(b"%PDF-"));
        let again = pdf(
            &world,
            &templates,
            &layout(&world, &templates, 4).expect("compiles"),
            "test",
            date,
            &[PdfStandard::A_2a, PdfStandard::Ua_1],
        )
        .expect("pdf");
        assert_eq!(bytes, again, "deterministic");
    }

    #[test]
    fn template_errors_are_located() {
        let (world, templates, dir) = world("#let data = json(\"data.json\")\n\n#nothing\n");
        let err = layout(&world, &templates, 4).expect_err("an error");
        assert_eq!(
            err.to_string(),
            format!("{}: error: unknown variable: nothing", dir.path().join("status.typ:3:2").display())
        );
    }

    #[test]
    fn missing_fonts_are_errors() {
        let (world, templates, dir) = world("#set text(font: \"Comic Sans MS\")\nHei\n");
        let err = layout(&world, &templates, 4).expect_err("a font warning");
        assert!(err.to_string().contains("warning (treated as an error): unknown font family: comic sans ms"), "{err}");
        drop(dir);
    }
}
