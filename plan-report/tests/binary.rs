//! The binary's own smoke test. Having an integration test here also makes
//! `cargo test --workspace` build the `plan-report` binary that the
//! end-to-end tests in `tests/` run.

use std::process::Command;

#[test]
fn help_lists_every_command() {
    let output = Command::new(env!("CARGO_BIN_EXE_plan-report")).arg("--help").output().expect("the binary runs");
    assert!(output.status.success());
    let help = String::from_utf8(output.stdout).expect("UTF-8");
    for command in ["check", "show", "population", "status", "case", "status-template", "diff"] {
        assert!(help.lines().any(|l| l.trim_start().starts_with(command)), "{command} is missing from --help:\n{help}");
    }
}

#[test]
fn version_is_the_crates() {
    let output = Command::new(env!("CARGO_BIN_EXE_plan-report")).arg("--version").output().expect("the binary runs");
    assert_eq!(String::from_utf8_lossy(&output.stdout), format!("plan-report {}\n", env!("CARGO_PKG_VERSION")));
}
