//! `plan-report serve`: the web edition as a live preview. The site is built
//! in memory and served on 127.0.0.1 only; the plan folder and the template
//! folder are watched, every saved change rebuilds the site, and the open
//! page reloads. A plan that fails `check` shows its findings in the page
//! instead (`FILE:LINE: error: …`) and the server keeps running until the
//! file is fixed. Nothing is written to disk.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use notify::Watcher;
use plan_report::ReportError;

/// Where the reload script and its long poll live: a prefix no site file has.
const PREFIX: &str = "/__plan-report/";

/// How long a reload poll waits for a new build before it answers anyway.
const POLL: Duration = Duration::from_secs(25);

/// How long to wait after a change for the rest of an editor's save
/// (write, rename, chmod) before rebuilding.
const SETTLE: Duration = Duration::from_millis(30);

/// What the server shows: the last site that built, and the error of the
/// latest build when it failed.
struct Served {
    /// Incremented by every build, good or bad: a page reloads when it changes.
    generation: u64,
    files: BTreeMap<String, Vec<u8>>,
    error: Option<Vec<String>>,
}

struct State {
    served: Mutex<Served>,
    changed: Condvar,
}

impl State {
    fn lock(&self) -> std::sync::MutexGuard<'_, Served> {
        // A panic while holding the lock cannot leave a half-built site: the
        // fields are replaced whole, so the data is still good to serve.
        self.served.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// What `serve` was asked to do.
struct Options {
    plan_dir: PathBuf,
    port: u16,
    templates: Option<PathBuf>,
    pdf: bool,
}

/// Runs the preview of the plan folder until Ctrl-C.
pub fn run(
    plan_dir: Option<PathBuf>,
    port: u16,
    templates: Option<PathBuf>,
    pdf: bool,
) -> Result<ExitCode, ReportError> {
    serve(&Options { plan_dir: crate::plan::find(plan_dir, false)?, port, templates, pdf })
}

/// Runs the preview until Ctrl-C.
fn serve(options: &Options) -> Result<ExitCode, ReportError> {
    let address = format!("127.0.0.1:{}", options.port);
    let server = tiny_http::Server::http(&address).map_err(|e| listen_error(&address, options.port, &*e))?;
    let server = Arc::new(server);
    let port = server.server_addr().to_ip().map_or(options.port, |a| a.port());

    let state = Arc::new(State {
        served: Mutex::new(Served { generation: 0, files: BTreeMap::new(), error: None }),
        changed: Condvar::new(),
    });
    rebuild(&state, options, None);

    let (events, changes) = std::sync::mpsc::channel();
    let mut watcher = notify::recommended_watcher(events)
        .map_err(|e| ReportError::Command(plan_core::msg!("serve-cannot-watch", detail = e.to_string())))?;
    watch(&mut watcher, &options.plan_dir)?;
    if let Some(templates) = &options.templates {
        watch(&mut watcher, templates)?;
    }
    {
        let state = Arc::clone(&state);
        let options = Options {
            plan_dir: options.plan_dir.clone(),
            port,
            templates: options.templates.clone(),
            pdf: options.pdf,
        };
        std::thread::spawn(move || {
            while let Ok(event) = changes.recv() {
                let mut paths = relevant(&event);
                // Take the rest of this save before building once.
                let until = Instant::now() + SETTLE;
                while let Some(left) = until.checked_duration_since(Instant::now()) {
                    match changes.recv_timeout(left) {
                        Ok(event) => paths.extend(relevant(&event)),
                        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => break,
                        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => return,
                    }
                }
                // Name the file the save left (an editor writes a temporary file and renames it).
                if let Some(path) = paths.iter().rev().find(|p| p.exists()).or(paths.last()) {
                    rebuild(&state, &options, Some(path));
                }
            }
        });
    }
    {
        let server = Arc::clone(&server);
        ctrlc::set_handler(move || server.unblock())
            .map_err(|e| ReportError::Command(plan_core::msg!("serve-cannot-catch-ctrl-c", detail = e.to_string())))?;
    }

    crate::console::say(&plan_core::msg!(
        "serve-serving",
        folder = options.plan_dir.display().to_string(),
        url = format!("http://127.0.0.1:{port}/")
    ));
    for request in server.incoming_requests() {
        let state = Arc::clone(&state);
        std::thread::spawn(move || answer(request, &state));
    }
    drop(watcher);
    crate::console::say(&plan_core::msg!("serve-stopped"));
    Ok(ExitCode::SUCCESS)
}

/// The message for an address that cannot be listened on.
fn listen_error(address: &str, port: u16, error: &(dyn std::error::Error + Send + Sync + 'static)) -> ReportError {
    let in_use = error.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::AddrInUse);
    if in_use {
        ReportError::Command(plan_core::msg!("serve-port-in-use", address = address, port = port.to_string()))
    } else {
        ReportError::Command(plan_core::msg!("serve-cannot-listen", address = address, detail = error.to_string()))
    }
}

fn watch(watcher: &mut notify::RecommendedWatcher, path: &Path) -> Result<(), ReportError> {
    watcher.watch(path, notify::RecursiveMode::Recursive).map_err(|e| {
        ReportError::Command(plan_core::msg!(
            "serve-cannot-watch-path",
            path = path.display().to_string(),
            detail = e.to_string()
        ))
    })
}

/// The changed files an event names, but none that a build does not read
/// (an access, or an editor's swap and backup files).
fn relevant(event: &notify::Result<notify::Event>) -> Vec<PathBuf> {
    let Ok(event) = event else { return Vec::new() };
    if matches!(event.kind, notify::EventKind::Access(_)) {
        return Vec::new();
    }
    event
        .paths
        .iter()
        .filter(|path| {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            !(name.starts_with(".#") || name.ends_with('~') || name.ends_with(".swp") || name.ends_with(".swx"))
        })
        .cloned()
        .collect()
}

/// Builds the site into the state: its files on success, its error otherwise
/// (the last good files stay for the style sheet and the PDFs).
fn rebuild(state: &State, options: &Options, changed: Option<&Path>) {
    let started = Instant::now();
    let generation = state.lock().generation + 1;
    let script = format!("{PREFIX}reload.js?{generation}");
    let result = build(options, script);
    let took = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    let mut served = state.lock();
    served.generation = generation;
    let what = changed.map_or_else(|| "none".to_string(), |p| p.display().to_string());
    match result {
        Ok(files) => {
            served.files = files;
            served.error = None;
            crate::console::say(&plan_core::msg!("serve-built", changed = what, ms = took));
        }
        Err(lines) => {
            for line in &lines {
                eprintln!("{line}");
            }
            crate::console::say(&plan_core::msg!("serve-broken", changed = what));
            served.error = Some(lines);
        }
    }
    drop(served);
    state.changed.notify_all();
}

/// The site of the plan folder as files by URL path, or the lines of its error.
fn build(options: &Options, script: String) -> Result<BTreeMap<String, Vec<u8>>, Vec<String>> {
    let language = crate::locale::messages();
    let fail = |err: ReportError| -> Vec<String> {
        match err {
            // The files by the paths to open, as `check` names them.
            ReportError::Plan(plan_core::Error::Invalid { diagnostics }) => diagnostics
                .iter()
                .filter(|d| d.severity == plan_core::Severity::Error)
                .map(|d| d.clone().in_folder(&options.plan_dir).render_in(plan_report::i18n::catalogue(), language))
                .collect(),
            ReportError::Template { diagnostics } => diagnostics.iter().map(ToString::to_string).collect(),
            other => vec![format!("{}: {}", crate::console::error_word(language), other.render(language))],
        }
    };
    let loaded = plan_core::PlanFolder::load(&options.plan_dir).map_err(|e| fail(e.into()))?;
    let templates = match &options.templates {
        Some(dir) => plan_report::templates::Templates::with_overrides(dir).map_err(fail)?,
        None => plan_report::templates::Templates::embedded(),
    };
    let site_options = plan_report::site::SiteOptions {
        pdf: options.pdf,
        report: plan_report::ReportOptions {
            templates,
            language: crate::locale::reports(),
            ..plan_report::ReportOptions::default()
        },
        script: Some(script),
    };
    let site = plan_report::site::build(&plan_report::ReportInput::new(&loaded), &site_options).map_err(fail)?;
    Ok(site
        .files
        .into_iter()
        .filter(|(path, _)| path.as_os_str() != plan_report::site::MARKER)
        .map(|(path, bytes)| (path.to_string_lossy().replace('\\', "/"), bytes))
        .collect())
}

/// Answers one request: a file of the site, the reload script, its poll, or 404.
fn answer(request: tiny_http::Request, state: &State) {
    let method = request.method().clone();
    if !matches!(method, tiny_http::Method::Get | tiny_http::Method::Head) {
        respond(request, 405, "text/plain; charset=utf-8", b"only GET and HEAD\n".to_vec());
        return;
    }
    let url = request.url().to_string();
    let (path, query) = url.split_once('?').unwrap_or((&url, ""));
    if let Some(name) = path.strip_prefix(PREFIX) {
        let page_generation: u64 = query.parse().unwrap_or(0);
        match name {
            "reload.js" => respond(request, 200, "text/javascript; charset=utf-8", reload_script(page_generation)),
            "wait" => {
                let served = state.lock();
                let (served, _) = state
                    .changed
                    .wait_timeout_while(served, POLL, |s| s.generation == page_generation)
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                let body = served.generation.to_string().into_bytes();
                drop(served);
                respond(request, 200, "text/plain; charset=utf-8", body);
            }
            _ => respond(request, 404, "text/plain; charset=utf-8", b"not found\n".to_vec()),
        }
        return;
    }
    let name = match path.trim_start_matches('/') {
        "" => "index.html".to_string(),
        name => percent_decode(name),
    };
    let served = state.lock();
    let html = name.ends_with(".html");
    if let (true, Some(lines)) = (html, &served.error) {
        let page = error_page(lines, served.generation);
        drop(served);
        respond(request, 500, "text/html; charset=utf-8", page);
        return;
    }
    match served.files.get(&name) {
        Some(bytes) => {
            let bytes = bytes.clone();
            drop(served);
            respond(request, 200, content_type(&name), bytes);
        }
        None => {
            drop(served);
            respond(
                request,
                404,
                "text/plain; charset=utf-8",
                format!("{name}: not a file of the site\n").into_bytes(),
            );
        }
    }
}

fn respond(request: tiny_http::Request, status: u16, content_type: &str, body: Vec<u8>) {
    let mut response = tiny_http::Response::from_data(body).with_status_code(status);
    for (name, value) in [("Content-Type", content_type), ("Cache-Control", "no-store")] {
        if let Ok(header) = tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(header);
        }
    }
    // The browser may have gone (a reload cancels its poll): nothing to do.
    let _ = request.respond(response);
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit_once('.').map(|(_, ext)| ext) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("pdf") => "application/pdf",
        Some("svg") => "image/svg+xml",
        Some("otf") => "font/otf",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// `%C3%A5` → `å`: file names as the browser asks for them.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The page's reload: waits for the next build and reloads; retries when the
/// server is gone for a moment.
fn reload_script(generation: u64) -> Vec<u8> {
    format!(
        r#"(function () {{
  var seen = "{generation}";
  function poll() {{
    fetch("{PREFIX}wait?" + seen, {{ cache: "no-store" }})
      .then(function (r) {{ return r.text(); }})
      .then(function (now) {{ if (now !== seen) {{ location.reload(); }} else {{ poll(); }} }})
      .catch(function () {{ setTimeout(poll, 1000); }});
  }}
  poll();
}})();
"#
    )
    .into_bytes()
}

/// The page every HTML address shows while the plan cannot be built, in the
/// language of the tool's messages.
fn error_page(lines: &[String], generation: u64) -> Vec<u8> {
    let language = crate::locale::messages();
    let say = |message: plan_core::Message| plan_report::html::escape(&plan_report::i18n::render(&message, language));
    let (title, hint) = (say(plan_core::msg!("serve-error-title")), say(plan_core::msg!("serve-error-hint")));
    let items: String =
        lines.iter().map(|line| format!("<li><code>{}</code></li>\n", plan_report::html::escape(line))).collect();
    format!(
        r#"<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>body {{ font-family: sans-serif; margin: 1rem; max-width: 60rem; }} code {{ white-space: pre-wrap; overflow-wrap: anywhere; }} li {{ margin-bottom: .5rem; }}</style>
</head>
<body>
<main>
<h1>{title}</h1>
<p>{hint}</p>
<ul>
{items}</ul>
</main>
<script src="{PREFIX}reload.js?{generation}"></script>
</body>
</html>
"#,
        lang = language.code()
    )
    .into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_percent_escapes_and_leaves_the_rest() {
        assert_eq!(percent_decode("folketal.html"), "folketal.html");
        assert_eq!(percent_decode("%C3%A5r.html"), "år.html");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
    }

    #[test]
    fn the_error_page_prints_markup_literally() {
        let page = String::from_utf8(error_page(&["tiltak.csv:3: error: <b>bad</b>".into()], 4)).expect("UTF-8");
        assert!(page.contains("<code>tiltak.csv:3: error: &lt;b&gt;bad&lt;/b&gt;</code>"), "{page}");
        assert!(page.contains("reload.js?4"));
    }
}
