#!/usr/bin/env python3
"""One corpus document through docpipe and the project's layout checker (#12).

Usage: check_document.py DOCPIPE NAME.md OUTDIR

Renders tests/corpus/NAME.md with `DOCPIPE render` into OUTDIR/NAME.pdf (kept there to look at
after a failure), then runs tests/tools/check_layout.py on it with
  - the arguments in NAME.check beside it, one a line (blank lines and `#` lines skipped),
  - `--paragraphs` of the document's plain body paragraphs, so no text is lost on the way.
NAME.units (unit names, one a line, that must not break in titles) is passed to render as
`--units NAME.units` when `docpipe render --help` offers that option; otherwise it is skipped
with a note (the option is the `titles` part of #12). The checker always gets it (`--units`:
a title broken inside one of the names is a problem).

Passes (exit 0) only when render exits 0 — a warning (exit 3) is a finding in a corpus
document — and the checker ends with "0 problems". Otherwise prints what render said and every
line the checker printed, and exits 1.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CHECKER = os.path.join(HERE, "..", "tools", "check_layout.py")


def body_of(markdown):
    """The Markdown after the front matter."""
    m = re.match(r"^---\n.*?\n---\n", markdown, re.S)
    return markdown[m.end():] if m else markdown


def plain_paragraphs(markdown):
    """The body's paragraphs without Markdown syntax: runs of text lines that are not headings,
    tables, quotes, lists, fences or HTML comments. Only paragraphs without inline markup
    (`*`, `` ` ``, `[`, `\\`) are taken: the checker compares them with what pdftotext reads."""
    paragraphs, current, fenced = [], [], False
    for line in body_of(markdown).split("\n"):
        stripped = line.strip()
        if stripped.startswith("```"):
            fenced = not fenced
        plain = (not fenced and stripped and not stripped.startswith(("```", "#", "|", ">", "-",
                                                                      "<!--", "*", "+"))
                 and not re.match(r"^\d+[.)] ", stripped))
        if plain:
            current.append(stripped)
            continue
        if current:
            paragraphs.append("".join(current))
            current = []
    if current:
        paragraphs.append("".join(current))
    return [p for p in paragraphs if not re.search(r"[*`\[\\_<]", p)]


def check_arguments(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip() and not l.strip().startswith("#")]


def expand(args):
    """`--expect 1:TEXT:X:Y` written on one line is two arguments."""
    out = []
    for a in args:
        out.extend(a.split(" ", 1) if a.startswith("--") and " " in a else [a])
    return out


def main(argv):
    if len(argv) != 4:
        print(__doc__.strip().splitlines()[2])
        return 2
    docpipe, source, outdir = argv[1:]
    name = os.path.splitext(os.path.basename(source))[0]
    stem = os.path.splitext(source)[0]
    os.makedirs(outdir, exist_ok=True)
    pdf = os.path.join(outdir, name + ".pdf")
    if os.path.exists(pdf):
        os.remove(pdf)

    command = [docpipe, "render", source, "-o", pdf]
    if os.path.exists(stem + ".units"):
        usage = subprocess.run([docpipe, "render", "--help"], capture_output=True, text=True)
        if "--units" in usage.stdout:
            command += ["--units", stem + ".units"]
        else:
            print(f"note: {name}.units skipped: `docpipe render` has no --units option yet")
    rendered = subprocess.run(command, capture_output=True, text=True)
    if rendered.returncode != 0:
        print(f"{name}.md: docpipe render exited {rendered.returncode} (expected 0):")
        print(rendered.stderr.strip())
        return 1

    with open(source, encoding="utf-8") as f:
        paragraphs = plain_paragraphs(f.read())
    listing = os.path.join(outdir, name + ".paragraphs")
    with open(listing, "w", encoding="utf-8") as f:
        f.write("\n".join(paragraphs) + "\n")

    # The checker also reads the names, and reports a title broken inside one of them.
    units = ["--units", stem + ".units"] if os.path.exists(stem + ".units") else []
    checked = subprocess.run([sys.executable, CHECKER, pdf, "--paragraphs", listing] + units +
                             expand(check_arguments(stem + ".check")),
                             capture_output=True, text=True)
    out = checked.stdout.strip()
    last = out.splitlines()[-1] if out else ""
    if checked.returncode != 0 or not last.endswith(" 0 problems"):
        print(f"{name}.md: check_layout.py exited {checked.returncode} on {pdf}:")
        print(out)
        print(checked.stderr.strip())
        return 1
    print(f"{name}.md: {last}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
