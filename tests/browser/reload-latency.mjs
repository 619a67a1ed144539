// Benchmark: how soon a saved change to tiltak.csv is visible in the page
// `plan-report serve` shows in a real browser. Starts the server on a copy of
// the plan folder, opens plan.html in headless Chromium, then RUNS times:
// saves tiltak.csv with one action's text changed and waits until the
// reloaded page (load event) shows the new text. Prints every time and the
// median, in milliseconds, from the moment the file is written.
//
// Usage: node reload-latency.mjs PLAN_DIR [RUNS]
// The binary: $PLAN_REPORT, else ../../target/release/plan-report.
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { tmpdir } from "node:os";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import puppeteer from "puppeteer-core";

const here = dirname(fileURLToPath(import.meta.url));
const binary = process.env.PLAN_REPORT ?? resolve(here, "../../target/release/plan-report");
const runs = Number(process.argv[3] ?? 20);
const work = mkdtempSync(join(tmpdir(), "plan-report-reload-"));
const plan = join(work, "plan");
cpSync(resolve(process.argv[2] ?? "data/hallingdal"), plan, { recursive: true });
const actions = join(plan, "tiltak.csv");
const original = readFileSync(actions, "utf8");
// The first action's text (its first quoted field), changed on every run.
const firstRow = original.split("\n")[1];

const server = spawn(binary, ["serve", plan, "--port", "0"], { stdio: ["ignore", "ignore", "pipe"] });
const url = await new Promise((ok, fail) => {
  let seen = "";
  server.stderr.on("data", (chunk) => {
    seen += chunk;
    const found = seen.match(/at (http:\/\/127\.0\.0\.1:\d+\/)/);
    if (found) ok(found[1]);
  });
  server.on("exit", (code) => fail(new Error(`serve exited with ${code}: ${seen}`)));
});

const executable = process.env.CHROME ?? "/usr/bin/chromium";
const browser = await puppeteer.launch({ executablePath: executable, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
const times = [];
try {
  const tab = await browser.newPage();
  await tab.goto(url + "plan.html", { waitUntil: "load" });
  for (let i = 0; i < runs; i++) {
    const word = `Endra${i}x`;
    const changed = original.replace(firstRow, firstRow.replace(/,"/, `,"${word} `));
    const reloaded = tab.waitForNavigation({ waitUntil: "load", timeout: 10000 });
    const start = performance.now();
    writeFileSync(actions, changed);
    await reloaded;
    const shown = await tab.evaluate((w) => document.body.textContent.includes(w), word);
    const took = performance.now() - start;
    if (!shown) throw new Error(`run ${i}: the reloaded page does not show ${word}`);
    times.push(took);
    // Let the watcher settle before the next save.
    await new Promise((ok) => setTimeout(ok, 200));
  }
} finally {
  await browser.close();
  server.kill("SIGINT");
  rmSync(work, { recursive: true, force: true });
}
const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
console.log(`runs: ${times.map((t) => t.toFixed(0)).join(" ")}`);
console.log(`median ${median.toFixed(0)} ms, min ${sorted[0].toFixed(0)} ms, max ${sorted[sorted.length - 1].toFixed(0)} ms (${runs} saves of tiltak.csv)`);
