#!/usr/bin/env python3
"""docpipe's own outside check of a rendered document against the GB/T 9704-2012 page.

Usage: check_layout.py PDF [--paragraphs FILE] [--full-pages] [--first-unnumbered] [--units FILE]
                        [--expect PAGE:TEXT:X:Y]... [--expect-image PAGE:X:Y:W:H]...

Reads the PDF back with poppler's `pdftotext -bbox-layout` (no knowledge of how docpipe made
it) and prints one line per departure from the page docpipe promises:

  type area   A4, 版心 156 x 225 mm at 28 mm from the left and 37 mm from the top (§5.2.1)
  body lines  inside the type area, at most 28 CJK characters each (§5.2.2)
  禁则         no line starts with closing punctuation or ends with opening punctuation
  justified   a paragraph line followed by another line of the same paragraph reaches the
              right edge (the next line starts at the left edge, not indented)
  page number `— N —`, N the page, about 7 mm below the type area, one character in from the
              right edge on odd pages and from the left edge on even ones (§7.5)
  full pages  (--full-pages) every page but the first and last holds 20–22 body lines,
              at least half of them exactly 22 (a heading kept with its paragraph may leave
              a line or two)
  paragraphs  (--paragraphs FILE, one paragraph a line) each extracts back from the PDF
  elements    (--expect PAGE:TEXT:X:Y, repeatable) a word starting with TEXT on PAGE whose left
              edge is X mm from the paper's left edge (within 1 mm) and whose box is centred
              Y mm below the paper's top (within 2 mm): where GB/T 9704 puts an element;
              X may be `c` (centred in the type area) or `rN` (its right edge N mm from the
              paper's left edge)
  images      (--expect-image PAGE:X:Y:W:H, repeatable) an image drawn on PAGE whose box has its
              top-left corner X, Y mm from the paper's top-left corner and is W × H mm (each
              within 1 mm): a seal (印章, §7.3.5.1); read with MuPDF's `mutool trace`
  (--first-unnumbered: the first page carries no page number, as in a 信函 §10.1; a blank
  page before the 版记 page at the end and the 版记 page carry none either, §7.5)
  half-width  digits, Latin letters and . % - / inside a run (`14.52%`, `GB/T 9704-2012`,
              the space of a standard number included) at their font's widths: each glyph
              starts where the one before it ends, never letter-spaced (character boxes from
              `mutool draw -F stext`)
  grid        (§5.2.3) a full body line (三号, reaching the right edge) is spread by at most one
              cell in total and compressed by at most one character, and only where a 禁则
              forces it (it ends with closing punctuation, a half-width run or a number with
              its unit); a line after the two-character indent holds at most 26 characters
              (27 and 29 with pulled-up closing punctuation). More than a cell of spread is
              excused only where it is provably unavoidable (`least_excess`): no choice of
              breaks in the whole paragraph keeps every line within these limits (a 文号 or
              standard number wider than what the lines around it can give up), and then
              only up to the least worst-line spread any choice leaves
  标题         (§7.3.1) the title's first line (二号, 22 pt) has its top two 行 (2 x 30 pt)
              below the 版头's red rule, or, without a 版头, in the first grid line of the
              type area (the red rule is read with `mutool trace`)
  标题 lines   (§7.3.1) the lines of a title broken over several: none under a third of the
              longest, no hourglass (a line shorter than both its neighbours), no break inside
              《》〈〉“”（）, a half-width run or a date or period (2026年|12月, 第四|季度), nor,
              with --units FILE (one name a line, as `docpipe render --units` takes), inside
              one of the names; nor a table cell (check_tables.py)
  tables      header words whole, no cell overflowing, figures aligned on the decimal point
              (check_tables.py beside this file: mutool's character boxes and rules)
  pitch       (§7.3.5.5, check_pitch) the pitch of each page measured from its 三号 baselines:
              only the page holding the 成文日期 may be set closer than the grid (to keep the
              署名 and date with the text), and never below 0.8 of it (layout's geometry.h
              limit); such a page holds at most 24 lines of 三号 and is not counted by
              --full-pages
  signature   (§7.3.5.5, check_signature_page) a 署名 and 成文日期 that went over to a page
              of their own take at least two lines of text with them: on any page but the
              first, at least two body lines stand above the 署名 block
  inside      (#12 item 6) every glyph, rule, box and image of an upright page lies inside
              the 版心, but for the page number and a 信函's 标志 and double rules (§10.1)
              (check_inside.py beside this file: mutool's character boxes and paths), a
              seal's image included (§7.3.5.5 容下印章)

Ends with "N pages, M problems"; exit status 1 if there is any problem, 2 if the PDF cannot
be read. Needs python3, poppler-utils and mupdf-tools.
"""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

from check_inside import check_inside
from check_tables import (check_table_names, check_tables, check_turned_page, page_rotations,
                          table_boxes)

MM = 72 / 25.4  # points per millimetre
LEFT, RIGHT = 28 * MM, (28 + 156) * MM
TOP, BOTTOM = 37 * MM, (37 + 225) * MM
CHAR = 156 * MM / 28  # one character of the 28-character line
SLACK = 1.5  # points a glyph box may stray from a nominal edge
TIGHT = 0.1  # points: rounding in widths read back, where the limits themselves are compared
CLOSING = set("，。、；：？！）》」』”’%…·,.;:?!)")
OPENING = set("（《「『“‘([")
PAGE_NUMBER = re.compile(r"^—\s*(\d+)\s*—$")
HEAD_MARK = re.compile(r"^(\d{6}|(绝密|机密|秘密)(★.*)?|特急|加急)$")
ROW = 16 * (1 + 7 / 8)  # 行 (§7.3.1): a 三号 character plus 7/8 of it, 30 pt
PITCH = 225 * MM / 22  # one line of the 22-line grid
TIGHT_SCALE_MIN = 0.8  # layout's geometry.h: a tightened page's pitch, at least 0.8 of PITCH
DATE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")  # a 成文日期 line


class Line:
    def __init__(self, text, x0, y0, x1, y1, words=()):
        self.text, self.x0, self.y0, self.x1, self.y1 = text, x0, y0, x1, y1
        self.words = list(words)  # (x0, x1, text) of each word, left to right

    def is_body(self):
        # Body text is 三号 (16 pt): its box is 11–20 pt high and inside the type area's height.
        # Titles (二号), page numbers and 版记 rules fall outside one of these.
        height = self.y1 - self.y0
        return (not PAGE_NUMBER.match(self.text) and 11 <= height <= 20
                and self.y0 >= TOP - 6 and self.y1 <= BOTTOM + 6)

    def cjk(self):
        # pdftotext joins the cells of a table row into one line; a gap wider than a third
        # of a character between words separates cells, each its own line of text.
        most, run, last_x1 = 0, 0, None
        for x0, x1, text in self.words or [(self.x0, self.x1, self.text)]:
            if last_x1 is not None and x0 - last_x1 > CHAR / 3:
                run = 0
            run += sum(1 for ch in text if ord(ch) > 0x2E80)
            most, last_x1 = max(most, run), x1
        return most


def read_pages(pdf):
    run = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], capture_output=True, text=True)
    if run.returncode != 0:
        print(f"{pdf}: pdftotext cannot read it: {run.stderr.strip()}")
        sys.exit(2)
    xml = re.sub(r"<!DOCTYPE[^>]*>", "", run.stdout)
    xml = re.sub(r'xmlns="[^"]*"', "", xml)
    pages = []
    for page in ET.fromstring(xml).iter("page"):
        lines = []
        for line in page.iter("line"):
            text = "".join(w.text or "" for w in line.iter("word"))
            box = (float(line.get(k)) for k in ("xMin", "yMin", "xMax", "yMax"))
            words = [(float(w.get("xMin")), float(w.get("xMax")), w.text or "")
                     for w in line.iter("word")]
            lines.append(Line(text, *box, words))
        pages.append(lines)
    return pages


def check_page_number(pno, lines, problems):
    numbers = [l for l in lines if PAGE_NUMBER.match(l.text)]
    if not numbers:
        problems.append(f"page {pno}: no '— N —' page number")
        return
    l = numbers[0]
    n = int(PAGE_NUMBER.match(l.text).group(1))
    if n != pno:
        problems.append(f"page {pno}: the page number says {n}")
    if pno % 2 == 1 and not (10 <= RIGHT - l.x1 <= 20):
        problems.append(f"page {pno}: odd page number ends at {l.x1:.1f}pt, "
                        f"expected one character in from the right edge ({RIGHT - CHAR:.1f})")
    if pno % 2 == 0 and not (10 <= l.x0 - LEFT <= 20):
        problems.append(f"page {pno}: even page number starts at {l.x0:.1f}pt, "
                        f"expected one character in from the left edge ({LEFT + CHAR:.1f})")
    middle = (l.y0 + l.y1) / 2
    if not (BOTTOM - 2 <= middle <= BOTTOM + 14 * MM):
        problems.append(f"page {pno}: page number at y={l.y0:.1f}..{l.y1:.1f}pt, "
                        f"expected about 7 mm below the type area ({BOTTOM:.1f}pt)")


def check_body(pno, body, problems, tables=()):
    def inside_table(l):
        return any(x0 - 1 <= l.x0 and l.x1 <= x1 + 1 and y0 - 1 <= l.y0 and l.y1 <= y1 + 1
                   for x0, y0, x1, y1 in tables)

    for l in body:
        # A table cell's first line may well be `%` (a unit column), and its lines are not
        # justified: check_tables checks the 禁则 where a cell's text is broken.
        in_table = inside_table(l)
        if l.x0 < LEFT - SLACK or l.x1 > RIGHT + SLACK:
            problems.append(f"page {pno}: line outside the type area "
                            f"({l.x0:.1f}..{l.x1:.1f}pt): {l.text[:20]}")
        # 28 characters of 3号 a line; 4号 lines (版记, §7.4) hold up to 31 in the same width.
        # One more where closing punctuation was pulled up into the marks' half-blank cells.
        most = 28 if l.y1 - l.y0 >= 15 else 31
        if l.text and l.text[-1] in CLOSING:
            most += 1
        if l.cjk() > most:
            problems.append(f"page {pno}: {l.cjk()} CJK characters on one line: {l.text[:20]}")
        if l.text and l.text[0] in CLOSING and not in_table:
            problems.append(f"page {pno}: line starts with '{l.text[0]}': {l.text[:20]}")
        if l.text and l.text[-1] in OPENING and not in_table:
            problems.append(f"page {pno}: line ends with '{l.text[-1]}': {l.text[-20:]}")
    # A line is continued by the next when that one starts flush left on the next grid line
    # (a new paragraph is indented two characters; a heading, table or signature is not on
    # the grid line right below or does not start at the left edge with running text).
    for prev, cur in zip(body, body[1:]):
        continues = abs(cur.x0 - LEFT) <= SLACK and 0 < cur.y0 - prev.y0 <= 32
        if HEAD_MARK.match(prev.text) or inside_table(prev):
            continue  # 份号, 密级, 紧急程度 stand on lines of their own (§7.2.1-7.2.3)
        if continues and abs(prev.x0 - LEFT) <= 2 * CHAR + SLACK and prev.x1 < RIGHT - SLACK:
            problems.append(f"page {pno}: a line continued on the next is not justified to the "
                            f"right edge ({prev.x1:.1f}pt, edge {RIGHT:.1f}): {prev.text[-20:]}")
    # The type area is where it should be: the leftmost line starts at the left edge, a table
    # cell's padding or a paragraph's two-character indent from it.
    leftmost = min((l.x0 for l in body), default=LEFT)
    if not LEFT - SLACK <= leftmost <= LEFT + 2 * CHAR + SLACK:
        problems.append(f"page {pno}: no line starts at the left edge of the type area "
                        f"(28 mm = {LEFT:.1f}pt); the leftmost starts at {leftmost:.1f}pt")


def check_full_pages(counts, problems, exempt=()):
    """`exempt`: indices into `counts` of the pages holding a 成文日期 (§7.3.5.5): not held to
    the grid (set closer, or the end of the text); the page before one may hold 19 (two lines
    went over with the 署名, and one more by a keep rule)."""
    counts = [22 if i in exempt else 20 if i + 1 in exempt and c == 19 else c
              for i, c in enumerate(counts)]
    inner = counts[1:-1]
    if not inner:
        return
    odd = [(i + 2, c) for i, c in enumerate(inner) if not 20 <= c <= 22]
    if odd:
        problems.append(f"pages with a body line count outside 20..22: {odd[:6]}")
    if sum(1 for c in inner if c == 22) * 2 < len(inner):
        problems.append(f"fewer than half the inner pages hold 22 lines: {inner}")


def date_line(lines):
    """The 成文日期 line of a page (pdftotext lines), right of the middle of the type area."""
    for l in lines:
        if DATE.match(l.text) and l.is_body() and l.x0 > (LEFT + RIGHT) / 2:
            return l
    return None


def check_pitch(pages, date_pages, problems):
    """§7.3.5.5: `pages` from stext_lines; `date_pages` the 1-based pages holding a 成文日期.
    A page's pitch is the smallest step between the baselines of neighbouring 三号 lines (a
    step under 1.25 grid lines: a blank line between two lines is a step of two)."""
    for pno, lines in enumerate(pages, 1):
        base = sorted({round(chars[0][4], 1) for chars in lines if body_line(chars)})
        steps = [b - a for a, b in zip(base, base[1:]) if 1 < b - a < 1.25 * PITCH]
        if not steps:
            continue
        pitch = min(steps)
        if pitch < PITCH - 0.3 and len(base) > 24:
            problems.append(f"page {pno}: {len(base)} lines of 三号 on a page set closer "
                            f"(at most 24, two more than the grid, §7.3.5.5)")
        if pitch < TIGHT_SCALE_MIN * PITCH - 0.3:
            problems.append(f"page {pno}: lines {pitch:.1f}pt apart, closer than "
                            f"{TIGHT_SCALE_MIN} of the grid's {PITCH:.1f}pt (§7.3.5.5 limit)")
        elif pitch < PITCH - 0.3 and pno not in date_pages:
            problems.append(f"page {pno}: lines {pitch:.1f}pt apart, closer than the grid's "
                            f"{PITCH:.1f}pt on a page without the 署名 and 成文日期")


def check_signature_page(pno, body, problems):
    """§7.3.5.5 on a page after the first: at least two body lines above the 署名 block (the
    成文日期 and the lines right of the middle stacked above it: 署名, a joint document's
    organs)."""
    date = date_line(body)
    if pno == 1 or date is None:
        return
    above = sorted((l for l in body if l.y1 <= date.y0 + 1), key=lambda l: l.y0)
    block_top = date.y0
    while above and above[-1].x0 > LEFT + 8 * CHAR and block_top - above[-1].y0 < 1.25 * PITCH:
        block_top = above.pop().y0
    text = [l for l in above if l.y1 <= block_top]
    if len(text) < 2:
        problems.append(f"page {pno}: the 署名 and 成文日期 have {len(text)} line(s) of text above "
                        f"them; at least two go over with them (§7.3.5.5)")


def red_rules(pdf, page):
    """Top-down y of the red horizontal strokes on `page` (1-based), read with mutool trace."""
    run = subprocess.run(["mutool", "trace", pdf, str(page)], capture_output=True, text=True)
    ys = []
    for m in re.finditer(r'<stroke_path[^>]*color="([^"]*)"[^>]*transform="([^"]*)">(.*?)'
                         r'</stroke_path>', run.stdout, re.S):
        rgb = [float(v) for v in m.group(1).split()]
        if len(rgb) != 3 or not (rgb[0] > 0.5 and rgb[1] < 0.3 and rgb[2] < 0.3):
            continue
        a, b, c, d, e, f = (float(v) for v in m.group(2).split())
        pts = [(float(x), float(y)) for x, y in
               re.findall(r'<(?:moveto|lineto) x="([^"]*)" y="([^"]*)"', m.group(3))]
        if len(pts) >= 2 and abs(pts[0][1] - pts[-1][1]) < 0.1:
            ys.append(b * pts[0][0] + d * pts[0][1] + f)
    return ys


def is_half_width(ch):
    o = ord(ch)
    return 0x20 < o < 0x7F or (0xA1 <= o < 0x2000 and ch not in "·×÷")


def stext(pdf):
    """MuPDF's structured text of `pdf` (the XML root, or None and why not) with only the glyphs
    drawn: `inhibit-spaces` keeps mutool from inventing a space in every wide gap, which would
    hide the spread the grid check measures (`mutool convert`, as `draw` ignores the option)."""
    with tempfile.TemporaryDirectory() as scratch:
        out = os.path.join(scratch, "text.stext")
        run = subprocess.run(["mutool", "convert", "-F", "stext", "-O", "inhibit-spaces", "-o",
                              out, pdf], capture_output=True, text=True)
        if run.returncode != 0 or not os.path.exists(out):
            return None, run.stderr.strip()[:80]
        with open(out, encoding="utf-8") as f:
            return ET.fromstring(f.read()), None


def check_half_width(pdf, problems):
    """Half-width runs are never letter-spaced: within a run each glyph's box starts where the
    previous one's ends (mutool's boxes are the glyphs' advances; Tc shows as a gap). Read with
    mutool's own word spaces: a space it puts into a wide gap separates two table cells."""
    run = subprocess.run(["mutool", "draw", "-q", "-F", "stext", "-o", "-", pdf],
                         capture_output=True, text=True)
    if run.returncode != 0:
        problems.append(f"mutool cannot read the PDF: {run.stderr.strip()[:80]}")
        return
    for pno, page in enumerate(ET.fromstring(run.stdout).iter("page"), 1):
        reported = 0
        for line in page.iter("line"):
            chars = []
            for ch in line.iter("char"):
                q = [float(v) for v in ch.get("quad").split()]
                chars.append((ch.get("c"), q[0], q[2], float(ch.get("y"))))
            # The space inside a run (`GB/T 9704-2012`) belongs to it: never widened either.
            run = [is_half_width(c[0]) or (c[0] == " " and 0 < i < len(chars) - 1
                                           and is_half_width(chars[i - 1][0])
                                           and is_half_width(chars[i + 1][0]))
                   for i, c in enumerate(chars)]
            for i, ((a, _, a1, ay), (b, b0, _, by)) in enumerate(zip(chars, chars[1:])):
                if not (run[i] and run[i + 1]) or abs(ay - by) > 0.5:
                    continue
                if abs(b0 - a1) > 0.3 and reported < 3:
                    text = "".join(c[0] for c in chars)
                    problems.append(f"page {pno}: half-width run letter-spaced "
                                    f"({b0 - a1:+.2f}pt between '{a}' and '{b}'): {text[:24]}")
                    reported += 1


def stext_lines(pdf):
    """Per page, the lines of MuPDF's structured text (`stext`): lists of (char, x0, x1, size,
    baseline)."""
    root, error = stext(pdf)
    if root is None:
        return None, error
    pages = []
    for page in root.iter("page"):
        lines = []
        for line in page.iter("line"):
            chars = []
            for font in line.iter("font"):
                size = float(font.get("size"))
                for ch in font.iter("char"):
                    q = [float(v) for v in ch.get("quad").split()]
                    chars.append((ch.get("c"), q[0], q[2], size, float(ch.get("y"))))
            if chars:
                lines.append(chars)
        pages.append(lines)
    return pages, None


def grid_reason(text):
    """Why a full line may be compressed: what it ends with could not start the next line."""
    last = text[-1]
    return (last in CLOSING or last in "—…" or is_half_width(last)
            or (len(text) >= 2 and (text[-2].isdigit() or text[-2] in OPENING)))


# Where the engine may never break (kinsoku.cpp, GB/T 15834 and clreq): before closing marks,
# after opening ones, inside a half-width run, between a figure and its unit, inside a 文号.
NEVER_START = set("，。、；：？！）］｝〕〉》」』】〗’”%‰…—·,.;:?!)]}°℃")
NEVER_END = set("（［｛〔〈《「『【〖‘“([{")
MARKS = set("，。、；：？！）］｝〕〉》」』】〗’”（［｛〔〈《「『【〖‘“")  # half-blank cells


def may_break(text, i):
    """Whether a line could end before text[i]: every place kinsoku.cpp might allow (a superset
    of its opportunities, dates' last-resort breaks after 年 and 月 included)."""
    a, b = text[i - 1], text[i]
    if b in NEVER_START or a in NEVER_END or (is_half_width(a) and is_half_width(b)):
        return False
    if b == " " or (a == " " and b.isdigit() and i >= 2 and re.match(r"[A-Za-z/]", text[i - 2])):
        return False  # never before a space, nor inside a standard number (`GB/T 9704`)
    if a.isdigit() and (b.isdigit() or b in ".%" or ord(b) > 0x2E80 and b not in MARKS):
        return False
    return not (a == "〕" and b.isdigit())


def least_excess(lines):
    """The least spread beyond one cell (points) that the paragraph made of `lines` (stext
    characters, the first line after the two-character indent) must have on its worst line:
    0 when it can be broken so that no line is spread by more than a cell, nor compressed by
    more than a character or without a 禁则 forcing it (§5.2.3). A small dynamic programme over
    every place the engine might break (`may_break`, a superset of its opportunities, so the
    figure is a lower bound of what it can do), each character at its natural width (its box
    plus the grid's tracking), minimising the worst line. A spread over a cell is a problem
    unless no choice of breaks avoids it, and then it may not exceed this least excess (a word
    wider than what the lines around it can give up, such as a 文号 among brackets)."""
    chars = [c for line in lines for c in line]
    # The limits exactly (the engine's own); mutool's boxes are the glyphs' advances to a few
    # hundredths of a point, so a lenient tolerance here would find breaks the engine may not take.
    text = "".join(c[0] for c in chars)
    n = len(chars)
    width = [0.0]
    for c in chars:
        width.append(width[-1] + (c[2] - c[1]) + (CHAR - 16))
    breaks = [False] + [may_break(text, i) for i in range(1, n)] + [True]
    worst = [None] * (n + 1)  # least worst excess of the lines before each start
    worst[0] = 0.0
    for s in range(n):
        if worst[s] is None:
            continue
        avail = (26 if s == 0 else 28) * CHAR
        fill = s  # the first character that does not fit
        while fill < n and width[fill + 1] - width[s] <= avail + TIGHT:
            fill += 1
        for e in range(s + 1, n + 1):
            natural = width[e] - width[s]
            if natural > avail + CHAR + TIGHT:
                break
            if not breaks[e]:
                continue
            if natural > avail + TIGHT:
                ok, excess = compressible_end(text, s, e, avail, breaks, fill), 0.0
            elif e == n:
                ok, excess = True, 0.0
            else:
                ok, excess = True, max(0.0, avail - natural - CHAR - TIGHT)
            while ok and e < n and text[e] == " ":
                e += 1  # a space never begins a line
            if ok and (worst[e] is None or max(worst[s], excess) < worst[e]):
                worst[e] = max(worst[s], excess)
    return worst[n] if worst[n] is not None else float("inf")


def compressible_end(text, s, e, avail, breaks, fill):
    """A line [s, e) over its width may be compressed (by at most one character, checked by the
    caller's bound) only when the unit across the edge was pulled up: no break where the line
    fills, none between there and e, and no more characters than cells (one more where two
    marks give up their half-blank cells and the line ends with a closing one)."""
    if fill >= e or breaks[fill] or any(breaks[fill + 1:e]):
        return False
    full = sum(1 for ch in text[s:e] if ord(ch) > 0x2E80 or ch in "“”‘’")
    cells = round(avail / CHAR) + (text[e - 1] in NEVER_START and
                                    sum(1 for ch in text[s:e] if ch in MARKS) >= 2)
    return full <= cells


def paragraphs_of(body):
    """Indices of `body` (stext lines) grouped by paragraph: an indented full line and the
    full lines flush left after it, up to the first line that is not full."""
    groups, current = [], None
    for i, chars in enumerate(body):
        x0, x1 = chars[0][1], chars[-1][2]
        indented = abs(x0 - (LEFT + 2 * CHAR)) <= SLACK
        if indented:
            current = [i]
            groups.append(current)
        elif current is not None and abs(x0 - LEFT) <= SLACK:
            current.append(i)
        else:
            current = None
            continue
        if abs(x1 - RIGHT) > SLACK:
            current = None  # the paragraph's last line
    return groups


def body_line(chars):
    """A line of 三号 body text inside the type area."""
    return (all(abs(c[3] - 16) < 0.5 for c in chars) and TOP <= chars[0][4] <= BOTTOM + 6
            and not PAGE_NUMBER.match("".join(c[0] for c in chars)))


def check_grid(pages, problems):
    """§5.2.3 on every full body line: the spread (or compression) over the line's natural
    width on the grid, each glyph its own width plus the grid's tracking (CHAR - 16 pt)."""
    body = [(pno, chars) for pno, lines in enumerate(pages, 1) for chars in lines
            if body_line(chars)]
    paragraph_of = {i: g for g in paragraphs_of([c for _, c in body]) for i in g}
    least = {}  # first line of a paragraph -> the least excess spread any breaking leaves

    def allowed_spread(i):
        group = paragraph_of.get(i)
        if group is None:
            return CHAR
        if group[0] not in least:
            least[group[0]] = least_excess([body[j][1] for j in group])
        return CHAR + least[group[0]]

    reported = {}
    for i, (pno, chars) in enumerate(body):
        x0, x1 = chars[0][1], chars[-1][2]
        indented = abs(x0 - (LEFT + 2 * CHAR)) <= SLACK
        if abs(x1 - RIGHT) > SLACK or (abs(x0 - LEFT) > SLACK and not indented):
            continue
        text = "".join(c[0] for c in chars)
        natural = sum(c[2] - c[1] for c in chars) + len(chars) * (CHAR - 16)
        spread = (x1 - x0) - natural
        full = sum(1 for ch in text if ord(ch) > 0x2E80)
        problem = None
        if spread > CHAR + SLACK and spread > allowed_spread(i) + SLACK:
            most = allowed_spread(i) / CHAR
            problem = (f"spread by {spread / CHAR:.1f} cells (at most one)" if most < 1 + 1e-6
                       else f"spread by {spread / CHAR:.1f} cells (the paragraph needs {most:.1f})")
        elif spread < -(CHAR + SLACK):
            problem = f"compressed by {-spread / CHAR:.1f} characters (at most one)"
        elif spread < -SLACK and not grid_reason(text):
            problem = f"compressed by {-spread:.1f}pt without a 禁则 forcing it"
        elif indented and full > 26 + (text[-1] in CLOSING):
            problem = f"{full} characters after the two-character indent (26 cells)"
        if problem and reported.get(pno, 0) < 3:
            problems.append(f"page {pno}: full line {problem}: {text[-20:]}")
            reported[pno] = reported.get(pno, 0) + 1


def is_title(line):
    return 20 <= line.y1 - line.y0 <= 24 and not PAGE_NUMBER.match(line.text)


def check_title(pdf, lines, problems):
    """§7.3.1: the 标题 two 行 below the red rule, or on the first grid line without a 版头.
    A 简报 (its 报头 has a 第N期 line) follows practice, not §7.3.1, and is not checked."""
    if any(re.search(r"第\S*期", l.text) for l in lines if l.y1 < TOP + 8 * PITCH):
        return
    rules = red_rules(pdf, 1)
    rule = max(rules) if rules else None
    below = [l for l in lines if is_title(l) and (rule is None or l.y0 > rule)]
    if not below:
        return
    title = min(below, key=lambda l: l.y0)
    if rule is None and any(l.y1 <= title.y0 and not HEAD_MARK.match(l.text) for l in lines):
        return  # a head without a red rule (命令 §10.2) places its title itself
    if rule is not None:
        gap = title.y0 - rule
        if abs(gap - 2 * ROW) > SLACK:
            problems.append(f"page 1: title starts {gap / MM:.1f} mm below the red rule, "
                            f"expected two 行 ({2 * ROW / MM:.1f} mm, §7.3.1): {title.text[:20]}")
    elif not TOP - SLACK <= title.y0 <= TOP + PITCH:
        problems.append(f"page 1: title at y={title.y0:.1f}pt, expected on the first line of "
                        f"the type area ({TOP:.1f}pt, §7.3.1): {title.text[:20]}")


def title_lines(pdf, lines):
    """The lines of page 1's title: the 二号 lines from the first one below the red rule on,
    each within two grid lines of the one before. None for a 简报 (see check_title)."""
    if any(re.search(r"第\S*期", l.text) for l in lines if l.y1 < TOP + 8 * PITCH):
        return []
    rules = red_rules(pdf, 1)
    rule = max(rules) if rules else None
    titles = sorted((l for l in lines if is_title(l) and (rule is None or l.y0 > rule)),
                    key=lambda l: l.y0)
    out = titles[:1]
    for l in titles[1:]:
        if l.y0 - out[-1].y0 > 2 * PITCH:
            break
        out.append(l)
    return out


PERIOD_BREAK = re.compile(r"[\d〇零一二三四五六七八九十]\|[\d年月日季]|[年月]\|[\d〇零一二三四五六七八九十第上下度份]"
                          r"|第[〇零一二三四五六七八九十\d]*\|")


def check_title_lines(pdf, lines, units, problems):
    """§7.3.1: a title over several lines in a 梯形 or 菱形, broken only between words."""
    title = title_lines(pdf, lines)
    if len(title) < 2:
        return
    texts = [l.text.replace(" ", "") for l in title]
    joined = "|".join(texts)
    widths = [l.x1 - l.x0 for l in title]
    widest = max(widths)
    for l, w in zip(texts, widths):
        if w < widest / 3 - SLACK:
            problems.append(f"page 1: title line '{l}' under a third of the longest (§7.3.1)")
    for i in range(1, len(widths) - 1):
        if widths[i] < min(widths[i - 1], widths[i + 1]) - 11:
            problems.append(f"page 1: title lines in an hourglass, not a 梯形 or 菱形: {joined}")
    depth = 0
    for a, b in zip(texts, texts[1:]):
        depth += sum(ch in "《〈“（" for ch in a) - sum(ch in "》〉”）" for ch in a)
        pair = a[-1] + "|" + b[0]
        if depth > 0:
            problems.append(f"page 1: title broken inside brackets or quotes: {a} / {b}")
        if 0x20 < ord(a[-1]) < 0x7F and 0x20 < ord(b[0]) < 0x7F:
            problems.append(f"page 1: title broken inside a half-width run: {a} / {b}")
        if PERIOD_BREAK.search(a[-2:] + "|" + b[:2]) or PERIOD_BREAK.search(pair):
            problems.append(f"page 1: title broken inside a date or period: {a} / {b}")
    for name in units:
        whole = joined.replace("|", "")
        for start in [m.start() for m in re.finditer(re.escape(name), whole)]:
            ends, at = [], 0
            for t in texts[:-1]:
                at += len(t)
                ends.append(at)
            if any(start < e < start + len(name) for e in ends):
                problems.append(f"page 1: title broken inside the unit name '{name}': {joined}")


def check_paragraphs(pdf, path, problems):
    plain = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    plain = re.sub(r"\s+", "", re.sub(r"—\s*\d+\s*—", "", plain))
    with open(path, encoding="utf-8") as f:
        for p in f.read().split("\n"):
            p = re.sub(r"\s+", "", p)
            if p and p not in plain:
                problems.append(f"text does not extract back: {p[:30]}…")


def check_expect(pages, spec, problems):
    page, text, x, y = spec.split(":")
    page, y = int(page), float(y)
    words = []
    if 1 <= page <= len(pages):
        for line in pages[page - 1]:
            for wx0, wx1, wtext in line.words:
                words.append((wtext, wx0, wx1, line.y0, line.y1))
    found = [w for w in words if w[0].startswith(text)]
    if not found:
        problems.append(f"page {page}: no text starting '{text}'")
        return
    best = None
    for wtext, x0, x1, y0, y1 in found:
        if x == "c":
            dx = ((x0 + x1) / 2 - (LEFT + RIGHT) / 2) / MM
        elif x.startswith("r"):
            dx = x1 / MM - float(x[1:])
        else:
            dx = x0 / MM - float(x)
        dy = (y0 + y1) / 2 / MM - y
        if best is None or abs(dx) + abs(dy) < abs(best[0]) + abs(best[1]):
            best = (dx, dy)
    if abs(best[0]) > 1 or abs(best[1]) > 2:
        problems.append(f"page {page}: '{text}' is {best[0]:+.1f} mm across and {best[1]:+.1f} mm "
                        f"down from where it belongs ({x}, {y} mm)")


def read_images(pdf):
    """Each page's images as (x, y, w, h) in mm from the paper's top-left corner."""
    run = subprocess.run(["mutool", "trace", pdf], capture_output=True, text=True)
    if run.returncode != 0:
        print(f"{pdf}: mutool cannot trace it: {run.stderr.strip()}")
        sys.exit(2)
    pages, current = [], None
    for line in run.stdout.splitlines():
        line = line.strip()
        if line.startswith("<page "):
            current = []
            pages.append(current)
        elif line.startswith("<fill_image") and current is not None:
            m = re.search(r'transform="([^"]+)"', line)
            a, b, c, d, e, f = (float(v) for v in m.group(1).split())
            # The unit square's image under the transform (top-down page space, points).
            xs = [e, e + a, e + c, e + a + c]
            ys = [f, f + b, f + d, f + b + d]
            current.append((min(xs) / MM, min(ys) / MM, (max(xs) - min(xs)) / MM,
                            (max(ys) - min(ys)) / MM))
    return pages


def check_image(images, spec, problems):
    page, x, y, w, h = spec.split(":")
    page, want = int(page), (float(x), float(y), float(w), float(h))
    on_page = images[page - 1] if 1 <= page <= len(images) else []
    if not on_page:
        problems.append(f"page {page}: no image")
        return
    best = min(on_page, key=lambda im: sum(abs(im[i] - want[i]) for i in range(4)))
    if any(abs(best[i] - want[i]) > 1 for i in range(4)):
        problems.append(f"page {page}: image at {best[0]:.1f}, {best[1]:.1f} mm, "
                        f"{best[2]:.1f} x {best[3]:.1f} mm, not at {x}, {y} mm, {w} x {h} mm")


def main(argv):
    args = argv[1:]
    if not args or args[0].startswith("-"):
        print(__doc__.strip().splitlines()[2])
        return 2
    pdf, paragraphs, full_pages, expects, first_unnumbered = args[0], None, False, [], False
    image_expects, units = [], []
    i = 1
    while i < len(args):
        if args[i] == "--full-pages":
            full_pages = True
        elif args[i] == "--first-unnumbered":
            first_unnumbered = True
        elif args[i] == "--expect" and i + 1 < len(args):
            expects.append(args[i + 1])
            i += 1
        elif args[i] == "--expect-image" and i + 1 < len(args):
            image_expects.append(args[i + 1])
            i += 1
        elif args[i] == "--units" and i + 1 < len(args):
            with open(args[i + 1], encoding="utf-8-sig") as f:
                units = [n.strip() for n in f if n.strip()]
            i += 1
        elif args[i] == "--paragraphs" and i + 1 < len(args):
            paragraphs = args[i + 1]
            i += 1
        else:
            print(f"unknown argument {args[i]}")
            return 2
        i += 1
    pages = read_pages(pdf)
    problems, counts, date_pages, exempt = [], [], set(), set()
    boxes, turned = table_boxes(pdf), page_rotations(pdf)
    for pno, lines in enumerate(pages, 1):
        # §7.5: a 版记 that needs an even page of its own after a full even page comes after a
        # blank page, and neither carries a number.
        foot_after_blank = len(pages) >= 3 and not pages[-2] and pno >= len(pages) - 1
        numbered = not (first_unnumbered and pno == 1) and not foot_after_blank
        if pno in turned:  # 横排 (check_tables.py): its number read back upright on the sheet
            number = check_turned_page(pno, lines, turned[pno], Line, problems)
            if numbered:
                check_page_number(pno, [number] if number else [], problems)
            continue
        if numbered:
            check_page_number(pno, lines, problems)
        body = [l for l in lines if l.is_body()]
        if date_line(body):
            date_pages.add(pno)
            exempt.add(len(counts))
        counts.append(len(body))
        check_body(pno, body, problems, boxes[pno - 1] if pno <= len(boxes) else ())
        check_signature_page(pno, body, problems)
    if pages and 1 not in turned:
        check_title(pdf, pages[0], problems)
        check_title_lines(pdf, pages[0], units, problems)
    check_half_width(pdf, problems)
    check_tables(pdf, problems)
    check_table_names(pdf, units, problems)
    check_inside(pdf, turned, problems)
    grid_pages, error = stext_lines(pdf)
    if grid_pages is not None:
        check_grid(grid_pages, problems)
        check_pitch(grid_pages, date_pages, problems)
    if full_pages:
        check_full_pages(counts, problems, exempt)
    if paragraphs:
        check_paragraphs(pdf, paragraphs, problems)
    for spec in expects:
        check_expect(pages, spec, problems)
    if image_expects:
        images = read_images(pdf)
        for spec in image_expects:
            check_image(images, spec, problems)
    for p in problems[:40]:
        print(p)
    print(f"{len(pages)} pages, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
