#!/usr/bin/python3
"""Outside checks of docpipe's Word documents, for tests/docx (Debian's python3-docx and
poppler-utils; run with /usr/bin/python3, where python3-docx lives). Each command prints what
it found and exits 1 with the reason when a check fails.

  props FILE.docx                   page, margins, grid, footers, style names and fonts
  insert-heading IN.docx OUT.docx   a level-1 heading added before the second one
  compare DOC.docx DOCPIPE.pdf LIBRE.pdf
                                    same text in the same order, page count ± 1
  lines LIBRE.pdf                   full body pages hold 22 lines at the grid's pitch
  fonts DOCPIPE.pdf LIBRE.pdf       the same font families in both
  pages DOCPIPE.pdf LIBRE.pdf       page count ± 1
"""
import re
import subprocess
import sys

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
failures = []


def check(ok, what):
    print(('ok   ' if ok else 'FAIL ') + what)
    if not ok:
        failures.append(what)


def props(path):
    import docx
    d = docx.Document(path)
    s = d.sections[0]
    mm = lambda length: round(length.mm, 1)
    check((mm(s.page_width), mm(s.page_height)) == (210.0, 297.0),
          'A4: %s × %s mm' % (mm(s.page_width), mm(s.page_height)))
    margins = (mm(s.top_margin), mm(s.bottom_margin), mm(s.left_margin), mm(s.right_margin))
    check(margins == (37.0, 35.0, 28.0, 26.0), 'margins top/bottom/left/right %s mm' % (margins,))
    grid = s._sectPr.find(W + 'docGrid')
    g = {k.replace(W, ''): v for k, v in grid.attrib.items()}
    check(g == {'type': 'linesAndChars', 'linePitch': '579', 'charSpace': '-842'}, 'grid %s' % g)
    # What the grid gives: lines in the text height, characters in the text width.
    height = s.page_height.twips - s.top_margin.twips - s.bottom_margin.twips
    width = (s.page_width.twips - s.left_margin.twips - s.right_margin.twips) / 20
    pitch = 16 + int(g['charSpace']) / 4096
    check(height // int(g['linePitch']) == 22, '22 lines (%d twips / 579)' % height)
    check(int(width // pitch) == 28, '28 characters (%.2f pt / %.4f pt)' % (width, pitch))
    check(d.settings.odd_and_even_pages_header_footer, 'odd and even footers')
    check(s.footer.paragraphs[0].text == '— 1 —' and s.even_page_footer.paragraphs[0].text == '— 1 —',
          'footers hold — PAGE —')
    check(s.footer.paragraphs[0].alignment == 2 and s.even_page_footer.paragraphs[0].alignment == 0,
          'page number right on odd pages, left on even')
    names = {st.name: st for st in d.styles}
    for name, font, size in [('正文', '仿宋_GB2312', 16), ('标题', '方正小标宋简体', 22),
                             ('一级标题', '黑体', 16), ('二级标题', '楷体_GB2312', 16),
                             ('三级标题', '仿宋_GB2312', 16), ('四级标题', '仿宋_GB2312', 16),
                             ('页码', '宋体', 14), ('版记', '仿宋_GB2312', 14)]:
        st = names.get(name)
        if st is None:
            check(False, 'style %s exists' % name)
            continue
        # The face and size the style gives, following basedOn to where they are set.
        f, sz, s2 = None, None, st
        while s2 is not None and (f is None or sz is None):
            rfonts = s2.element.find(W + 'rPr/' + W + 'rFonts')
            if f is None and rfonts is not None:
                f = rfonts.get(W + 'eastAsia')
            if sz is None and s2.font.size is not None:
                sz = s2.font.size.pt
            s2 = s2.base_style
        check(f == font and sz == size, 'style %s: eastAsia %s, %s pt' % (name, f, sz))


def insert_heading(src, dst):
    import docx
    d = docx.Document(src)
    heads = [p for p in d.paragraphs if p.style.name == '一级标题']
    check(len(heads) >= 2, '%d level-1 headings' % len(heads))
    heads[1].insert_paragraph_before('新增的一级标题', style='一级标题')
    d.save(dst)
    print('\n'.join(h.text for h in heads))


def text(pdf):
    t = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True,
                       check=True).stdout
    t = re.sub(r'—\s*\d+\s*—', '', t)  # page numbers: the 版记 page has none in the PDF
    return re.sub(r'\s+', '', t)


def pages(pdf):
    info = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True, check=True).stdout
    return int(re.search(r'Pages:\s+(\d+)', info).group(1))


def without_headers(t, headers):
    """`t` without any table header row: a run of exactly the header's characters in any
    order (a header cell that wraps interleaves its lines with the other cells')."""
    from collections import Counter
    for h in headers:
        want, n, i, out = Counter(h), len(h), 0, []
        while i < len(t):
            if Counter(t[i:i + n]) == want:
                i += n
            else:
                out.append(t[i])
                i += 1
        t = ''.join(out)
    return t


def compare(doc, ours, libre):
    import docx
    # Where a table crosses a page its header row is repeated, and the two break pages at
    # different rows: header rows are left out of both texts; everything else must match.
    headers = [re.sub(r'\s+', '', ''.join(c.text for c in t.rows[0].cells))
               for t in docx.Document(doc).tables if t.rows and t.style is not None and t.style.name == '公文表格']
    a, b = without_headers(text(ours), headers), without_headers(text(libre), headers)
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    check(a == b, 'same text in the same order (%d / %d characters, %d table headers aside)%s' %
          (len(a), len(b), len(headers),
           '' if a == b else '\n     first difference: docpipe …%s… LibreOffice …%s…' %
           (a[max(0, i - 10):i + 20], b[max(0, i - 10):i + 20])))
    page_counts(ours, libre)


def page_counts(ours, libre):
    pa, pb = pages(ours), pages(libre)
    check(abs(pa - pb) <= 1, 'pages: docpipe %d, LibreOffice %d' % (pa, pb))


def body_lines(pdf):
    """Text lines of 3号 body text in the 版心 of each page: (count, smallest, largest pitch)."""
    out = subprocess.run(['pdftotext', '-bbox', pdf, '-'], capture_output=True, text=True,
                         check=True).stdout
    result = []
    for page in out.split('<page ')[1:]:
        bottoms = sorted({round(float(m.group(2)))
                          for m in re.finditer(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', page)
                          if 104 < float(m.group(1)) < 745 and 14 < float(m.group(2)) - float(m.group(1)) < 24})
        lines = []
        for y in bottoms:
            if not lines or y - lines[-1] > 3:
                lines.append(y)
        gaps = [b - a for a, b in zip(lines, lines[1:])]
        result.append((len(lines), min(gaps, default=0), max(gaps, default=0)))
    return result


def lines(libre):
    per_page = body_lines(libre)
    full = [i + 1 for i, (n, lo, hi) in enumerate(per_page) if n == 22 and 28 <= lo and hi <= 30]
    check(bool(full), 'pages of 22 body lines 28.95 pt apart: %s (lines per page %s)' %
          (full, [n for n, _, _ in per_page]))
    check(all(n <= 22 for n, _, _ in per_page), 'no page holds more than 22 lines')


def families(pdf):
    out = subprocess.run(['pdffonts', pdf], capture_output=True, text=True, check=True).stdout
    names = set()
    for line in out.splitlines()[2:]:
        name = line.split()[0]
        name = re.sub(r',.*', '', name.split('+')[-1])
        # The faces of a Noto CJK collection (.ttc) share one CFF table named after the JP
        # face ("NotoSerifCJKjp-Regular-VKana"), which LibreOffice reports; docpipe names the
        # face from its name table ("NotoSerifCJKsc-Regular"). Compare without the region.
        names.add(re.sub(r'CJK(jp|kr|sc|tc|hk)(-[A-Za-z]+)(-VKana)?$', r'CJK\2', name))
    return names


def fonts(ours, libre):
    a, b = families(ours), families(libre)
    check(a <= b, 'docpipe fonts %s all used by LibreOffice %s' % (sorted(a), sorted(b)))


if __name__ == '__main__':
    cmd, args = sys.argv[1], sys.argv[2:]
    {'props': props, 'insert-heading': insert_heading, 'compare': compare, 'lines': lines,
     'fonts': fonts, 'pages': page_counts}[cmd](*args)
    sys.exit(1 if failures else 0)
