"""Writes the status report as Markdown for pandoc + pdflatex, from the
data.json and chart SVGs that `plan-report status --emit-typst DIR` writes,
so the peer typesets the same content: cover facts, table of contents,
summary, population table and three charts, focus areas with result goals
and action tables, budget with chart, and the appendices.

Usage: python3 pandoc_markdown.py EMIT_DIR OUT_DIR
(the charts are converted to PDF with rsvg-convert, outside the timing)
"""
import json
import os
import subprocess
import sys

emit, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
data = json.load(open(os.path.join(emit, "data.json"), encoding="utf-8"))
meta = data["meta"]


def esc(text):
    """Escapes Markdown and LaTeX specials so text prints literally. Symbols
    pdflatex has no glyph for (status marks, the true minus) are replaced:
    the status words stand beside them anyway."""
    text = str(text)
    for symbol in "○▲▼⚠●✓↻":
        text = text.replace(symbol, "")
    text = text.replace("\u2212", "-").replace("\u202f", "\u00a0").replace("₂", "2")
    for ch in "\\`*_{}[]<>()#+!|$%&~^@":
        text = text.replace(ch, "\\" + ch)
    return text.replace("\n", " ")


def chart(c):
    name = os.path.splitext(os.path.basename(c["file"]))[0] + ".pdf"
    subprocess.run(["rsvg-convert", "-f", "pdf", "-o", os.path.join(out, name), os.path.join(emit, c["file"])], check=True)
    return f"![{esc(c['caption'])}]({name}){{width=100%}}\n"


def table(header, rows, align=None):
    align = align or ["l"] * len(header)
    sep = {"l": ":---", "r": "---:"}
    lines = ["| " + " | ".join(esc(h) for h in header) + " |", "|" + "|".join(sep[a] for a in align) + "|"]
    lines += ["| " + " | ".join(esc(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


md = []
md.append("---")
md.append(f"title: \"{meta['report_title']}: {meta['plan_title']}\"")
md.append(f"subtitle: \"{meta['subtitle']}\"")
md.append(f"author: \"{meta['owner']}\"")
md.append(f"date: \"{meta['date']['text']}\"")
md.append("lang: nn")
md.append("papersize: a4")
md.append("geometry: margin=2.4cm")
md.append("fontsize: 10pt")
md.append("toc: true")
md.append("numbersections: true")
md.append("---\n")
md.append("# Samandrag\n")
md.append(table(["Tal", "Kva", "Merknad"], [[k["value"], k["label"], k["note"]] for k in data["summary"]]))
p = data["population"]
md.append("# Folketal\n")
md.append(esc(p["rule"]) + "\n")
md.append(table(["Kode", "Kommune", p["from"]["short"], p["to"]["short"], "Endring", "Endring %", "Årleg %", "Del", "Per km²", "Rang"],
                [[r["code"], r["name"], r["from"], r["to"], r["change"], r["change_pct"], r["annual_pct"], r["share"], r["density"], r["rank"]] for r in p["rows"]],
                ["l", "l"] + ["r"] * 8))
for c in p["charts"]:
    if c["file"] != "charts/kostnad.svg":
        md.append(chart(c))
md.append("## Utvikling frå år til år\n")
md.append(table(["Dato", "Folketal", "Endring", "Endring %"], [[s["date"], s["count"], s["change"], s["change_pct"]] for s in p["series"]], ["l", "r", "r", "r"]))
for area in data["focus_areas"]:
    md.append(f"# {esc(area['name'])}\n")
    md.append("\n\n".join(esc(x) for x in area["description"]["paragraphs"]) + "\n")
    md.append("## Resultatmål\n")
    md.append("\n".join(f"- {esc(g['text'])}" for g in area["goals"]) + "\n")
    for g in area["goals"]:
        if g["measurable"]:
            md.append(f"**{esc(g['status'])}: {esc(g['text'])}**\n")
            md.append(table(["Måltal", "Utgangsverdi", "Siste verdi", "Mål"], [[g["measure"], g["baseline"], g["latest"], g["target"]]]))
            md.append(esc(g["rule"]) + "\n")
    md.append("## Tiltak\n")
    rows = []
    for group in area["groups"]:
        if group["theme"]:
            rows.append([group["theme"], "", "", "", ""])
        for a in group["actions"]:
            rows.append([f"{a['id']} {a['text']}", a["deadline"], a["responsible"], a["cost"], a["note"]])
    md.append(table(["Tiltak", "Frist", "Ansvar", "Kostnad", "Merknad"], rows, ["l", "l", "l", "r", "l"]))
b = data["budget"]
md.append("# Budsjett\n")
md.append(table(["Innsatsområde", "Tiltak", "Med kostnad", "Kostnad"], [[r["name"], r["count"], r["costed"], r["cost"]] for r in b["rows"]], ["l", "r", "r", "r"]))
if b["chart"]:
    md.append(chart(b["chart"]))
md.append("# Vedlegg 1: Merknader frå kontrollen {-}\n")
md.append(table(["Type", "Stad", "Melding"], [[f["severity"], f["location"], f["message"]] for f in data["findings"]]))
md.append("# Vedlegg 2: Forkortingar {-}\n")
md.append(table(["Forkorting", "Tyding"], [[g["abbreviation"], g["name"]] for g in data["glossary"]]))
md.append("# Vedlegg 3: Kjelder {-}\n")
md.append(table(["Fil", "Innhald"], [[s["file"], s["description"]] for s in data["sources"]]))
open(os.path.join(out, "report.md"), "w", encoding="utf-8").write("\n".join(md))
print(os.path.join(out, "report.md"))
