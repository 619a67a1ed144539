#!/usr/bin/env python3
"""Makes an mdBook of the same size and shape as a plan-report site, for
the side-by-side benchmark in BENCHMARKS.md: one chapter per page, with the
page's headings, paragraphs, lists and tables as Markdown.

Usage: site-to-book.py SITE_DIR BOOK_DIR
"""

import html.parser
import os
import sys


class ToMarkdown(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.text, self.row, self.rows = [], "", None, None
        self.in_main, self.skip = False, 0

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self.in_main = True
        if tag in ("script", "style", "svg"):
            self.skip += 1
        if tag == "table":
            self.rows = []
        if tag == "tr":
            self.row = []
        if tag in ("td", "th", "p", "li", "h1", "h2", "h3", "h4", "caption"):
            self.text = ""

    def handle_endtag(self, tag):
        if tag in ("script", "style", "svg"):
            self.skip -= 1
        if not self.in_main or self.skip:
            return
        text = " ".join(self.text.split())
        if tag in ("h1", "h2", "h3", "h4"):
            self.out.append("#" * int(tag[1]) + " " + text + "\n")
        elif tag == "p" and self.rows is None:
            self.out.append(text + "\n")
        elif tag == "li" and self.rows is None:
            self.out.append("- " + text)
        elif tag in ("td", "th") and self.row is not None:
            self.row.append(text.replace("|", "\\|"))
        elif tag == "tr" and self.rows is not None:
            self.rows.append(self.row)
            self.row = None
        elif tag == "table" and self.rows:
            width = max(len(r) for r in self.rows)
            rows = [r + [""] * (width - len(r)) for r in self.rows]
            self.out.append("| " + " | ".join(rows[0]) + " |")
            self.out.append("|" + " --- |" * width)
            for r in rows[1:]:
                self.out.append("| " + " | ".join(r) + " |")
            self.out.append("")
            self.rows = None
        if tag == "main":
            self.in_main = False

    def handle_data(self, data):
        if self.in_main and not self.skip:
            self.text += data


def main(site, book):
    src = os.path.join(book, "src")
    os.makedirs(src, exist_ok=True)
    pages = sorted(f for f in os.listdir(site) if f.endswith(".html"))
    summary = ["# Summary\n"]
    for page in pages:
        parser = ToMarkdown()
        parser.feed(open(os.path.join(site, page), encoding="utf-8").read())
        name = page.replace(".html", ".md")
        open(os.path.join(src, name), "w", encoding="utf-8").write("\n".join(parser.out) + "\n")
        summary.append(f"- [{page}](./{name})")
    open(os.path.join(src, "SUMMARY.md"), "w", encoding="utf-8").write("\n".join(summary) + "\n")
    open(os.path.join(book, "book.toml"), "w").write('[book]\ntitle = "Plan"\nlanguage = "nn"\n\n[output.html]\nsearch.enable = false\n')


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
