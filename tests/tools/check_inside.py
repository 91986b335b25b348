"""Nothing outside the 版心 (#12 item 6), checked from outside (part of check_layout.py).

Every glyph (its advance box across, its em box up and down: 0.88 em above the baseline,
0.12 em below; `mutool draw -F stext`), every stroked or filled path (its points, a stroke
widened by half its line width; `mutool trace`) and every image of an upright page lies
inside the 版心, 156 x 225 mm at 28 mm from the left and 37 mm from the top, within 1.5 pt.
Excepted, because GB/T 9704 puts them there:

  page numbers  a `— N —` line below the 版心, within 14 mm of it and across inside the 版心
                (where exactly: check_page_number in check_layout.py)
  信函 版头      on page 1, red 标志 glyphs reaching above the 版心 (§10.1: the 标志 30 mm below
                the top of the paper) and the red double rules 170 mm long centred on the paper
                (§10.1), all inside the paper
Turned (横排) pages are left to check_tables.py, which checks their own turned frame.
Images (a seal, §7.3.5.1) too: a seal pressed over a 成文日期 on the last line of a page must
not reach below the 版心 (§7.3.5.5 "容下印章"; layout counts the room it needs).
"""
import re
import subprocess
import xml.etree.ElementTree as ET

MM = 72 / 25.4
LEFT, RIGHT = 28 * MM, (28 + 156) * MM
TOP, BOTTOM = 37 * MM, (37 + 225) * MM
PAPER_W, PAPER_H = 210 * MM, 297 * MM
SLACK = 1.5  # points
PAGE_NUMBER = re.compile(r"^—\s*\d+\s*—$")
LETTER_RULE = 170 * MM  # §10.1


def is_red(rgb):
    return len(rgb) == 3 and rgb[0] > 0.5 and rgb[1] < 0.3 and rgb[2] < 0.3


def inside(box, left=LEFT, top=TOP, right=RIGHT, bottom=BOTTOM):
    x0, y0, x1, y1 = box
    return (x0 >= left - SLACK and x1 <= right + SLACK and y0 >= top - SLACK
            and y1 <= bottom + SLACK)


def glyph_lines(pdf):
    """Per page, its stext lines: (text, [(char, box, red)]), boxes (x0, y0, x1, y1) y down."""
    run = subprocess.run(["mutool", "draw", "-q", "-F", "stext", "-o", "-", pdf],
                         capture_output=True, text=True)
    pages = []
    for page in ET.fromstring(run.stdout).iter("page"):
        lines = []
        for line in page.iter("line"):
            chars = []
            for font in line.iter("font"):
                size = float(font.get("size"))
                for ch in font.iter("char"):
                    if ch.get("c").isspace():
                        continue  # mutool's word spaces: nothing drawn
                    q = [float(v) for v in ch.get("quad").split()]
                    base = float(ch.get("y"))
                    box = (min(q[0::2]), base - 0.88 * size, max(q[0::2]), base + 0.12 * size)
                    colour = ch.get("color", "#000000")
                    red = int(colour[1:3], 16) > 128 and int(colour[3:5], 16) < 80
                    chars.append((ch.get("c"), box, red))
            if chars:
                lines.append(("".join(c[0] for c in chars), chars))
        pages.append(lines)
    return pages


def drawings(pdf):
    """Per page, each path and image as (kind, box, red, horizontal_length or None)."""
    run = subprocess.run(["mutool", "trace", pdf], capture_output=True, text=True)
    pages = []
    for chunk in run.stdout.split("<page ")[1:]:
        found = []
        for m in re.finditer(r'<(stroke_path|fill_path)([^>]*)>(.*?)</\1>', chunk, re.S):
            attrs = m.group(2)
            t = re.search(r'transform="([^"]*)"', attrs)
            a, b, c, d, e, f = (float(v) for v in t.group(1).split()) if t else (1, 0, 0, 1, 0, 0)
            pts = [(a * float(x) + c * float(y) + e, b * float(x) + d * float(y) + f)
                   for x, y in re.findall(r'<(?:moveto|lineto) x="([^"]*)" y="([^"]*)"',
                                          m.group(3))]
            if not pts:
                continue
            w = re.search(r'linewidth="([^"]*)"', attrs)
            half = float(w.group(1)) / 2 if w and m.group(1) == "stroke_path" else 0
            colour = re.search(r' color="([^"]*)"', attrs)
            rgb = [float(v) for v in colour.group(1).split()] if colour else []
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            box = (min(xs) - half, min(ys) - half, max(xs) + half, max(ys) + half)
            flat = max(ys) - min(ys) < 0.1
            found.append(("rule" if m.group(1) == "stroke_path" else "box", box, is_red(rgb),
                          max(xs) - min(xs) if flat else None))
        for m in re.finditer(r'<fill_image[^>]*transform="([^"]*)"', chunk):
            a, b, c, d, e, f = (float(v) for v in m.group(1).split())
            xs, ys = [e, e + a, e + c, e + a + c], [f, f + b, f + d, f + b + d]
            found.append(("image", (min(xs), min(ys), max(xs), max(ys)), False, None))
        pages.append(found)
    return pages


def letter_rule(box, length):
    """A 信函 double rule (§10.1): 170 mm long, centred on the paper."""
    return (length is not None and abs(length - LETTER_RULE) < 1
            and abs((box[0] + box[2]) / 2 - PAPER_W / 2) < 1)


def check_inside(pdf, turned, problems, images=True):
    """Reports, per page, the first few glyphs and drawings outside the 版心."""
    texts, draws = glyph_lines(pdf), drawings(pdf)
    for pno in range(1, max(len(texts), len(draws)) + 1):
        if pno in turned:
            continue
        found = []
        for text, chars in texts[pno - 1] if pno <= len(texts) else []:
            if PAGE_NUMBER.match(text):
                number_band = (LEFT, BOTTOM, RIGHT, BOTTOM + 14 * MM)
                if all(inside(box, *number_band) for _, box, _ in chars):
                    continue
            for ch, box, red in chars:
                if inside(box):
                    continue
                if pno == 1 and red and box[1] < TOP and inside(box, LEFT, 0, RIGHT, BOTTOM):
                    continue  # a 信函's 标志, from 30 mm below the top of the paper (§10.1)
                found.append(f"'{ch}' at {box[0]:.1f}..{box[2]:.1f} x {box[1]:.1f}..{box[3]:.1f}pt"
                             f" in: {text[:24]}")
                break
        for kind, box, red, length in draws[pno - 1] if pno <= len(draws) else []:
            if inside(box) or (kind == "image" and not images):
                continue
            if pno == 1 and red and letter_rule(box, length) and inside(box, 0, 0, PAPER_W,
                                                                         PAPER_H):
                continue
            found.append(f"{kind} at {box[0]:.1f}..{box[2]:.1f} x {box[1]:.1f}..{box[3]:.1f}pt")
        for f in found[:3]:
            problems.append(f"page {pno}: outside the type area "
                            f"({LEFT:.1f}..{RIGHT:.1f} x {TOP:.1f}..{BOTTOM:.1f}pt): {f}")
