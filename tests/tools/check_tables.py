"""Tables in a PDF docpipe wrote, checked from outside (part of check_layout.py).

The ruled grid is read back with `mutool trace` (black hairlines), the characters with their
boxes with `mutool draw -F stext`; each row is the band between two horizontal rules, each
column the band between two vertical ones, the first row of a table on a page is its header.

  header words   a header cell broken over several lines leaves no character alone on a line,
                 never breaks inside a word (ICU's dictionary words, Debian python3-icu, a
                 single character counted with the word before it: 决定书, 办公室), a
                 half-width run (`GB/T`, `12.5%`) or brackets (（件）), and is not broken at
                 all while the other columns have the room it
                 needs to stand on one line (their width beyond their widest line and a
                 quarter-em padding each side)
  cells          no character crosses a cell's rules
  figures        in a column whose body cells are all figures (7822, 12.5%, -3, 1.2万) or
                 —/empty, the decimal points (the end of the digits where there is none)
                 line up within 0.5 pt
  unit names     (--units, check_table_names) no cell broken inside one of the listed names
  横排 pages      a page shown turned (/Rotate, read with pdfinfo) is turned 90°, so the
                 table's head lies along the sheet's left edge: toward the 订口 on odd pages,
                 the 切口 on even ones; its text stays in the turned type area (225 x 156 mm,
                 the 版心's place on the sheet) and its page number, upright on the sheet, is
                 where the other pages have theirs
"""
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

try:
    import icu
except ImportError:  # a python3 other than Debian's (pyenv, venv): Debian's python3-icu
    sys.path.append("/usr/lib/python3/dist-packages")
    try:
        import icu
    except ImportError:
        icu = None

FIGURE = re.compile(r"^[+-]?(?=[\d,.]*\d)[\d,]*(\.[\d,]*)?(%|‰|万|亿)?$")
NO_FIGURE = {"", "—", "-"}
OPENING, CLOSING = set("（《“〔("), set("）》”〕)")
POINT_SLACK = 0.5  # points
ROOM_SLACK = 1.0  # points of spare room below which a broken header is not reported


def half_width(ch):
    return 0x20 < ord(ch) < 0x7F


def page_chars(pdf):
    """Per page, every character as (c, x0, x1, y0, y1, size), y downwards."""
    run = subprocess.run(["mutool", "draw", "-q", "-F", "stext", "-o", "-", pdf],
                         capture_output=True, text=True)
    pages = []
    for page in ET.fromstring(run.stdout).iter("page"):
        chars = []
        for font in page.iter("font"):
            size = float(font.get("size"))
            for ch in font.iter("char"):
                if ch.get("c").isspace():
                    continue  # mutool's own word spaces: no glyph drawn
                q = [float(v) for v in ch.get("quad").split()]
                xs, ys = q[0::2], q[1::2]
                chars.append((ch.get("c"), min(xs), max(xs), min(ys), max(ys), size))
        pages.append(chars)
    return pages


def page_rules(pdf):
    """Per page, the black hairlines (width <= 1 pt) as (x0, y0, x1, y1), y downwards."""
    run = subprocess.run(["mutool", "trace", pdf], capture_output=True, text=True)
    pages = []
    for chunk in run.stdout.split("<page ")[1:]:
        rules = []
        for m in re.finditer(r'<stroke_path linewidth="([^"]*)"[^>]*color="([^"]*)"[^>]*'
                             r'transform="([^"]*)">(.*?)</stroke_path>', chunk, re.S):
            if float(m.group(1)) > 1 or any(float(v) > 0.1 for v in m.group(2).split()):
                continue
            a, b, c, d, e, f = (float(v) for v in m.group(3).split())
            pts = [(a * float(x) + c * float(y) + e, b * float(x) + d * float(y) + f)
                   for x, y in re.findall(r'<(?:moveto|lineto) x="([^"]*)" y="([^"]*)"',
                                          m.group(4))]
            if len(pts) == 2:
                (x0, y0), (x1, y1) = pts
                rules.append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
        pages.append(rules)
    return pages


def tables_on(rules):
    """Tables as lists of rows (top, bottom, column edges), from the vertical rules."""
    spans = {}
    for x0, y0, x1, y1 in rules:
        if abs(x1 - x0) < 0.1 and y1 - y0 > 1:
            spans.setdefault((round(y0, 1), round(y1, 1)), set()).add(round(x0, 1))
    rows = sorted((top, bottom, sorted(xs)) for (top, bottom), xs in spans.items()
                  if len(xs) >= 2)
    tables = []
    for row in rows:
        last = tables[-1][-1] if tables else None
        if (last and abs(row[0] - last[1]) < 0.5 and len(row[2]) == len(last[2])
                and all(abs(a - b) < 0.3 for a, b in zip(row[2], last[2]))):
            tables[-1].append(row)
        else:
            tables.append([row])
    return tables


def cell_lines(chars, left, right, top, bottom):
    """The text lines of one cell: [(text, x0, x1, size, [chars])], top to bottom."""
    inside = [ch for ch in chars
              if left < (ch[1] + ch[2]) / 2 < right and top < (ch[3] + ch[4]) / 2 < bottom]
    lines = {}
    for ch in inside:
        lines.setdefault(round((ch[3] + ch[4]) / 2), []).append(ch)
    out = []
    for _, cs in sorted(lines.items()):
        cs.sort(key=lambda ch: ch[1])
        out.append(("".join(ch[0] for ch in cs), cs[0][1], cs[-1][2], cs[0][5], cs))
    return out


def point_x(line):
    """Where a figure's decimal point is, or where its digits end when it has none."""
    chars = line[4]
    for ch in chars:
        if ch[0] == ".":
            return ch[1]
    digits = [ch for ch in chars if ch[0].isdigit()]
    return digits[-1][2] if digits else None


def word_starts(text):
    """Where a word starts: ICU word boundaries, except before a single Han character."""
    it = icu.BreakIterator.createWordInstance(icu.Locale("zh_CN"))
    it.setText(text)
    bounds = [0] + list(it)
    # ICU reports UTF-16 offsets; the headers are in the BMP, so they are character indices.
    return {a for a, b in zip(bounds, bounds[1:])
            if not (b - a == 1 and "\u3400" <= text[a] <= "\u9fff")}


def check_header(pno, table, cells, c, widest, problems):
    lines = cells[0][c]
    if len(lines) < 2:
        return
    text = "".join(l[0] for l in lines)
    edges = table[0][2]
    for line in lines:
        if len(line[0].strip()) == 1:
            problems.append(f"page {pno}: header '{text}' leaves '{line[0]}' alone on a line")
    if icu is None:
        problems.append("header words cannot be checked: PyICU (Debian python3-icu) is missing")
        return
    starts = word_starts(text)
    depth, at = 0, 0
    for a, b in zip(lines, lines[1:]):
        depth += sum(ch in OPENING for ch in a[0]) - sum(ch in CLOSING for ch in a[0])
        at += len(a[0])
        inside = at not in starts and "\u3400" <= text[at] <= "\u9fff"
        if half_width(a[0][-1]) and half_width(b[0][0]) or depth > 0 or inside:
            problems.append(f"page {pno}: header '{text}' broken inside a word: "
                            f"'{a[0]}' / '{b[0]}'")
    pad = lines[0][3] / 4
    need = sum(l[2] - l[1] for l in lines) + 2 * pad - (edges[c + 1] - edges[c])
    spare = 0
    for d in range(len(edges) - 1):
        if d != c:
            spare += max(0, edges[d + 1] - edges[d] - widest[d] - 2 * pad)
    if spare >= need + ROOM_SLACK:
        problems.append(f"page {pno}: header '{text}' broken over {len(lines)} lines though the "
                        f"other columns have {spare:.1f} pt to spare (it needs {need:.1f})")


def check_figures(pno, cells, c, problems):
    body = [row[c] for row in cells[1:]]
    texts = ["".join(l[0] for l in lines) for lines in body]
    if not any(FIGURE.match(t) for t in texts):
        return
    if not all(FIGURE.match(t) or t in NO_FIGURE for t in texts):
        return
    points = [(point_x(lines[0]), t) for lines, t in zip(body, texts)
              if FIGURE.match(t) and len(lines) == 1]
    points = [(x, t) for x, t in points if x is not None]
    if not points:
        return
    lo, hi = min(points), max(points)
    if hi[0] - lo[0] > POINT_SLACK:
        problems.append(f"page {pno}: decimal points of a figure column {hi[0] - lo[0]:.2f} pt "
                        f"apart ('{lo[1]}' at {lo[0]:.1f}, '{hi[1]}' at {hi[0]:.1f})")


def table_boxes(pdf):
    """Per page, the box (x0, y0, x1, y1) of every table on it."""
    return [[(t[0][2][0], t[0][0], t[0][2][-1], t[-1][1]) for t in tables_on(rules)]
            for rules in page_rules(pdf)]


MM = 72 / 25.4
SHEET_HEIGHT = 297 * MM
# The 版心 seen on a turned page (display coordinates): 35 mm from the left (the sheet's foot
# margin), 28 mm from the top (the sheet's 订口), 225 x 156 mm.
TURNED = (35 * MM, 28 * MM, 260 * MM, 184 * MM)
PAGE_NUMBER_PART = re.compile(r"^(—|\d+)$")


def page_rotations(pdf):
    """{page: degrees} of every page shown turned."""
    run = subprocess.run(["pdfinfo", "-f", "1", "-l", "100000", pdf], capture_output=True,
                         text=True)
    return {int(m.group(1)): int(m.group(2))
            for m in re.finditer(r"Page\s+(\d+) rot:\s+(\d+)", run.stdout) if m.group(2) != "0"}


def check_turned_page(pno, lines, rotation, line_type, problems):
    """A 横排 page; returns its page number as a line in the sheet's upright coordinates."""
    if rotation != 90:
        problems.append(f"page {pno}: turned {rotation}°, not 90°: the table's head is not "
                        f"toward the 订口 (odd page) or the 切口 (even page)")
    x0, y0, x1, y1 = TURNED
    parts = []
    for l in lines:
        for wx0, wx1, text in l.words:
            if PAGE_NUMBER_PART.match(text) and wx1 < x0:
                parts.append((l.y0, l.y1, SHEET_HEIGHT - wx1, SHEET_HEIGHT - wx0, text))
                continue
            if wx0 < x0 - 1.5 or wx1 > x1 + 1.5 or l.y0 < y0 - 6 or l.y1 > y1 + 6:
                problems.append(f"page {pno}: '{text}' outside the turned type area")
    if not parts:
        return None
    # pdftotext reads the turned number top to bottom: left to right on the sheet.
    return line_type(" ".join(p[4] for p in parts), min(p[0] for p in parts),
                     min(p[2] for p in parts), max(p[1] for p in parts),
                     max(p[3] for p in parts))


def check_cell_breaks(pno, lines, problems):
    """禁则 where a cell's text is broken (GB/T 15834, as in running text)."""
    for a, b in zip(lines, lines[1:]):
        if b[0][0] in CLOSING or b[0][0] in "，。、；：？！%":
            problems.append(f"page {pno}: a cell's line starts with '{b[0][0]}': {b[0][:12]}")
        if a[0][-1] in OPENING:
            problems.append(f"page {pno}: a cell's line ends with '{a[0][-1]}': {a[0][-12:]}")


def check_tables(pdf, problems):
    found = []  # (page, table, cells) of every table on every page
    for pno, (chars, rules) in enumerate(zip(page_chars(pdf), page_rules(pdf)), 1):
        for table in tables_on(rules):
            edges = table[0][2]
            found.append((pno, table, [[cell_lines(chars, edges[c], edges[c + 1], top, bottom)
                                        for c in range(len(edges) - 1)]
                                       for top, bottom, _ in table]))
    # A table continued over pages has the same column edges on each: the widest line of a
    # column counts over all of them.
    widest = {}
    for _, table, cells in found:
        key = tuple(table[0][2])
        w = widest.setdefault(key, [0] * (len(key) - 1))
        for row in cells:
            for d, lines in enumerate(row):
                w[d] = max([w[d]] + [l[2] - l[1] for l in lines])
    for pno, table, cells in found:
        edges = table[0][2]
        for row in cells:
            for c, lines in enumerate(row):
                check_cell_breaks(pno, lines, problems)
                for line in lines:
                    if line[1] < edges[c] - 0.1 or line[2] > edges[c + 1] + 0.1:
                        problems.append(f"page {pno}: '{line[0]}' crosses its cell's rule")
        for c in range(len(edges) - 1):
            check_header(pno, table, cells, c, widest[tuple(edges)], problems)
            check_figures(pno, cells, c, problems)


def check_table_names(pdf, units, problems):
    """(--units) No table cell broken inside one of the unit names (layout keeps them whole
    like a word, table_cells.cpp), read back from the cells' lines."""
    if not units:
        return
    for pno, (chars, rules) in enumerate(zip(page_chars(pdf), page_rules(pdf)), 1):
        for table in tables_on(rules):
            edges = table[0][2]
            for top, bottom, _ in table:
                for c in range(len(edges) - 1):
                    lines = cell_lines(chars, edges[c], edges[c + 1], top, bottom)
                    if len(lines) < 2:
                        continue
                    texts = [l[0] for l in lines]
                    ends, at = set(), 0
                    for t in texts[:-1]:
                        at += len(t)
                        ends.add(at)
                    whole = "".join(texts)
                    for name in units:
                        for m in re.finditer(re.escape(name), whole):
                            if any(m.start() < e < m.end() for e in ends):
                                problems.append(f"page {pno}: table cell broken inside the unit "
                                                f"name '{name}': {' / '.join(texts)}")
