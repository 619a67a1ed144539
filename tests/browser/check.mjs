// Checks a plan-report website in a real browser: every page in headless
// Chromium (the system's, no download) with axe-core for WCAG 2.0/2.1 A and
// AA (zero violations), reflow at 320 and 360 CSS px (no horizontal page
// scroll) with screenshots at 320 and 1280 px, and the Nu Html Checker on
// every page. Exits 1 with every finding listed, 0 when all pass.
//
// Usage: node check.mjs SITE_DIR [SCREENSHOT_DIR]
import { readdirSync, readFileSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const site = resolve(process.argv[2] ?? "site");
const shots = process.argv[3] ? resolve(process.argv[3]) : null;
if (shots) mkdirSync(shots, { recursive: true });
const pages = readdirSync(site).filter((f) => f.endsWith(".html")).sort();
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const executable = process.env.CHROME ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) => {
  try { readFileSync(p); return true; } catch { return false; }
});
const problems = [];

const browser = await puppeteer.launch({
  executablePath: executable,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--allow-file-access-from-files"],
});
try {
  const tab = await browser.newPage();
  tab.setJavaScriptEnabled(true);
  for (const file of pages) {
    const url = "file://" + join(site, file);
    for (const width of [1280, 360, 320]) {
      await tab.setViewport({ width, height: 900 });
      await tab.goto(url, { waitUntil: "load" });
      const scroll = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (width <= 360 && scroll > 0) problems.push(`${file} at ${width} px: the page scrolls sideways by ${scroll} px (WCAG 1.4.10 reflow)`);
      if (shots && (width === 320 || width === 1280)) {
        await tab.screenshot({ path: join(shots, `${file.replace(".html", "")}-${width}.png`), fullPage: true });
      }
      if (width === 1280 || width === 320) {
        await tab.evaluate(axeSource);
        const result = await tab.evaluate(async () =>
          await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
        for (const v of result.violations) {
          for (const node of v.nodes) {
            problems.push(`${file} at ${width} px: axe ${v.id} (${v.impact}): ${v.help} — ${node.target.join(" ")}`);
          }
        }
      }
    }
  }
} finally {
  await browser.close();
}

// The Nu Html Checker on every page, errors only.
const vnu = require.resolve("vnu-jar/build/dist/vnu.jar");
try {
  execFileSync("java", ["-jar", vnu, "--errors-only", "--format", "text", "--also-check-css", ...pages.map((p) => join(site, p)), join(site, "site.css")], { stdio: "pipe" });
} catch (err) {
  const out = (err.stderr?.toString() ?? "") + (err.stdout?.toString() ?? "");
  for (const line of out.split("\n").filter((l) => l.trim() !== "")) problems.push(`vnu: ${line}`);
}

if (problems.length > 0) {
  console.log(problems.join("\n"));
  console.log(`${problems.length} problems in ${pages.length} pages`);
  process.exit(1);
}
console.log(`${pages.length} pages: no axe-core violations (wcag2a, wcag2aa, wcag21a, wcag21aa), no sideways scroll at 320 and 360 px, no Nu Html Checker errors`);
