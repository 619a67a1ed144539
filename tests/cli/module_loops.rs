//! The module-loop check of `.ci/run` (`scripts/module-loops.py`): it finds
//! modules of a crate that use each other, directly or around a loop, and
//! the workspace has none.

use std::process::Command;

use plan_report_tests::repo_root;

fn check(dirs: &[&std::path::Path]) -> std::process::Output {
    Command::new("python3")
        .arg(repo_root().join("scripts/module-loops.py"))
        .args(dirs)
        .output()
        .expect("python3 runs the check")
}

#[test]
fn the_workspace_has_no_module_loops() {
    let out = check(&[]);
    assert!(out.status.success(), "{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.stdout.is_empty());
}

#[test]
fn a_loop_around_three_modules_is_found_and_a_submodule_counts_with_its_parent() {
    let dir = tempfile::tempdir().expect("temp");
    let src = dir.path().join("src");
    std::fs::create_dir_all(src.join("c")).expect("dirs");
    std::fs::write(src.join("lib.rs"), "mod a;\nmod b;\nmod c;\nmod d;\n").expect("write");
    std::fs::write(src.join("a.rs"), "use crate::b::B;\n// crate::d is only named in a comment\n").expect("write");
    std::fs::write(src.join("b.rs"), "pub struct B;\nfn f() { crate::c::inner::g(); }\n").expect("write");
    std::fs::write(src.join("c/mod.rs"), "pub mod inner;\n").expect("write");
    std::fs::write(src.join("c/inner.rs"), "use crate::{a, d::D};\npub fn g() { let _ = \"crate::b\"; }\n")
        .expect("write");
    std::fs::write(src.join("d.rs"), "pub struct D;\n").expect("write");
    let out = check(&[&src]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success());
    assert!(
        text.lines().next().is_some_and(|l| l.ends_with("modules of crate that use each other: a, b, c")),
        "{text}"
    );
    assert!(text.contains("  c -> a  ("), "{text}");
    assert!(!text.contains("d -> "), "d is used, not in the loop: {text}");
    assert!(!text.contains("a -> d"), "a comment names no module: {text}");
}
