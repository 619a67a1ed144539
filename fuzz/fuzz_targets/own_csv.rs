#![no_main]
//! The project's own population CSV (long and wide) and the change list.
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = plan_core::population::own::read_population_csv("fuzz.csv", data);
    let _ = plan_core::population::reform::CodeChanges::read_csv("fuzz.csv", data);
});
