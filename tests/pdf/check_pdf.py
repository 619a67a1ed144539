#!/usr/bin/env python3
"""Checks the automatable PDF/UA-1 (Matterhorn protocol) checkpoints of
PDFs by walking their structure tree with pikepdf:

- the document language (`/Lang` in the catalogue), `/DisplayDocTitle`,
  a title in the XMP metadata, `/MarkInfo /Marked`, and the PDF/UA
  identification in the XMP;
- a structure tree whose every `Figure` has alternative text (`/Alt`);
- tables with header cells (`TH`), each with a `/Scope`;
- heading levels (`H1`..`H6`) that start at `H1` and never skip a level
  going deeper;
- every link annotation with `/Contents` and in the structure tree
  (a `Link` element holding the annotation);
- every font embedded (a font file in its descriptor) with a `ToUnicode`
  map, including the fonts of form XObjects;
- no soft hyphen (U+00AD, where plan-report lets typst break a word) in
  the document title, a bookmark, or a structure element's title (`/T`),
  alternative text (`/Alt`) or `/ActualText`.

Usage: check_pdf.py FILE.pdf...
Prints one line per problem and a summary per file; exits 1 if any
problem was found, 0 otherwise.
"""

import sys

import pikepdf
from pikepdf import Name


def name_of(obj):
    return str(obj)[1:] if isinstance(obj, Name) else None


def structure_type(element, role_map):
    kind = name_of(element.get("/S"))
    seen = set()
    while kind in role_map and kind not in seen:
        seen.add(kind)
        kind = name_of(role_map[kind])
    return kind


def attributes(element):
    value = element.get("/A")
    if value is None:
        return []
    if isinstance(value, pikepdf.Array):
        return [a for a in value if isinstance(a, pikepdf.Dictionary)]
    if isinstance(value, pikepdf.Dictionary):
        return [value]
    return []


def walk(element, role_map, found, depth=0):
    """Collects the elements of the tree in document order."""
    if depth > 200:
        return
    if isinstance(element, pikepdf.Array):
        for kid in element:
            walk(kid, role_map, found, depth + 1)
    elif isinstance(element, pikepdf.Dictionary):
        if "/S" in element:
            found.append(element)
        kids = element.get("/K")
        if kids is None:
            return
        if isinstance(kids, pikepdf.Array):
            for kid in kids:
                walk(kid, role_map, found, depth + 1)
        else:
            walk(kids, role_map, found, depth + 1)


def fonts_of(resources, seen):
    """Every font of a resource dictionary, its form XObjects' included."""
    if not isinstance(resources, pikepdf.Dictionary):
        return
    fonts = resources.get("/Font")
    if isinstance(fonts, pikepdf.Dictionary):
        for key in fonts.keys():
            font = fonts[key]
            ident = font.objgen if font.is_indirect else id(font)
            if ident in seen:
                continue
            seen.add(ident)
            yield font
    xobjects = resources.get("/XObject")
    if isinstance(xobjects, pikepdf.Dictionary):
        for key in xobjects.keys():
            xobject = xobjects[key]
            ident = ("x", xobject.objgen) if xobject.is_indirect else id(xobject)
            if ident in seen:
                continue
            seen.add(ident)
            if xobject.get("/Subtype") == Name.Form:
                yield from fonts_of(xobject.get("/Resources"), seen)


def embedded(font):
    subtype = name_of(font.get("/Subtype"))
    if subtype == "Type3":
        return True  # glyphs drawn by the font's own procedures
    if subtype == "Type0":
        descendants = font.get("/DescendantFonts")
        if not descendants:
            return False
        font = descendants[0]
    descriptor = font.get("/FontDescriptor")
    if not isinstance(descriptor, pikepdf.Dictionary):
        return False
    return any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


SOFT_HYPHEN = "\u00ad"


def bookmark_titles(items):
    """The titles of the bookmarks and of all under them."""
    for item in items:
        yield str(item.title)
        yield from bookmark_titles(item.children)


def check(path):
    problems = []
    counts = {"figures": 0, "tables": 0, "th": 0, "headings": 0, "links": 0, "fonts": 0}
    pdf = pikepdf.open(path)
    root = pdf.Root

    lang = root.get("/Lang")
    if lang is None or not str(lang).strip():
        problems.append("the catalogue has no /Lang (document language)")
    else:
        counts["lang"] = str(lang)
    preferences = root.get("/ViewerPreferences")
    if not (isinstance(preferences, pikepdf.Dictionary) and bool(preferences.get("/DisplayDocTitle", False))):
        problems.append("/ViewerPreferences /DisplayDocTitle is not true")
    mark = root.get("/MarkInfo")
    if not (isinstance(mark, pikepdf.Dictionary) and bool(mark.get("/Marked", False))):
        problems.append("/MarkInfo /Marked is not true (not a tagged PDF)")
    with pdf.open_metadata() as meta:
        title = meta.get("dc:title")
        if not title or not str(title).strip():
            problems.append("the XMP metadata has no dc:title")
        elif SOFT_HYPHEN in str(title):
            problems.append("the XMP title has a soft hyphen")
    with pdf.open_outline() as outline:
        for title in bookmark_titles(outline.root):
            if SOFT_HYPHEN in title:
                problems.append(f"a bookmark has a soft hyphen: {title!r}")
        # The namespace by its URI: older pikepdf versions do not know the prefix.
        if not str(meta.get("{http://www.aiim.org/pdfua/ns/id/}part", "")).strip():
            problems.append("the XMP metadata has no pdfuaid:part (PDF/UA identification)")

    tree = root.get("/StructTreeRoot")
    if not isinstance(tree, pikepdf.Dictionary):
        problems.append("there is no structure tree (/StructTreeRoot)")
        return problems, counts
    role_map = {}
    raw_map = tree.get("/RoleMap")
    if isinstance(raw_map, pikepdf.Dictionary):
        for key in raw_map.keys():
            role_map[key[1:]] = raw_map[key]
    elements = []
    walk(tree, role_map, elements)

    previous_level = 0
    link_annotations = set()
    for element in elements:
        kind = structure_type(element, role_map)
        for key in ("/T", "/Alt", "/ActualText"):
            if SOFT_HYPHEN in str(element.get(key, "")):
                problems.append(f"a {kind} element's {key[1:]} has a soft hyphen (object {element.objgen[0]})")
        if kind == "Figure":
            counts["figures"] += 1
            alt = element.get("/Alt")
            if alt is None or not str(alt).strip():
                problems.append(f"a Figure has no /Alt text (object {element.objgen[0]})")
        elif kind == "Table":
            counts["tables"] += 1
            inner = []
            walk(element.get("/K"), role_map, inner)
            headers = [e for e in inner if structure_type(e, role_map) == "TH"]
            if not headers:
                problems.append(f"a Table has no TH header cell (object {element.objgen[0]})")
        elif kind == "TH":
            counts["th"] += 1
            scopes = [a.get("/Scope") for a in attributes(element) if a.get("/Scope") is not None]
            if not scopes:
                problems.append(f"a TH cell has no /Scope (object {element.objgen[0]})")
        elif kind in ("H1", "H2", "H3", "H4", "H5", "H6"):
            counts["headings"] += 1
            level = int(kind[1])
            if previous_level == 0 and level != 1:
                problems.append(f"the first heading is {kind}, not H1")
            elif level > previous_level + 1:
                problems.append(f"heading levels skip from H{previous_level} to {kind}")
            previous_level = level
        elif kind == "H":
            problems.append("an unnumbered H heading (PDF/UA: use H1..H6 throughout)")
        elif kind == "Link":
            kids = element.get("/K")
            kids = list(kids) if isinstance(kids, pikepdf.Array) else [kids]
            for kid in kids:
                if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == Name.OBJR:
                    annotation = kid.get("/Obj")
                    if annotation is not None and annotation.is_indirect:
                        link_annotations.add(annotation.objgen)

    seen_fonts = set()
    for number, page in enumerate(pdf.pages, start=1):
        for annotation in page.obj.get("/Annots", []):
            if annotation.get("/Subtype") != Name.Link:
                continue
            counts["links"] += 1
            contents = annotation.get("/Contents")
            if contents is None or not str(contents).strip():
                problems.append(f"page {number}: a link annotation has no /Contents")
            if annotation.is_indirect and annotation.objgen not in link_annotations:
                problems.append(f"page {number}: a link annotation is not in the structure tree")
        for font in fonts_of(page.obj.get("/Resources"), seen_fonts):
            counts["fonts"] += 1
            base = str(font.get("/BaseFont", "(unnamed)"))
            if not embedded(font):
                problems.append(f"the font {base} is not embedded")
            if "/ToUnicode" not in font:
                problems.append(f"the font {base} has no ToUnicode map")

    if counts["headings"] == 0:
        problems.append("the structure tree has no headings")
    return problems, counts


def main(paths):
    failed = False
    for path in paths:
        problems, counts = check(path)
        for problem in problems:
            print(f"{path}: {problem}")
        summary = ", ".join(f"{v} {k}" for k, v in counts.items() if k != "lang") + f", lang {counts.get('lang')}"
        print(f"{path}: {'FAILED' if problems else 'ok'} ({summary})")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
