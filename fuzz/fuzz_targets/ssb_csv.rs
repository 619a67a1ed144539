#![no_main]
//! SSB Statbank CSV downloads, streamed.
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = plan_core::population::ssb::read_ssb_csv("fuzz.csv", data);
});
