#!/usr/bin/env python3
"""Finds modules of a crate that use each other, directly or around a loop.

Usage: scripts/module-loops.py [CRATE_SRC_DIR ...]
       (default: every `*/src` of the workspace that holds a lib.rs)

A package's `src` holds the library (rooted at lib.rs) and its binaries,
each a crate of its own: every `src/bin/NAME/` rooted at its main.rs is
checked apart from the library and from the other binaries (a binary of one
file, `src/bin/NAME.rs`, has no modules to check).

At every level of a crate's module tree, the sibling modules form a graph:
an edge A -> B when code in A (or in any module below A) names B through a
`crate::`, `super::` or `self::` path. A module with its own submodules
counts as one node at its parent's level; its submodules are checked again
among themselves one level down. The check fails when any such graph has a
cycle, and prints each cycle with one line of code that makes each edge.

The paths are read from the source text (comments and string literals are
left out); `use` trees with braces are expanded. Prints nothing else and
exits 0 when there is no loop.
"""

import os
import re
import sys


def strip_comments_and_strings(text):
    """Blanks out comments, string and char literals, keeping line breaks."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            i = j
        elif text.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if text.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif text.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            out.append("\n" * text.count("\n", i, j))
            i = j
        elif c == "r" and re.match(r'r#*"', text[i:i + 10]) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            m = re.match(r'r(#*)"', text[i:])
            end = '"' + m.group(1)
            j = text.find(end, i + len(m.group(0)))
            j = n if j < 0 else j + len(end)
            out.append('""' + "\n" * text.count("\n", i, j))
            i = j
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append('""' + "\n" * text.count("\n", i, j))
            i = j + 1
        elif c == "'":
            m = re.match(r"'(\\.|\\u\{[0-9a-fA-F]+\}|\\x..|[^\\'])'", text[i:])
            if m:
                out.append("' '")
                i += len(m.group(0))
            else:  # a lifetime
                out.append(c)
                i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def module_files(src, root):
    """Maps each module path (tuple of names, () for the crate root) to its
    file, for the crate whose root file is `root` (lib.rs or main.rs) in
    `src`; the binaries under `src/bin` are crates of their own."""
    files = {}
    for dirpath, _, names in os.walk(src):
        if os.path.relpath(dirpath, src).split(os.sep)[0] == "bin":
            continue
        for name in names:
            if not name.endswith(".rs"):
                continue
            rel = os.path.relpath(os.path.join(dirpath, name), src)
            parts = rel[:-3].split(os.sep)
            if len(parts) == 1 and parts[0] in ("lib", "main") and name != root:
                continue  # the other crate root of the same folder
            if len(parts) == 1 and name == root:
                parts = []
            elif parts[-1] == "mod":
                parts = parts[:-1]
            files[tuple(parts)] = os.path.join(dirpath, name)
    return files


USE_TREE = re.compile(r"\buse\s+((?:crate|super|self)\b[^;]*);", re.S)
PATH = re.compile(r"\b((?:crate|super|self)(?:\s*::\s*(?:super|[A-Za-z_][A-Za-z0-9_]*))+)")
INLINE_MOD = re.compile(r"\bmod\s+([a-z_][a-z0-9_]*)\s*\{")


def expand(tree):
    """Expands a use tree `a::{b, c::{d}}` into plain paths."""
    tree = re.sub(r"\s+", "", tree)
    depth = 0
    for i, c in enumerate(tree):
        if c == "{":
            if depth == 0:
                prefix, inner = tree[:i], tree[i + 1:tree.rindex("}")]
                parts, d, start = [], 0, 0
                for j, ch in enumerate(inner):
                    if ch == "{":
                        d += 1
                    elif ch == "}":
                        d -= 1
                    elif ch == "," and d == 0:
                        parts.append(inner[start:j])
                        start = j + 1
                parts.append(inner[start:])
                result = []
                for p in parts:
                    if p:
                        result.extend(prefix + q for q in expand(p))
                    elif prefix.endswith("::"):
                        result.append(prefix[:-2])
                return result
            depth += 1
    return [re.sub(r"\bas\b.*$", "", tree)]


def resolve(module, path):
    """Turns a `crate::`/`super::`/`self::` path written in `module` into an absolute module path."""
    segments = [s for s in re.split(r"\s*::\s*", path) if s]
    if not segments:
        return None
    if segments[0] == "crate":
        base, rest = [], segments[1:]
    else:
        base = list(module)
        rest = segments
        while rest and rest[0] in ("super", "self"):
            if rest[0] == "super":
                if not base:
                    return None
                base.pop()
            rest = rest[1:]
    return tuple(base + rest)


def edges_of(files):
    known = set(files)
    edges = []  # (from module, to module, file, line number, line text)
    for module, path in sorted(files.items()):
        with open(path, encoding="utf-8") as f:
            raw = f.read()
        text = strip_comments_and_strings(raw)
        # Inline `mod name {` blocks: code inside them is still in this file's
        # module for this check (a module with its submodules counts as one).
        lines = raw.split("\n")
        found = []
        for m in USE_TREE.finditer(text):
            for p in expand(m.group(1)):
                found.append((m.start(), p))
        for m in PATH.finditer(text):
            # skip paths already seen inside a `use` tree
            found.append((m.start(), m.group(1)))
        for pos, p in found:
            target = resolve(module, p)
            if target is None:
                continue
            # the longest known module prefix of the path
            while target and target not in known:
                target = target[:-1]
            lineno = text.count("\n", 0, pos) + 1
            edges.append((module, target, path, lineno, lines[lineno - 1].strip()))
    return known, edges


def cycles(nodes, graph):
    """Strongly connected components with more than one node (Tarjan)."""
    index, low, stack, on, result = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                result.append(sorted(comp))

    for v in sorted(nodes):
        if v not in index:
            visit(v)
    return result


def crates(src):
    """The crates of a package's `src`: (the folder shown, module files)."""
    found = []
    if os.path.isfile(os.path.join(src, "lib.rs")):
        found.append((src, module_files(src, "lib.rs")))
    elif os.path.isfile(os.path.join(src, "main.rs")):
        found.append((src, module_files(src, "main.rs")))
    bins = os.path.join(src, "bin")
    if os.path.isdir(bins):
        for name in sorted(os.listdir(bins)):
            tree = os.path.join(bins, name)
            if os.path.isfile(os.path.join(tree, "main.rs")):
                found.append((tree, module_files(tree, "main.rs")))
    return found


def check(src, files):
    known, edges = edges_of(files)
    problems = []
    parents = sorted({m[:-1] for m in known if m})
    for parent in parents:
        depth = len(parent)
        children = {m[depth] for m in known if len(m) > depth and m[:depth] == parent}
        graph, why = {}, {}
        for a, b, path, lineno, line in edges:
            if len(a) <= depth or len(b) <= depth or a[:depth] != parent or b[:depth] != parent:
                continue
            x, y = a[depth], b[depth]
            if x == y:
                continue
            graph.setdefault(x, set()).add(y)
            why.setdefault((x, y), f"{os.path.relpath(path)}:{lineno}: {line}")
        for comp in cycles(children, graph):
            where = "::".join(("crate",) + parent)
            lines = [f"{os.path.relpath(src)}: modules of {where} that use each other: {', '.join(comp)}"]
            for x in comp:
                for y in comp:
                    if (x, y) in why:
                        lines.append(f"  {x} -> {y}  ({why[(x, y)]})")
            problems.append("\n".join(lines))
    return problems


def main(args):
    if not args:
        root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
        args = sorted(
            os.path.join(root, d, "src")
            for d in os.listdir(root)
            if os.path.isfile(os.path.join(root, d, "src", "lib.rs"))
        )
    problems = []
    for package_src in args:
        for src, files in crates(package_src):
            problems.extend(check(src, files))
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
