//! `plan-report serve`: the live preview. Starts the server on a free port,
//! changes `tiltak.csv` and waits for the served page to change, breaks the
//! file and finds the error page, fixes it and finds the page again; only
//! the site's files are answered; a port in use is a clear error; Ctrl-C
//! stops it cleanly.

use std::io::{BufRead, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use plan_report_tests::{command, copy_plan, hallingdal, run, stderr};

/// A running `serve`, killed if the test fails before it stops it.
struct Server {
    child: Child,
    lines: Receiver<String>,
    address: String,
}

impl Server {
    fn start(plan: &std::path::Path) -> Server {
        let mut child = command()
            .args(["serve", plan.to_str().expect("path"), "--port", "0"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start plan-report serve");
        let (send, lines) = channel();
        let err = child.stderr.take().expect("stderr");
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(err).lines().map_while(Result::ok) {
                if send.send(line).is_err() {
                    return;
                }
            }
        });
        let mut server = Server { child, lines, address: String::new() };
        let line = server.wait_for_line("serving ");
        let url = line.split(" at http://").nth(1).expect("an address");
        server.address = url.split('/').next().expect("host:port").to_string();
        assert!(server.address.starts_with("127.0.0.1:"), "{line}");
        server
    }

    fn wait_for_line(&self, start: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let left = deadline.checked_duration_since(Instant::now()).expect("serve printed no such line in time");
            let line = self.lines.recv_timeout(left).expect("serve's output");
            if line.starts_with(start) || line.contains(start) {
                return line;
            }
        }
    }

    /// GET a path: the status code and the body.
    fn get(&self, path: &str) -> (u16, String) {
        let mut stream = TcpStream::connect(&self.address).expect("connect");
        stream.set_read_timeout(Some(Duration::from_secs(30))).expect("timeout");
        write!(stream, "GET {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n", self.address).expect("send");
        let mut response = Vec::new();
        stream.read_to_end(&mut response).expect("response");
        let response = String::from_utf8_lossy(&response).into_owned();
        let (head, body) = response.split_once("\r\n\r\n").expect("headers");
        let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).expect("status");
        (status, body.to_string())
    }

    /// GETs a page until its body satisfies `done`.
    fn poll(&self, path: &str, done: impl Fn(u16, &str) -> bool) -> (u16, String) {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let (status, body) = self.get(path);
            if done(status, &body) {
                return (status, body);
            }
            assert!(Instant::now() < deadline, "{path} never changed: {status}\n{body}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
#[cfg(unix)]
fn serve_previews_rebuilds_on_a_change_shows_errors_and_recovers() {
    let plan = copy_plan(&hallingdal());
    let server = Server::start(plan.path());

    let (status, index) = server.get("/");
    assert_eq!(status, 200);
    assert!(index.contains("<h1") && index.contains("Strategisk plan"), "{index}");
    // serve's pages, and only they, load the reload script.
    // (minijinja escapes the slashes of attribute values: `&#x2f;` is `/`.)
    assert!(index.contains(r#"<script src="&#x2f;__plan-report&#x2f;reload.js?1"></script>"#), "{index}");
    let (status, script) = server.get("/__plan-report/reload.js?1");
    assert_eq!(status, 200);
    assert!(script.contains("location.reload()"), "{script}");
    let (status, plan_page) = server.get("/plan.html");
    assert_eq!(status, 200);
    assert!(plan_page.contains("Utarbeide ein portal for næringsetablerarar"), "the action as written");
    let (status, css) = server.get("/site.css");
    assert_eq!(status, 200);
    assert!(!css.is_empty());
    // The charts' font and its licence, as site.css's @font-face names them.
    assert_eq!(server.get("/fonts/Inter-Regular.otf").0, 200);
    let (status, licence) = server.get("/fonts/OFL.txt");
    assert_eq!(status, 200);
    assert!(licence.contains("SIL Open Font License, Version 1.1"), "{licence}");

    // Only the site's files: no plan file, nothing outside, no marker.
    for path in
        ["/plan.toml", "/tiltak.csv", "/../plan.toml", "/%2e%2e/plan.toml", "/.plan-report-site", "/nosuch.html"]
    {
        assert_eq!(server.get(path).0, 404, "{path}");
    }

    // A poll for the next build answers when the file changes.
    let address = server.address.clone();
    let waiting = std::thread::spawn(move || {
        let mut stream = TcpStream::connect(&address).expect("connect");
        write!(stream, "GET /__plan-report/wait?1 HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n")
            .expect("send");
        let mut response = String::new();
        stream.read_to_string(&mut response).expect("response");
        response
    });
    std::thread::sleep(Duration::from_millis(200));
    let actions = plan.path().join("tiltak.csv");
    let text = std::fs::read_to_string(&actions).expect("tiltak.csv");
    std::fs::write(&actions, text.replace("Utarbeide ein portal", "Byggje ein portal")).expect("write");
    let response = waiting.join().expect("poll");
    assert!(response.ends_with("\r\n\r\n2"), "the poll answers with the next build: {response}");
    let (_, changed) = server.poll("/plan.html", |_, body| body.contains("Byggje ein portal"));
    assert!(!changed.contains("Utarbeide ein portal"));
    assert!(changed.contains("reload.js?2"), "the new page waits for the next build");
    server.wait_for_line("tiltak.csv changed; built in ");

    // A broken file: every page shows the error with FILE:LINE, the server keeps running.
    let broken = text.replace("NAER-02,naering,", "NAER-02,nosuch,");
    std::fs::write(&actions, &broken).expect("write");
    let (status, error) = server.poll("/plan.html", |status, _| status == 500);
    assert_eq!(status, 500);
    assert!(
        error.contains("tiltak.csv:3: error: column 'innsatsområde': unknown focus area &quot;nosuch&quot;"),
        "{error}"
    );
    assert!(error.contains("<h1>The plan cannot be built</h1>") && error.contains("reload.js?3"), "{error}");
    assert_eq!(server.get("/index.html").0, 500, "every page shows the error");
    let line = server.wait_for_line("tiltak.csv:3: error:");
    assert!(line.contains("unknown focus area \"nosuch\""), "{line}");

    // Fixed: the pages come back.
    std::fs::write(&actions, &text).expect("write");
    let (status, fixed) = server.poll("/plan.html", |status, _| status == 200);
    assert_eq!(status, 200);
    assert!(fixed.contains("Utarbeide ein portal"));

    // Ctrl-C stops it cleanly.
    let mut server = server;
    let pid = server.child.id().to_string();
    let killed = Command::new("kill").args(["-INT", &pid]).status().expect("kill");
    assert!(killed.success());
    let status = server.child.wait().expect("wait");
    assert_eq!(status.code(), Some(0), "Ctrl-C is a clean stop");
    server.wait_for_line("stopped");
}

#[test]
fn serve_says_when_the_port_is_in_use() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = taken.local_addr().expect("address").port().to_string();
    let output = run(&["serve", hallingdal().to_str().expect("path"), "--port", &port]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output).trim(),
        format!(
            "error: cannot serve on 127.0.0.1:{port}: port {port} is in use by another program; choose another with --port, or --port 0 for a free one"
        )
    );
}

#[test]
fn serve_on_a_missing_folder_is_a_clear_error() {
    // A folder that does not exist cannot be watched: a clear error at once.
    let output = run(&["serve", "no/such/plan", "--port", "0"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("no/such/plan"), "{}", stderr(&output));
}
