#!/usr/bin/env python3
"""Per-stage times (`docpipe render --timings`) and process CPU time of several docpipe
commands — typically two builds on the same input — run interleaved so machine load hits
each alike: one warm-up, then RUNS rounds. For comparing one stage (e.g. layout) across
builds on a loaded machine, where a whole-process wall time says little.

Usage: stage_median.py RUNS 'LABEL|DIR|COMMAND' ...
  e.g. stage_median.py 9 'before|r1|/work/wt/pre12/build/docpipe render report.md -o a.pdf' \
                         'after|r1|build/docpipe render report.md -o b.pdf'
`--timings` is appended to each COMMAND. Prints the load average before and after, then per
label the median (min–max) of every stage in ms, and of the process's CPU (user+sys, wait4).
With two labels, a last column gives the second's median relative to the first's."""
import os, shlex, subprocess, sys, statistics

runs = int(sys.argv[1])
jobs = [a.split("|", 2) for a in sys.argv[2:]]
load = lambda: " ".join(open("/proc/loadavg").read().split()[:3])
print(f"load average before: {load()}")
res = {}  # label -> stage -> [ms]
for i in range(runs + 1):
    for label, cwd, cmd in jobs:
        p = subprocess.Popen(shlex.split(cmd) + ["--timings"], cwd=cwd,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        err = p.stderr.read()
        _, status, ru = os.wait4(p.pid, 0)
        if status != 0:
            sys.exit(f"{label}: '{cmd}' failed (status {status}):\n{err}")
        if not i:
            continue  # warm-up
        stages = res.setdefault(label, {})
        for line in err.splitlines():
            f = line.split()
            if len(f) == 3 and f[2] == "ms":
                stages.setdefault(f[0], []).append(float(f[1]))
        stages.setdefault("process CPU", []).append((ru.ru_utime + ru.ru_stime) * 1000)
print(f"load average after: {load()}")
labels = list(res)
names = list(dict.fromkeys(s for label in labels for s in res[label]))
med = lambda label, s: statistics.median(res[label][s]) if s in res[label] else None
for s in names:
    cells = []
    for label in labels:
        v = res[label].get(s)
        cells.append(f"{label} {med(label, s):8.2f} ({min(v):.2f}–{max(v):.2f})" if v else
                     f"{label} –")
    ratio = ""
    if len(labels) == 2 and med(labels[0], s) and med(labels[1], s) is not None:
        ratio = f"   {labels[1]}/{labels[0]} {med(labels[1], s) / med(labels[0], s):.3f}"
    print(f"{s:12s} " + "   ".join(cells) + ratio)
print(f"runs: {runs} each, after one warm-up")
