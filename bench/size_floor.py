#!/usr/bin/env python3
"""The size floor of a PDF, as issue 7 defines it: the deflated size of the used-glyph subset of
the same fonts made with hb-subset, plus the compressed content streams.

Usage: size_floor.py FILE.pdf [--json]

- Fonts: every Type0 font's /BaseFont (subset tag stripped, ",Style" dropped) is looked up by
  PostScript name in `fc-list` (UMingCN → uming.ttc face 0, UKaiCN → ukai.ttc 0,
  WenQuanYiZenHei → wqy-zenhei.ttc 0). Its code points come from the font's ToUnicode CMap
  (the characters actually drawn with it). `hb-subset --no-hinting` keeps only those glyphs,
  then only the tables a PDF viewer reads from an embedded CIDFontType2 (glyf loca head hhea
  hmtx maxp) are kept; the result is zlib-compressed at level 9. The hb-subset default (hinting,
  cmap/name/post/OS/2/GSUB… kept) is reported as well, as the lenient floor.
- Content streams: every page's /Contents, decoded, zlib level 9.
- Actual: the stored (compressed) byte length of each stream in the PDF, by kind, and the file.
Needs qpdf ≥ 11 (JSON v2), hb-subset (Debian libharfbuzz-bin), fontconfig.
"""
import base64, json, os, re, subprocess, sys, tempfile, zlib

KEEP = {"glyf", "loca", "CFF", "head", "hhea", "hmtx", "maxp"}  # "CFF" (tags are stripped): Noto CJK


def qpdf_json(pdf, decode):
    out = subprocess.run(["qpdf", "--json=2", "--json-key=qpdf", "--json-stream-data=inline",
                          f"--decode-level={decode}", pdf, "-"], check=True, capture_output=True).stdout
    return json.loads(out)["qpdf"][1]


def ref(v):
    return v.replace(" R", "").replace(" ", "_") if isinstance(v, str) and v.endswith(" R") else None


def obj_key(r):  # "12 0 R" -> "obj:12 0 R"
    return "obj:" + r


def fc_fonts():
    out = subprocess.run(["fc-list", "-f", "%{postscriptname}\t%{file}\t%{index}\n"],
                         capture_output=True, text=True).stdout
    m = {}
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) == 3:
            m.setdefault(parts[0], (parts[1], int(parts[2])))
    return m


def cmap_codepoints(data):
    cps = set()
    txt = data.decode("latin-1")
    for block in re.findall(r"beginbfchar(.*?)endbfchar", txt, re.S):
        for a, b in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            cps.add(int(b, 16))
    for block in re.findall(r"beginbfrange(.*?)endbfrange", txt, re.S):
        for a, b, c in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            lo, hi, dst = int(a, 16), int(b, 16), int(c, 16)
            cps.update(range(dst, dst + hi - lo + 1))
    return sorted(cps)


def sfnt_keep(data, keep):
    """Rebuild a single-face sfnt with only the tables in keep (no checksum fix-up needed for size)."""
    import struct
    n = struct.unpack(">H", data[4:6])[0]
    recs = []
    for i in range(n):
        tag, cs, off, ln = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
        if tag.decode("latin-1").strip() in keep:
            recs.append((tag, cs, data[off:off + ln]))
    head = data[:4] + struct.pack(">HHHH", len(recs), 0, 0, 0)
    off = 12 + 16 * len(recs)
    dir_, body = b"", b""
    for tag, cs, t in recs:
        dir_ += struct.pack(">4sIII", tag, cs, off + len(body), len(t))
        body += t + b"\0" * (-len(t) % 4)
    return head + dir_ + body


def floor(pdf):
    raw = qpdf_json(pdf, "none")
    dec = qpdf_json(pdf, "generalized")
    objs_raw = {k: v for k, v in raw.items() if k.startswith("obj:")}
    objs = {k: v for k, v in dec.items() if k.startswith("obj:")}

    def value(key):
        o = objs[key]
        return o.get("value", o.get("stream", {}).get("dict"))

    def data(objects, r):
        return base64.b64decode(objects[obj_key(r)]["stream"].get("data", ""))

    fonts = fc_fonts()
    res = {"pdf": pdf, "file_bytes": os.path.getsize(pdf), "fonts": [], "kinds": {}}
    stream_kind = {}
    pages = [k for k, o in objs.items() if isinstance(o.get("value"), dict) and o["value"].get("/Type") == "/Page"]
    content_refs = []
    for p in pages:
        c = objs[p]["value"].get("/Contents")
        content_refs += c if isinstance(c, list) else [c]
    for r in content_refs:
        stream_kind[r] = "content"
    floor_content = sum(len(zlib.compress(data(objs, r), 9)) for r in content_refs)
    floor_fonts = floor_fonts_default = 0
    for k, o in objs.items():
        v = o.get("value")
        if not (isinstance(v, dict) and v.get("/Type") == "/Font" and v.get("/Subtype") == "/Type0"):
            continue
        name = v["/BaseFont"][1:]
        base = name.split("+", 1)[-1].split(",")[0]
        desc = value(obj_key(v["/DescendantFonts"][0])) if isinstance(v["/DescendantFonts"], list) else None
        if desc is None:
            desc = value(obj_key(value(obj_key(v["/DescendantFonts"]))[0]))
        fd = value(obj_key(desc["/FontDescriptor"]))
        for key, kind in (("/ToUnicode", "tounicode"),):
            stream_kind[v[key]] = kind
        if isinstance(desc.get("/CIDToGIDMap"), str) and desc["/CIDToGIDMap"].endswith(" R"):
            stream_kind[desc["/CIDToGIDMap"]] = "cidtogidmap"
        if "/FontFile2" in fd:
            stream_kind[fd["/FontFile2"]] = "fontfile"
        cps = cmap_codepoints(data(objs, v["/ToUnicode"]))
        path, index = fonts.get(base, (None, 0))
        entry = {"name": name, "file": path, "face": index, "codepoints": len(cps)}
        if path:
            with tempfile.TemporaryDirectory() as d:
                out_default = os.path.join(d, "default.ttf")
                out_min = os.path.join(d, "min.ttf")
                uni = ",".join("%X" % c for c in cps)
                subprocess.run(["hb-subset", f"--font-file={path}", f"--face-index={index}",
                                f"--unicodes={uni}", f"--output-file={out_default}"], check=True)
                subprocess.run(["hb-subset", f"--font-file={path}", f"--face-index={index}",
                                f"--unicodes={uni}", "--no-hinting", f"--output-file={out_min}"], check=True)
                d_bytes = open(out_default, "rb").read()
                m_bytes = sfnt_keep(open(out_min, "rb").read(), KEEP)
            entry["subset_default_deflated"] = len(zlib.compress(d_bytes, 9))
            entry["subset_min_deflated"] = len(zlib.compress(m_bytes, 9))
            floor_fonts += entry["subset_min_deflated"]
            floor_fonts_default += entry["subset_default_deflated"]
        res["fonts"].append(entry)
    kinds = {}
    for k, o in objs_raw.items():
        if "stream" not in o:
            continue
        r = k[4:]
        n = len(base64.b64decode(o["stream"].get("data", "")))
        kinds[stream_kind.get(r, "other streams")] = kinds.get(stream_kind.get(r, "other streams"), 0) + n
    kinds["objects, xref, dictionaries"] = res["file_bytes"] - sum(kinds.values())
    res["kinds"] = kinds
    res["pages"] = len(pages)
    res["floor_fonts"], res["floor_fonts_default"], res["floor_content"] = floor_fonts, floor_fonts_default, floor_content
    res["floor"] = floor_fonts + floor_content
    res["floor_lenient"] = floor_fonts_default + floor_content
    res["ratio"] = res["file_bytes"] / res["floor"]
    return res


if __name__ == "__main__":
    r = floor(sys.argv[1])
    if "--json" in sys.argv:
        print(json.dumps(r, ensure_ascii=False))
    else:
        kb = lambda n: f"{n / 1024:.1f}"
        print(f"{r['pdf']}: {r['pages']} pages, {kb(r['file_bytes'])} KB; floor {kb(r['floor'])} KB "
              f"(fonts {kb(r['floor_fonts'])} + content {kb(r['floor_content'])}), ratio {r['ratio']:.2f}; "
              f"lenient floor {kb(r['floor_lenient'])} KB")
        for f in r["fonts"]:
            print("  font", f)
        for k, v in sorted(r["kinds"].items(), key=lambda kv: -kv[1]):
            print(f"  {k}: {kb(v)} KB")
