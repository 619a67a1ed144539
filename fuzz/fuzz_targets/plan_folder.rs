#![no_main]
//! `plan.toml` (and an action programme) loaded as a plan folder: the input
//! is split at the first NUL byte into plan.toml and tiltak.csv.
use std::sync::OnceLock;

static DIR: OnceLock<tempfile_dir::Dir> = OnceLock::new();

mod tempfile_dir {
    /// A folder under the system's temp folder, one per fuzzing process.
    pub struct Dir(pub std::path::PathBuf);
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let dir = DIR.get_or_init(|| {
        let path = std::env::temp_dir().join(format!("plan-fuzz-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&path);
        tempfile_dir::Dir(path)
    });
    let (plan, actions) = match data.iter().position(|b| *b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &b"id,innsatsomr\xc3\xa5de,tema,tiltak,frist,ansvar,kostnad,merknad\n"[..]),
    };
    if std::fs::write(dir.0.join("plan.toml"), plan).is_ok() && std::fs::write(dir.0.join("tiltak.csv"), actions).is_ok() {
        let _ = plan_core::PlanFolder::load(&dir.0);
    }
});
