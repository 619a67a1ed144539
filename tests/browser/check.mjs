// Checks a plan-report website in a real browser: every page in headless
// Chromium (the system's, no download) at 320, 360, 768 and 1280 CSS px:
//
// - axe-core for WCAG 2.0/2.1 A and AA (zero violations), at 320 and 1280 px;
// - reflow: the page never scrolls sideways, and content wider than the
//   screen scrolls only inside its own focusable region (an element that
//   scrolls sideways has tabindex="0", role="region" and an aria-label;
//   nothing reaches past the screen's edge outside such a region);
// - no number, year or date inside a table cell or caption wraps onto two
//   lines ("202/2");
// - chart text: every text of an inline chart renders at 11 px or more (its
//   font size times the SVG's on-screen scale), set in Inter (the site's
//   @font-face, loaded as document.fonts reports it);
// - the title: the front page's is the plan's title alone, every other
//   page's is "page – plan" (the page's name in the navigation);
// - the card grid: where it has two or more columns, no row holds one card
//   while another holds more — with the page's own cards and with 3, 4 and
//   5 cards (the page's first card repeated, the list's class set as the
//   template sets it, `cards-N`);
//
// with screenshots at 320 and 1280 px, and the Nu Html Checker on every
// page. Exits 1 with every finding listed, 0 when all pass.
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
const WIDTHS = [1280, 768, 360, 320];
const MIN_CHART_TEXT = 11;
let smallestChartText = Infinity;
let chartTexts = 0;
let cardLayouts = 0;

// In the page: the sideways scroll, elements that scroll sideways without
// being a named focusable region, and elements past the screen's edge
// outside any scrolling box.
function reflow() {
  const out = [];
  const root = document.documentElement;
  const scroll = root.scrollWidth - root.clientWidth;
  if (scroll > 0) out.push(`the page scrolls sideways by ${scroll} px (WCAG 1.4.10 reflow)`);
  const name = (el) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : "") + (el.className && typeof el.className === "string" ? `.${el.className.split(" ").join(".")}` : "");
  const scrolls = (el) => ["auto", "scroll"].includes(getComputedStyle(el).overflowX);
  for (const el of document.body.querySelectorAll("*")) {
    if (scrolls(el) && el.scrollWidth > el.clientWidth + 1) {
      const ok = el.getAttribute("tabindex") === "0" && el.getAttribute("role") === "region" && (el.getAttribute("aria-label") ?? "").trim() !== "";
      if (!ok) out.push(`${name(el)} scrolls sideways but is not a focusable, named region (tabindex=0, role=region, aria-label)`);
    }
  }
  for (const el of document.querySelectorAll("main *")) {
    if (el.closest(".visually-hidden")) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.right <= root.clientWidth + 0.5) continue;
    let inside = false;
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
      if (scrolls(up)) { inside = true; break; }
    }
    if (!inside) out.push(`${name(el)} reaches ${Math.round(rect.right - root.clientWidth)} px past the screen's edge outside a scrolling region`);
  }
  return [...new Set(out)];
}

// In the page: numbers (digits joined by no-break spaces, points or commas)
// in table cells and captions that wrap onto two lines.
function wrappedNumbers() {
  const out = [];
  for (const cell of document.querySelectorAll("th, td, caption")) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.data.matchAll(/\d(?:[\d\u00a0\u202f.,]*\d)?/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) out.push(`"${m[0]}" wraps onto ${tops.size} lines in ${cell.tagName.toLowerCase()} "${cell.textContent.trim().slice(0, 60)}"`);
      }
    }
  }
  return out;
}

// In the page: every chart text's rendered size (font size times the SVG's
// on-screen scale) and font, and whether Inter was loaded.
async function chartText() {
  await document.fonts.ready;
  const texts = [];
  for (const text of document.querySelectorAll("svg[role=img] text")) {
    if (text.textContent.trim() === "") continue;
    const ctm = text.getScreenCTM();
    const style = getComputedStyle(text);
    const size = parseFloat(style.fontSize) * Math.hypot(ctm.a, ctm.b);
    texts.push({ text: text.textContent.trim().slice(0, 40), size, family: style.fontFamily });
  }
  const inter = [...document.fonts].filter((f) => f.family.replace(/["']/g, "") === "Inter").map((f) => f.status);
  return { texts, inter };
}

// In the page: the card grid's rows (cards by their top edge), with the
// page's cards or with `count` cards (the first one repeated).
function cardRows(count) {
  const list = document.querySelector(".key-figures");
  if (!list) return null;
  if (count) {
    const first = list.querySelector("li");
    list.replaceChildren(...Array.from({ length: count }, () => first.cloneNode(true)));
    list.className = `key-figures cards-${count}`;
  }
  const rows = new Map();
  for (const li of list.querySelectorAll(":scope > li")) {
    const top = Math.round(li.getBoundingClientRect().top);
    rows.set(top, (rows.get(top) ?? 0) + 1);
  }
  return [...rows.values()];
}

function cardProblem(rows) {
  if (!rows) return null;
  const columns = Math.max(...rows);
  if (columns >= 2 && rows.some((r) => r === 1)) return `rows of ${rows.join(", ")} cards: one card alone on a row`;
  return null;
}

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
    for (const width of WIDTHS) {
      await tab.setViewport({ width, height: 900 });
      await tab.goto(url, { waitUntil: "load" });
      const at = `${file} at ${width} px`;
      for (const p of await tab.evaluate(reflow)) problems.push(`${at}: ${p}`);
      for (const p of await tab.evaluate(wrappedNumbers)) problems.push(`${at}: ${p}`);
      const { texts, inter } = await tab.evaluate(chartText);
      for (const t of texts) {
        chartTexts += 1;
        smallestChartText = Math.min(smallestChartText, t.size);
        if (t.size < MIN_CHART_TEXT) problems.push(`${at}: chart text "${t.text}" renders at ${t.size.toFixed(2)} px (at least ${MIN_CHART_TEXT} px wanted)`);
        if (!/^"?Inter"?\s*,/.test(t.family)) problems.push(`${at}: chart text "${t.text}" is set in font-family: ${t.family} (Inter wanted, with a sans-serif fallback)`);
      }
      if (texts.length > 0 && !inter.includes("loaded")) {
        problems.push(`${at}: Inter is not loaded (document.fonts: ${inter.length === 0 ? "no Inter face" : inter.join(", ")})`);
      }
      if (width === 1280) {
        const title = await tab.evaluate(() => {
          const site = document.querySelector(".site-title a")?.textContent.trim() ?? "";
          const current = document.querySelector(".site-nav a[aria-current=page]")?.textContent.trim() ?? "";
          return { title: document.title, site, current };
        });
        const expected = file === "index.html" ? title.site : `${title.current} – ${title.site}`;
        if (title.title !== expected) problems.push(`${file}: the title is "${title.title}" ("${expected}" wanted)`);
      }
      if (shots && (width === 320 || width === 1280)) {
        await tab.screenshot({ path: join(shots, `${file.replace(".html", "")}-${width}.png`), fullPage: true });
      }
      if (width === 1280 || width === 320) {
        await tab.evaluate(axeSource);
        const result = await tab.evaluate(async () =>
          await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
        for (const v of result.violations) {
          for (const node of v.nodes) {
            problems.push(`${at}: axe ${v.id} (${v.impact}): ${v.help} — ${node.target.join(" ")}`);
          }
        }
      }
      // The cards last: the check rewrites the page's list.
      const own = cardProblem(await tab.evaluate(cardRows, 0));
      if (own) problems.push(`${at}: ${own}`);
      if (await tab.evaluate(() => document.querySelector(".key-figures") !== null)) {
        for (const count of [3, 4, 5]) {
          cardLayouts += 1;
          const found = cardProblem(await tab.evaluate(cardRows, count));
          if (found) problems.push(`${at} with ${count} cards: ${found}`);
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
const smallest = chartTexts > 0 ? `, chart text at ${smallestChartText.toFixed(2)} px or more in Inter (${chartTexts} texts)` : "";
console.log(`${pages.length} pages: no axe-core violations (wcag2a, wcag2aa, wcag21a, wcag21aa), no sideways scroll at ${WIDTHS.join(", ")} px, no number wrapped in a table${smallest}, titles as wanted, no lone card on a row (${cardLayouts} card layouts), no Nu Html Checker errors`);
