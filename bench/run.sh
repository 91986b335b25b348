#!/usr/bin/env bash
# docpipe side by side with xelatex + ctex and WeasyPrint on the shared workload
# (../shared/bench). Writes bench/RESULTS.md. Not run by CI. See bench/README.md.
#
# Usage: bash bench/run.sh
# Environment: DOCPIPE   the executable (default: build-bench/docpipe, else build/docpipe, else
#                        it is built into build-bench/)
#              WORK      scratch folder (default: /tmp/docpipe-bench; emptied first)
#              RUNS      timed runs per measurement (default 5, after one warm-up)
#              BATCH     circulars of each kind in the batch (default 200)
#              PEERS     0 to skip the peers even when installed
#              OUT       results file (default: bench/RESULTS.md)
set -euo pipefail
here=$(dirname "$(readlink -f "$0")")
root=$(dirname "$here")
# The shared folder beside the repository; SHARED=dir overrides it (a git worktree elsewhere).
export SHARED=${SHARED:-$root/../shared}
shared=$(readlink -f "$SHARED/bench" 2>/dev/null || true)
seed=$(readlink -f "$SHARED/reference/annual-rule-of-law-report-jilin-2019.txt")
WORK=${WORK:-/tmp/docpipe-bench}; RUNS=${RUNS:-5}; BATCH=${BATCH:-200}; PEERS=${PEERS:-1}
OUT=${OUT:-$here/RESULTS.md}
rm -rf "$WORK"; mkdir -p "$WORK"

if [[ -z ${DOCPIPE:-} ]]; then
  for c in "$root/build-bench/docpipe" "$root/build/docpipe"; do [[ -x $c ]] && { DOCPIPE=$c; break; }; done
fi
if [[ -z ${DOCPIPE:-} ]]; then
  cmake -S "$root" -B "$root/build-bench" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$root/build-bench" -j"$(nproc)" --target docpipe >/dev/null
  DOCPIPE=$root/build-bench/docpipe
fi
DOCPIPE=$(readlink -f "$DOCPIPE")
for t in pdfinfo pdffonts pdftotext qpdf python3; do
  command -v $t >/dev/null || { echo "run.sh: $t is missing (apt-get install poppler-utils qpdf)" >&2; exit 2; }
done
[[ -x /usr/bin/time ]] || { echo "run.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
echo "docpipe: $DOCPIPE   work: $WORK" >&2

# ---- machine -------------------------------------------------------------------------
{
  echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "nproc=$(nproc)"
  echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "ram=$(awk '/MemTotal/{printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "load_start=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "kernel=$(uname -r)"
  echo "docpipe=$("$DOCPIPE" --version 2>&1 | head -n1)"
  echo "commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null)$(git -C "$root" diff --quiet HEAD -- pipeline 2>/dev/null || echo ' (+ uncommitted changes in pipeline/)')"
  echo "hyperfine=$(command -v hyperfine >/dev/null && hyperfine --version || echo 'not installed (own loop)')"
} > "$WORK/machine.env"

# ---- workloads -----------------------------------------------------------------------
for r in 1 4 16; do
  extra=(); [[ $r == 1 ]] && extra=(--batch "$BATCH")
  python3 "$here/make_markdown.py" "$WORK/r$r" "$seed" "$r" "${extra[@]}"
done
mkdir -p "$WORK/b1" "$WORK/b3"
mv "$WORK"/r1/batch/c1-*.md "$WORK/b1/"; mv "$WORK"/r1/batch/c3-*.md "$WORK/b3/"

# ---- timing --------------------------------------------------------------------------
# time_cmd NAME DIR CMD...: RUNS timed runs after one warm-up → $WORK/NAME.times (wall user sys)
time_cmd() {
  local name=$1 dir=$2; shift 2
  if command -v hyperfine >/dev/null; then
    (cd "$dir" && hyperfine -N -w 1 -r "$RUNS" --export-json "$WORK/$name.json" -- "$(printf '%q ' "$@")" >/dev/null 2>&1)
    python3 -c "import json;r=json.load(open('$WORK/$name.json'))['results'][0]
u,s=r['user'],r['system']  # hyperfine 1.15 gives user/system as means
for i,t in enumerate(r['times']): print(t,u[i] if isinstance(u,list) else u,s[i] if isinstance(s,list) else s)" > "$WORK/$name.times"
  else
    (cd "$dir" && "$@" >/dev/null 2>&1)  # warm-up
    : > "$WORK/$name.times"
    for _ in $(seq "$RUNS"); do
      (cd "$dir" && python3 -c "import os,subprocess,sys,time
t=time.perf_counter(); subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL,check=True)
w=time.perf_counter()-t; c=os.times(); print(w,c.children_user,c.children_system)" "$@") >> "$WORK/$name.times"
    done
  fi
}
rss_mb() { # DIR CMD... → peak RSS in MB
  local dir=$1; shift
  (cd "$dir" && /usr/bin/time -f %M -o "$WORK/rss.txt" "$@" >/dev/null 2>&1) || true
  echo $(( $(tail -n1 "$WORK/rss.txt") / 1024 ))
}
# row TOOL WORKLOAD NAME DIR PDF CMD...: one line of the shared table → stdout
row() {
  local tool=$1 wl=$2 name=$3 dir=$4 pdf=$5; shift 5
  time_cmd "$name" "$dir" "$@"
  local rss; rss=$(rss_mb "$dir" "$@")
  local pages kb emb ok
  pages=$(pdfinfo "$dir/$pdf" | awk '/^Pages:/{print $2}')
  kb=$(( $(stat -c %s "$dir/$pdf") / 1024 ))
  emb=$(pdffonts "$dir/$pdf" | tail -n +3 | awk 'BEGIN{a="yes"}{ if ($(NF-4)!="yes"||$(NF-3)!="yes") a="no" } END{print a}')
  ok=$(pdftotext "$dir/$pdf" - | tr -d ' \n' | grep -qF "$(cat "${SENT:-$WORK/r1/sentence.txt}")" && echo yes || echo no)
  python3 - "$WORK/$name.times" "$tool" "$wl" "$pages" "$kb" "$rss" "$emb" "$ok" <<'PY'
import statistics as s, sys
f, tool, wl, pages, kb, rss, emb, ok = sys.argv[1:]
t = [list(map(float, l.split())) for l in open(f) if l.strip()]
w = [x[0] for x in t]; med = s.median(w)
print(f"| {tool} | {wl} | {pages} | {med:.3f} ({min(w):.3f}–{max(w):.3f}) | {int(pages)/med:.1f} | "
      f"{int(kb)/int(pages):.1f} | {rss} | {emb} | {ok} |")
PY
}

D=$DOCPIPE
tool="docpipe $("$D" --version 2>&1 | grep -oE '[0-9]+\.[0-9]+\.[0-9]+' | head -n1)"
rows=$WORK/docpipe-rows.md; : > "$rows"
echo "docpipe: report ×1, circulars" >&2
row "$tool" "report ×1" dp-report1 "$WORK/r1" report.pdf "$D" render report.md -o report.pdf >> "$rows"
row "docpipe" "circular" dp-circular "$WORK/r1" circular.pdf "$D" render circular.md -o circular.pdf >> "$rows"
SENT=$WORK/r1/sentence1.txt row "docpipe" "circular, 1 page" dp-circular1 "$WORK/r1" circular1.pdf "$D" render circular1.md -o circular1.pdf >> "$rows"
echo "docpipe: report ×4, ×16" >&2
row "docpipe" "report ×4" dp-report4 "$WORK/r4" report.pdf "$D" render report.md -o report.pdf >> "$rows"
row "docpipe" "report ×16" dp-report16 "$WORK/r16" report.pdf "$D" render report.md -o report.pdf >> "$rows"

# Through the data layer: the sample data folder's circular for 2026-10 (`docpipe init`).
if "$D" init "$WORK/data/d" >/dev/null 2>&1 && \
   "$D" --data "$WORK/data/d" build circular --month 2026-10 --out "$WORK/data/out" --markdown >/dev/null 2>&1; then
  # the sentence to find: the first 20 characters of the composed Markdown's first body paragraph
  python3 -c "import sys
t=open(sys.argv[1],encoding='utf-8').read().split('---',2)[2]
p=[l for l in t.splitlines() if len(l)>20 and l[0] not in '#|->\`*']
open(sys.argv[2],'w',encoding='utf-8').write(p[0][:20])" "$WORK/data/out/circular-2026-10.md" "$WORK/data/sentence.txt"
  SENT=$WORK/data/sentence.txt row "docpipe" "circular via data layer (build)" dp-build "$WORK/data" out/circular-2026-10.pdf \
    "$D" --data d build circular --month 2026-10 --out out >> "$rows"
else
  echo "data layer: docpipe build circular did not work; skipped" >&2
  echo "data_layer=failed" >> "$WORK/machine.env"
fi

# ---- stage breakdown (--timings), median of RUNS -------------------------------------
echo "docpipe: stage timings" >&2
for r in 1 4 16; do
  : > "$WORK/stages-r$r.txt"
  for _ in $(seq "$RUNS"); do
    (cd "$WORK/r$r" && "$D" render report.md -o report.pdf --timings 2>&1 >/dev/null | sed 's/ ms$//') >> "$WORK/stages-r$r.txt"
    echo "--" >> "$WORK/stages-r$r.txt"
  done
done

# ---- batch: BATCH one-page and BATCH three-page circulars in one process each --------
echo "docpipe: batches" >&2
for b in b1 b3; do
  mkdir -p "$WORK/$b/out"
  (cd "$WORK/$b" && "$D" render c*.md --out-dir out >/dev/null)
  time_cmd "batch-$b" "$WORK/$b" "$D" render $(cd "$WORK/$b" && ls c*.md) --out-dir out
  echo "$(ls "$WORK/$b"/c*.md | wc -l) $(rss_mb "$WORK/$b" "$D" render $(cd "$WORK/$b" && ls c*.md) --out-dir out)" > "$WORK/batch-$b.info"
  (cd "$WORK/$b" && "$D" render c*.md --out-dir out --timings 2>&1 >/dev/null | sed 's/ ms$//') > "$WORK/stages-$b.txt"
  pdfinfo "$WORK/$b/out/$(cd "$WORK/$b" && ls c*.md | head -n1 | sed 's/md$/pdf/')" | awk '/^Pages:/{print $2}' >> "$WORK/batch-$b.info"
done

# ---- size floor ------------------------------------------------------------------------
echo "size floors" >&2
if command -v hb-subset >/dev/null; then
  for r in 1 4; do python3 "$here/size_floor.py" "$WORK/r$r/report.pdf" --json > "$WORK/floor-r$r.json"; done
else
  echo "hb-subset missing (apt-get install libharfbuzz-bin): no size floor" >&2
fi

# ---- peers -----------------------------------------------------------------------------
: > "$WORK/peer-rows.md"
if [[ $PEERS != 0 && -n $shared && -x $(command -v xelatex || true) && -x $(command -v weasyprint || true) && -x $(command -v hyperfine || true) ]]; then
  echo "peers: report ×1 and circular (run_peers.sh)" >&2
  bash "$shared/run_peers.sh" "$WORK/peers1" 1 | tail -n +3 | sed 's/| report |/| report ×1 |/' >> "$WORK/peer-rows.md"
  echo "peers: report ×4" >&2
  bash "$shared/run_peers.sh" "$WORK/peers4" 4 | tail -n +3 | grep '| report |' | sed 's/| report |/| report ×4 |/' >> "$WORK/peer-rows.md"
  [[ -f $WORK/peers1/report.pdf ]] && command -v hb-subset >/dev/null && \
    python3 "$here/size_floor.py" "$WORK/peers1/report.pdf" --json > "$WORK/floor-xelatex-r1.json" || true
  [[ -f $WORK/peers4/report.pdf ]] && command -v hb-subset >/dev/null && \
    python3 "$here/size_floor.py" "$WORK/peers4/report.pdf" --json > "$WORK/floor-xelatex-r4.json" || true
else
  echo "peers skipped (need xelatex, weasyprint, hyperfine; see bench/README.md)" >&2
fi
echo "load_end=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$WORK/machine.env"

python3 "$here/write_results.py" "$WORK" > "$OUT"
echo "wrote $OUT" >&2
