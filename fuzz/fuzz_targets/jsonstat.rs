#![no_main]
//! JSON-stat 2.0 and 1 downloads.
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = plan_core::population::jsonstat::read_jsonstat("fuzz.json", data);
});
