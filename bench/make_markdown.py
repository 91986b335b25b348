#!/usr/bin/env python3
"""The shared peer workload (../shared/bench/make_workload.py) as Markdown for `docpipe render`.

Usage: make_markdown.py OUTDIR SEEDFILE [REPEAT] [--batch N]

Writes, from the same seed file with the same filtering as the shared generator:
  report.md        the annual report: sections of 6 paragraphs, each followed by the same
                   4-column table (单位/报送/采用/采用率, 6 rows); REPEAT 1 ≈ 27 pages
  circular.md      the 3-page circular: paras[:4] and the 12-row table
  circular1.md     a one-page circular (1 paragraph, 6-row table)
  batch/c1-NNN.md, batch/c3-NNN.md   with --batch N: N one-page and N three-page circulars
                   (numbers vary per file so every document differs)
  sentence.txt     the sentence that must extract back (paras[3][:20], as the shared one)
  sentence1.txt    the one-page circular's (paras[1][:20])

The section/row logic mirrors make_workload.py line for line (the shared script runs at import
time and cannot be imported); check_against_peer() verifies that every paragraph and every
table row of report.md also occurs in the shared generator's report.tex for the same REPEAT.
Headings carry no 一、: docpipe numbers level-1 headings itself.
"""
import os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
# The shared folder beside the repository; SHARED=dir overrides it (a git worktree elsewhere).
SHARED = os.path.join(os.environ.get("SHARED") or os.path.join(HERE, "..", "..", "shared"),
                      "bench", "make_workload.py")

UNITS = ["办公室", "法规一处", "法规二处", "行政复议处", "行政应诉处", "执法监督处", "备案审查处",
         "法治督察处", "普法宣传处", "人民参与促进处", "公共法律服务处", "仲裁工作处"]


def load_paras(seed):
    text = open(seed, encoding="utf-8").read()
    paras = [re.sub(r"\s+", "", p) for p in text.splitlines()]
    return [p for p in paras if len(p) > 60]


def sections(paras, repeat):  # same as make_workload.sections()
    secs = []
    for r in range(repeat):
        for i in range(0, len(paras), 6):
            chunk = paras[i:i + 6]
            rows = [(u, 100 + 7 * j + r, 80 + 5 * j, f"{(5 * j + 80) / (100 + 7 * j + r) * 100:.2f}%")
                    for j, u in enumerate(UNITS[:6])]
            secs.append((f"第{len(secs) + 1}部分", chunk, rows))
    return secs


def table(rows):
    s = ["| 单位 | 报送 | 采用 | 采用率 |", "|:---|---:|---:|---:|"]
    s += [f"| {u} | {a} | {b} | {c} |" for u, a, b, c in rows]
    return "\n".join(s)


def markdown(secs, front):
    s = ["---"] + front + ["---", ""]
    for title, chunk, rows in secs:
        s += [f"# {title}", ""]
        for p in chunk:
            s += [p, ""]
        s += [table(rows), ""]
    return "\n".join(s)


def report_front():
    return ["title: 法治政府建设年度报告"]


def circular_front(month=10):
    return [f"title: 关于2026年{month}月政务信息工作情况的通报",
            "to: 各处室、各直属单位",
            "signature: 司法厅办公室",
            f"date: 2026-{month:02d}-28",
            "printer: 司法厅办公室",
            f"printed: 2026-{month:02d}-28"]


def circular3(paras, k=0):  # the shared circular: paras[:4] and 12 rows (+k varies the numbers)
    rows = [(u, 10 + j + k, 3 + j % 4, f"{(3 + j % 4) * 5}") for j, u in enumerate(UNITS)]
    return markdown([("通报", paras[:4], rows)], circular_front(1 + k % 12))


def circular1(paras, k=0):  # one page: one paragraph, 6 rows
    rows = [(u, 10 + j + k, 3 + j % 4, f"{(3 + j % 4) * 5}") for j, u in enumerate(UNITS[:6])]
    return markdown([("通报", paras[1:2], rows)], circular_front(1 + k % 12))


def tex_escape(text):  # as make_workload.tex_escape: the paragraph as TeX reads it
    return re.sub(r"([%#&$_])", r"\\\1", text)


def check_against_peer(paras, repeat, md):
    """Every paragraph and table row of our report must be in the shared report.tex."""
    with tempfile.TemporaryDirectory() as d:
        subprocess.run([sys.executable, SHARED, d, SEED, str(repeat)], check=True)
        tex = open(os.path.join(d, "report.tex"), encoding="utf-8").read()
        sentence = open(os.path.join(d, "sentence.txt"), encoding="utf-8").read()
    for title, chunk, rows in sections(paras, repeat):
        assert "、" + title + "}" in tex, title
        for p in chunk:
            assert tex_escape(p) in tex, p[:20]
        for u, a, b, c in rows:
            assert f"{u} & {a} & {b} & {c.replace('%', chr(92) + '%')}" in tex, (u, a, b, c)
    assert tex.count(r"\section*{") == md.count("\n# "), "section count differs"
    return sentence


if __name__ == "__main__":
    args = sys.argv[1:]
    batch = 0
    if "--batch" in args:
        i = args.index("--batch"); batch = int(args[i + 1]); del args[i:i + 2]
    out, SEED = args[0], args[1]
    repeat = int(args[2]) if len(args) > 2 else 3
    os.makedirs(out, exist_ok=True)
    paras = load_paras(SEED)
    md = markdown(sections(paras, repeat), report_front())
    open(os.path.join(out, "report.md"), "w", encoding="utf-8").write(md)
    open(os.path.join(out, "circular.md"), "w", encoding="utf-8").write(circular3(paras))
    open(os.path.join(out, "circular1.md"), "w", encoding="utf-8").write(circular1(paras))
    sentence = paras[3][:20]
    if os.path.exists(SHARED):
        assert check_against_peer(paras, repeat, md) == sentence
    if batch:
        b = os.path.join(out, "batch"); os.makedirs(b, exist_ok=True)
        for k in range(batch):
            open(os.path.join(b, f"c1-{k:03d}.md"), "w", encoding="utf-8").write(circular1(paras, k))
            open(os.path.join(b, f"c3-{k:03d}.md"), "w", encoding="utf-8").write(circular3(paras, k))
    open(os.path.join(out, "sentence.txt"), "w", encoding="utf-8").write(sentence)
    open(os.path.join(out, "sentence1.txt"), "w", encoding="utf-8").write(paras[1][:20])
