#!/usr/bin/env python3
"""Writes a copy of a tagged PDF with known PDF/UA faults, so the tests can
prove that check_pdf.py finds them: no /Lang, no /Alt on the first Figure,
no /Scope on the first TH cell, no ToUnicode on the first font of page 1,
no /Contents on the first link annotation, a soft hyphen in the first
bookmark.

Usage: break_pdf.py IN.pdf OUT.pdf
"""

import sys

import pikepdf
from pikepdf import Name


def first(element, kind, depth=0):
    if depth > 200:
        return None
    if isinstance(element, pikepdf.Array):
        for kid in element:
            found = first(kid, kind, depth + 1)
            if found is not None:
                return found
    elif isinstance(element, pikepdf.Dictionary):
        if element.get("/S") == Name("/" + kind):
            return element
        if "/K" in element:
            return first(element["/K"], kind, depth + 1)
    return None


def main(source, target):
    pdf = pikepdf.open(source)
    del pdf.Root["/Lang"]
    tree = pdf.Root["/StructTreeRoot"]
    del first(tree, "Figure")["/Alt"]
    del first(tree, "TH")["/A"]
    fonts = pdf.pages[0].obj["/Resources"]["/Font"]
    del fonts[list(fonts.keys())[0]]["/ToUnicode"]
    for page in pdf.pages:
        links = [a for a in page.obj.get("/Annots", []) if a.get("/Subtype") == Name.Link]
        if links:
            del links[0]["/Contents"]
            break
    with pdf.open_outline() as outline:
        bookmark = outline.root[0]
        bookmark.title = bookmark.title[:3] + "\u00ad" + bookmark.title[3:]
    pdf.save(target)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
