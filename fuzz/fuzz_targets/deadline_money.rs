#![no_main]
//! The deadline, money and date parsers, and the Norwegian number formats
//! they feed. (Population cells are fuzzed through the CSV targets.)
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(d) = plan_core::Deadline::parse(text) {
            let _ = (d.to_string(), d.period(), d.period_in(2021));
        }
        if let Ok(k) = plan_core::Kroner::parse(text) {
            let _ = k.to_string();
        }
        let _ = plan_core::calendar::parse_year_or_date(text);
        let _ = plan_core::follow_up::ActionStatus::parse(text);
    }
    if data.len() >= 8 {
        let value = f64::from_le_bytes(data[..8].try_into().unwrap_or_default());
        let _ = (plan_core::format::decimal(value, 2), plan_core::format::signed_percent(value, 1));
    }
});
