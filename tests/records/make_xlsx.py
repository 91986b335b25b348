#!/usr/bin/env python3
"""Writes a small .xlsx the way Excel lays one out, for the import tests (no binary
fixtures in the repository): shared strings, numbers, date cells as serial numbers with a
date style, inline strings, error cells, merged ranges.

usage: make_xlsx.py OUT.xlsx SPEC.json
SPEC: {"sheets": [{"name": "单位", "rows": [[cell, ...], ...], "merge": ["A1:B1"]}]}
cell: "text" | 12 | 3.5 | {"date": "2026-03-05"} | {"inline": "text"} | {"error": "#N/A"} | null
"""
import datetime
import json
import sys
import zipfile
from xml.sax.saxutils import escape


def col_name(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def serial(iso):
    d = datetime.date.fromisoformat(iso)
    return (d - datetime.date(1899, 12, 30)).days


def sheet_xml(sheet, shared):
    rows = []
    for r, row in enumerate(sheet["rows"], start=1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col_name(c)}{r}"
            if v is None:
                continue
            if isinstance(v, str):
                if v not in shared:
                    shared.append(v)
                cells.append(f'<c r="{ref}" t="s"><v>{shared.index(v)}</v></c>')
            elif isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif "date" in v:
                cells.append(f'<c r="{ref}" s="1"><v>{serial(v["date"])}</v></c>')
            elif "inline" in v:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(v["inline"])}</t></is></c>')
            elif "error" in v:
                cells.append(f'<c r="{ref}" t="e"><v>{escape(v["error"])}</v></c>')
        rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    merges = sheet.get("merge", [])
    merge_xml = ""
    if merges:
        merge_xml = f'<mergeCells count="{len(merges)}">' + "".join(
            f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>"
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData>{"".join(rows)}</sheetData>{merge_xml}</worksheet>')


def main(out, spec_path):
    spec = json.load(open(spec_path, encoding="utf-8"))
    shared = []
    sheets = [sheet_xml(s, shared) for s in spec["sheets"]]
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/content-types"/>')
        z.writestr("xl/workbook.xml",
                   f'<workbook xmlns="{ns}" xmlns:r="{rel}"><sheets>' + "".join(
                       f'<sheet name="{escape(s["name"])}" sheetId="{i + 1}" r:id="rId{i + 1}"/>'
                       for i, s in enumerate(spec["sheets"])) + "</sheets></workbook>")
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'relationships">' + "".join(
                       f'<Relationship Id="rId{i + 1}" Type="{rel}/worksheet" '
                       f'Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(sheets))) +
                   "</Relationships>")
        # Style 0 General, style 1 the built-in date format 14 (yyyy/m/d).
        z.writestr("xl/styles.xml",
                   f'<styleSheet xmlns="{ns}"><cellXfs count="2"><xf numFmtId="0"/>'
                   '<xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>')
        z.writestr("xl/sharedStrings.xml",
                   f'<sst xmlns="{ns}">' + "".join(f"<si><t>{escape(s)}</t></si>" for s in shared)
                   + "</sst>")
        for i, x in enumerate(sheets):
            z.writestr(f"xl/worksheets/sheet{i + 1}.xml", x)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
