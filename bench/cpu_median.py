#!/usr/bin/env python3
"""CPU time (user+sys of the process and its children, from wait4) and wall time of several
commands, run interleaved so machine load hits each alike: one warm-up, then RUNS rounds.

Usage: cpu_median.py RUNS 'LABEL|DIR|COMMAND' ...
  e.g. cpu_median.py 5 'docpipe|r1|docpipe render report.md -o r.pdf' \
                       'xelatex|peer1|xelatex -interaction=batchmode report.tex'
Prints the load average before and after and one line per label: CPU median (min–max), wall
median. On a loaded machine CPU time is the figure to read; wall time is inflated."""
import os, shlex, subprocess, sys, statistics, time

runs = int(sys.argv[1])
jobs = [a.split("|", 2) for a in sys.argv[2:]]
load = lambda: " ".join(open("/proc/loadavg").read().split()[:3])
print(f"load average before: {load()}")
res = {}
for i in range(runs + 1):
    for label, cwd, cmd in jobs:
        t0 = time.perf_counter()
        p = subprocess.Popen(shlex.split(cmd), cwd=cwd, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
        _, status, ru = os.wait4(p.pid, 0)
        wall = (time.perf_counter() - t0) * 1000
        if status != 0:
            sys.exit(f"{label}: '{cmd}' failed (status {status})")
        if i:
            res.setdefault(label, []).append(((ru.ru_utime + ru.ru_stime) * 1000, wall))
print(f"load average after: {load()}")
for label, v in res.items():
    cpu = [x[0] for x in v]
    print(f"{label:30s} CPU {statistics.median(cpu):8.1f} ms ({min(cpu):.1f}–{max(cpu):.1f})"
          f"   wall {statistics.median(x[1] for x in v):8.1f} ms   runs {len(v)}")
