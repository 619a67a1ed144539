//! The words of one edition of a report: its language, the plan's language,
//! and the numbers, dates, deadlines and statuses written the way that
//! language writes them (`20 762`, `+0,91 %`, `18. oktober 2020` in
//! Norwegian; `20,762`, `+0.91%`, `18 October 2020` in English).

use chrono::NaiveDate;
use plan_core::diff::{Field, FieldValue};
use plan_core::follow_up::ActionStatus;
use plan_core::{Deadline, Language, Message};

/// The languages of an edition and the formats that go with them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Words {
    /// The edition's language: labels, sentences, numbers and dates.
    pub(crate) language: Language,
    /// The language the plan's own texts are written in.
    pub(crate) plan: Language,
}

impl Words {
    /// The words of a report of `plan` made with `options`.
    pub(crate) fn new(plan: &plan_core::Plan, options: &crate::ReportOptions) -> Self {
        Words { language: options.language_for(plan), plan: plan.meta.language }
    }

    /// A message in the edition's language.
    pub(crate) fn say(&self, message: &Message) -> String {
        crate::i18n::render(message, self.language)
    }

    /// How the edition's language writes numbers.
    pub(crate) fn numbers(&self) -> plan_core::format::NumberFormat {
        self.language.number_format()
    }

    /// A whole number: `20 762`, `20,762`.
    pub(crate) fn int(&self, value: i64) -> String {
        self.numbers().integer(value)
    }

    /// A whole number with its sign: `+44`, `−1 214`.
    pub(crate) fn signed_int(&self, value: i64) -> String {
        self.numbers().signed_integer(value)
    }

    /// A decimal number: `3,3`, `3.3`.
    pub(crate) fn decimal(&self, value: f64, decimals: usize) -> String {
        self.numbers().decimal(value, decimals)
    }

    /// A percentage: `12,1 %`, `12.1%`.
    pub(crate) fn percent(&self, value: f64, decimals: usize) -> String {
        self.numbers().percent(value, decimals)
    }

    /// A percentage with its sign: `+0,91 %`, `+0.91%`.
    pub(crate) fn signed_percent(&self, value: f64, decimals: usize) -> String {
        self.numbers().signed_percent(value, decimals)
    }

    /// An amount: `500 000 kr`, `NOK 500,000`.
    pub(crate) fn kroner(&self, amount: plan_core::Kroner) -> String {
        match self.language {
            Language::Nn | Language::Nb => amount.to_string(),
            Language::En => format!("NOK\u{a0}{}", self.int(amount.get())),
        }
    }

    /// A changed field's value as the changes table prints it, from the
    /// typed value: `–` for nothing, an amount in the edition's form
    /// (`650 000 kr`, `NOK 650,000`), a list joined with commas, a text, a
    /// deadline or an id as written. Never a formatted string rewritten.
    pub(crate) fn field_value(&self, value: &FieldValue) -> String {
        if value.is_empty() {
            return "–".to_string();
        }
        match value {
            FieldValue::Text(text) => text.clone(),
            FieldValue::List(items) => items.join(", "),
            FieldValue::Deadline(deadline) => deadline.text().to_string(),
            FieldValue::Cost(cost) => cost.map(|c| self.kroner(c)).unwrap_or_default(),
            FieldValue::Id(id) => id.clone().unwrap_or_default(),
        }
    }

    /// A field's name as the changes table prints it: `deadline`, `frist`.
    pub(crate) fn field_name(&self, field: Field) -> String {
        self.say(&match field {
            Field::Text => plan_core::msg!("field-text"),
            Field::Deadline => plan_core::msg!("field-deadline"),
            Field::Responsible => plan_core::msg!("field-responsible"),
            Field::Cost => plan_core::msg!("field-cost"),
            Field::Note => plan_core::msg!("field-note"),
            Field::FocusArea => plan_core::msg!("field-focus-area"),
            Field::Theme => plan_core::msg!("field-theme"),
        })
    }

    /// A date in running text: `18. oktober 2020`, `18 October 2020`.
    pub(crate) fn date(&self, date: NaiveDate) -> String {
        self.say(&plan_core::i18n::date(date))
    }

    /// A date in a table: `18.10.2020`, `18 Oct 2020` (the English short
    /// form, as the charts write it; never ISO in a reader's table).
    pub(crate) fn short_date(&self, date: NaiveDate) -> String {
        match self.language {
            Language::Nn | Language::Nb => date.format("%-d.%-m.%Y").to_string(),
            Language::En => date.format("%-d %b %Y").to_string(),
        }
    }

    /// A date on a chart's axis: as in a table, `18.10.2020`, `18 Oct 2020`.
    pub(crate) fn chart_date(&self, date: NaiveDate) -> String {
        self.short_date(date)
    }

    /// A deadline in a table cell: as the plan's language writes it
    /// (`våren 2021` in a Nynorsk plan), whatever the edition's language.
    pub(crate) fn deadline_cell(&self, deadline: &Deadline) -> String {
        crate::i18n::render(&deadline.message(), self.plan)
    }

    /// An action's status in the year, `ikkje rapportert` when none.
    pub(crate) fn status(&self, status: Option<ActionStatus>) -> String {
        self.say(&status.map_or_else(|| plan_core::msg!("status-not-reported"), ActionStatus::message))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_dates_in_each_language() {
        let nn = Words { language: Language::Nn, plan: Language::Nn };
        let en = Words { language: Language::En, plan: Language::Nn };
        assert_eq!(nn.int(20762), "20\u{a0}762");
        assert_eq!(en.int(20762), "20,762");
        assert_eq!(nn.signed_percent(0.914, 2), "+0,91\u{a0}%");
        assert_eq!(en.signed_percent(0.914, 2), "+0.91%");
        assert_eq!(en.decimal(-1234.5, 1), "\u{2212}1,234.5");
        assert_eq!(en.kroner(plan_core::Kroner::parse("500 000").expect("amount")), "NOK\u{a0}500,000");
        let day = NaiveDate::from_ymd_opt(2020, 10, 18).expect("date");
        assert_eq!(nn.date(day), "18. oktober 2020");
        assert_eq!(en.date(day), "18 October 2020");
        assert_eq!((nn.short_date(day), en.short_date(day)), ("18.10.2020".into(), "18 Oct 2020".into()));
        let march = NaiveDate::from_ymd_opt(2024, 3, 4).expect("date");
        assert_eq!((en.short_date(march), en.chart_date(march)), ("4 Mar 2024".into(), "4 Mar 2024".into()));
        let autumn: Deadline = "Haust 2021".parse().expect("deadline");
        assert_eq!(en.deadline_cell(&autumn), "hausten 2021", "as the plan's language writes it");
        assert_eq!(en.status(None), "not reported");
    }
}
