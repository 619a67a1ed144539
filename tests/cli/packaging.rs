//! What a package installs besides the binary: the man pages and the shell
//! completions come from the binary itself and name every command its help
//! shows; and, only with `PLAN_REPORT_PACKAGE_TESTS=1` (a dist build takes
//! minutes), `scripts/package.sh` builds, installs, runs and removes the
//! Debian package.

use plan_report_tests::{arg_path, file_names, repo_root, run, stderr, stdout};

/// The commands `plan-report --help` lists, without `help` itself.
fn commands_in_help() -> Vec<String> {
    let output = run(&["--lang", "en", "--help"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let help = stdout(&output);
    let listed = help.split_once("Commands:\n").expect("the help lists the commands").1;
    listed
        .lines()
        .take_while(|line| line.starts_with("  "))
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_string)
        .collect()
}

#[test]
fn every_command_in_the_help_has_a_man_page_and_no_other() {
    let commands = commands_in_help();
    assert!(commands.len() >= 16, "{commands:?}");
    assert!(commands.contains(&"completions".to_string()), "{commands:?}");
    let dir = tempfile::tempdir().expect("temp dir");
    let pages = dir.path().join("man1");
    let output = run(&["man", arg_path(&pages)]);
    assert!(output.status.success(), "{}", stderr(&output));
    let mut wanted: Vec<String> = commands.iter().map(|c| format!("plan-report-{c}.1")).collect();
    wanted.push("plan-report.1".to_string());
    wanted.sort();
    assert_eq!(file_names(&pages), wanted);
    let status = std::fs::read_to_string(pages.join("plan-report-status.1")).expect("status page");
    assert!(status.starts_with(".ie \\n(.g .ds Aq \\(aq"), "{status}");
    let version = env!("CARGO_PKG_VERSION");
    assert!(status.contains(&format!(".TH plan-report-status 1  \"plan-report {version}\"")), "{status}");
    assert!(status.contains("Render the annual revision report of the action programme as PDF"), "{status}");
    let tool = std::fs::read_to_string(pages.join("plan-report.1")).expect("the tool's page");
    for command in &commands {
        assert!(tool.contains(&format!("plan\\-report\\-{}(1)", command.replace('-', "\\-"))), "{command}: {tool}");
    }
}

#[test]
fn every_shell_completes_every_command_in_the_help() {
    let commands = commands_in_help();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let output = run(&["completions", shell]);
        assert!(output.status.success(), "{shell}: {}", stderr(&output));
        let script = stdout(&output);
        for command in &commands {
            assert!(script.contains(command.as_str()), "{shell} lacks {command}");
        }
        assert!(script.contains("pdf-standard"), "{shell}");
    }
    let bash = stdout(&run(&["completions", "bash"]));
    assert!(bash.contains("complete -F _plan__report"), "{bash}");
}

#[test]
fn an_unknown_shell_is_a_usage_error_that_lists_the_shells() {
    let output = run(&["completions", "tcsh"]);
    assert_eq!(output.status.code(), Some(2));
    let error = stderr(&output);
    assert!(error.contains("invalid value 'tcsh' for '<SHELL>'"), "{error}");
    assert!(error.contains("[possible values: bash, elvish, fish, powershell, zsh]"), "{error}");
    assert!(stdout(&output).is_empty());
}

/// `scripts/package.sh` end to end: the `.deb` and the archive are made,
/// the package installs, renders the README's report from another folder and
/// is removed. Needs root, dpkg and cargo-deb; a dist build takes minutes.
#[test]
fn the_package_script_builds_installs_and_runs_the_package() {
    if std::env::var_os("PLAN_REPORT_PACKAGE_TESTS").is_none_or(|v| v != "1") {
        eprintln!("skipped: set PLAN_REPORT_PACKAGE_TESTS=1 to build and install the package");
        return;
    }
    let root = repo_root();
    let output = std::process::Command::new("bash")
        .arg(root.join("scripts/package.sh"))
        .current_dir(&root)
        .output()
        .expect("bash runs");
    let said = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "{said}");
    assert!(said.contains("package: ok"), "{said}");
    let version = env!("CARGO_PKG_VERSION");
    let dist = root.join("target/package");
    assert!(dist.join(format!("plan-report-{version}-x86_64-unknown-linux-gnu.tar.gz")).is_file(), "{said}");
    assert!(dist.join(format!("plan-report_{version}-1_amd64.deb")).is_file(), "{said}");
}
