#!/usr/bin/env bash
# 1000 one-page per-unit circulars (docpipe build circular --per-unit): in one process
# (--jobs 1) and with --jobs 2; median of RUNS runs, documents/s and peak RSS; then a
# callgrind profile of a smaller batch (~60). Writes bench/CIRCULARS.md. Not run by CI.
#
# Usage: bash bench/circulars.sh
# Environment: DOCPIPE  the executable (default: build-schedule/docpipe, else build/docpipe)
#              WORK     scratch folder (default: /tmp/docpipe-circulars; emptied first)
#              RUNS     timed runs per measurement (default 5)
#              UNITS    units in the data folder (default 1000)
#              PROFILE  0 to skip callgrind
#              OUT      results file (default: bench/CIRCULARS.md)
set -euo pipefail
here=$(dirname "$(readlink -f "$0")")
source "$here/per_unit_data.sh"
root=$(dirname "$here")
WORK=${WORK:-/tmp/docpipe-circulars}; RUNS=${RUNS:-5}; UNITS=${UNITS:-1000}; PROFILE=${PROFILE:-1}
OUT=${OUT:-$here/CIRCULARS.md}
if [[ -z ${DOCPIPE:-} ]]; then
  for c in "$root/build-schedule/docpipe" "$root/build/docpipe"; do [[ -x $c ]] && { DOCPIPE=$c; break; }; done
fi
[[ -n ${DOCPIPE:-} ]] || { echo "circulars.sh: build docpipe first (cmake --build build-schedule --target docpipe)" >&2; exit 2; }
DOCPIPE=$(readlink -f "$DOCPIPE")
[[ -x /usr/bin/time ]] || { echo "circulars.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
for t in sqlite3 pdfinfo; do command -v $t >/dev/null || { echo "circulars.sh: $t is missing" >&2; exit 2; }; done
rm -rf "$WORK"; mkdir -p "$WORK"; cd "$WORK"

# ---- data: the sample's office and channels, UNITS units, a month with two items --------
per_unit_data "$DOCPIPE" "$UNITS"
n_units=$(sqlite3 data/docpipe.db "SELECT count(*) FROM units")

run_batch() {  # $1 = jobs → prints "seconds peak_kb cpu_seconds"
  rm -rf out
  /usr/bin/time -f '%e %M %U %S' -o t.txt "$DOCPIPE" --data data build circular --month 2026-08 \
    --per-unit --jobs "$1" --out out > files.txt
  awk '{printf "%s %s %.2f\n", $1, $2, $3 + $4}' t.txt
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

load=$(cut -d" " -f1-3 /proc/loadavg)
declare -A secs rss cpu
for jobs in 1 2; do
  run_batch "$jobs" >/dev/null  # warm-up (page cache)
  : > runs.txt
  for ((r = 0; r < RUNS; r++)); do run_batch "$jobs" >> runs.txt; done
  secs[$jobs]=$(cut -d' ' -f1 runs.txt | median)
  rss[$jobs]=$(cut -d' ' -f2 runs.txt | median)
  cpu[$jobs]=$(cut -d' ' -f3 runs.txt | median)
  docs=$(wc -l < files.txt)
done
pages=$(pdfinfo out/circular-2026-08/U0500.pdf | awk '/^Pages/ {print $2}')
bytes=$(du -sb out/circular-2026-08 | cut -f1)

# ---- where the time goes: callgrind over ~60 copies in one process -------------------------
profile=""
if [[ $PROFILE == 1 ]] && command -v valgrind >/dev/null; then
  sqlite3 data/docpipe.db "DELETE FROM units WHERE code > 'U0047' AND code LIKE 'U%'" 
  rm -rf out
  valgrind --tool=callgrind --callgrind-out-file=cg.out "$DOCPIPE" --data data build circular \
    --month 2026-08 --per-unit --jobs 1 --out out >/dev/null 2>cg.log
  cg_docs=$(ls out/circular-2026-08 | wc -l)
  set +o pipefail  # head closes the pipe early
  profile=$(callgrind_annotate --inclusive=yes cg.out 2>/dev/null | grep -E '^ *[0-9,]+ \(' |
    sed -E 's/\(std::__cxx11::basic_string.*\) \[/(…) [/; s/^(.{150}).*/\1…/' | head -45)
  self=$(callgrind_annotate cg.out 2>/dev/null | grep -E '^ *[0-9,]+ \(' |
    sed -E 's/^(.{150}).*/\1…/' | head -25)
  set -o pipefail
  # Shares of the total (inclusive) for the stages worth naming.
  callgrind_annotate --inclusive=yes cg.out 2>/dev/null > cg.txt || true
  share() {  # $1 = label, $2 = pattern (first matching line)
    awk -v pat="$2" -v label="$1" '
      /PROGRAM TOTALS/ { gsub(",", "", $1); total = $1 }
      index($0, pat) && !done { v = $1; gsub(",", "", v); done = 1 }
      END { if (total && done) printf "| %s | %.1f%% | %.1f M |\n", label, 100 * v / total, v / 1e6 / docs }
    ' docs="$cg_docs" cg.txt
  }
  shares=$(
    share "whole document (compose + render + write)" "render_one("
    share "composing the copy (Mustache)" "compose::render_template("
    share "Renderer::render_bytes (markup, layout, PDF)" "Renderer::render_bytes("
    share "  markup (parse_document)" "docpipe::markup::parse_document("
    share "  layout (layout_document)" "docpipe::layout::layout_document("
    share "  write_pdf (libharu + post-pass)" "docpipe::pdf::write_pdf("
    share "    zlib deflate (libharu and qpdf)" "???:deflate "
    share "    qpdf post-pass (postprocess)" "docpipe::pdf::postprocess("
    share "    libharu Type0 font + CIDToGIDMap (HPDF_Type0Font_New)" "HPDF_Type0Font_New"
    share "    hb-subset (subset_font)" "docpipe::pdf::subset_font("
    share "atomic write + fsync" "write_file_atomic("
    share "sha256 of the output" "sha256_hex("
  )
fi

rate() { awk -v n="$docs" -v s="$1" 'BEGIN {printf "%.0f", n / s}'; }
{
  echo "# Per-unit circulars: batch throughput"
  echo
  echo "Written by \`bench/circulars.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores,"
  echo "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load average before the"
  echo "runs: $load (other work on the machine competes for the same cores)."
  echo
  echo "Workload: \`docpipe build circular --month 2026-08 --per-unit\` over a data folder of"
  echo "$n_units units (the sample's 17 plus generated ones); quota 0 and two register items,"
  echo "so the shared table has two rows; each copy has $pages pages (the second holds the
signature and the 版记: a table, the chart and the 版记 do not fit one 22-line page). $docs documents,"
  echo "$((bytes / docs)) bytes each on average. Median of $RUNS runs after a warm-up;"
  echo "wall time and peak RSS from \`/usr/bin/time -f '%e %M'\` (peak RSS is the largest"
  echo "single process: with --jobs 2 each worker holds its own fonts)."
  echo
  echo "| run | wall s | documents/s | CPU s (user+sys) | documents per CPU-s | peak RSS |"
  echo "|---|---:|---:|---:|---:|---:|"
  echo "| one process (\`--jobs 1\`) | ${secs[1]} | $(rate "${secs[1]}") | ${cpu[1]} | $(rate "${cpu[1]}") | $((rss[1] / 1024)) MB |"
  echo "| \`--jobs 2\` | ${secs[2]} | $(rate "${secs[2]}") | ${cpu[2]} | $(rate "${cpu[2]}") | $((rss[2] / 1024)) MB |"
  echo
  echo "Targets: issue 6, 1000 in under 2 s with --jobs 2, peak RSS under 200 MB; issue 14, the same"
  echo "2 s and ≤ 3 ms CPU a copy with --jobs 1."
  if [[ -n $profile ]]; then
    echo
    echo "## Profile (callgrind, $cg_docs copies, one process; instructions, inclusive)"
    echo
    echo '```'
    echo "$profile"
    echo '```'
    echo
    echo "Where one document's instructions go (inclusive; a stage's share includes the"
    echo "indented ones under it):"
    echo
    echo "| part | share | instructions per document |"
    echo "|---|---:|---:|"
    echo "$shares"
    echo
    echo "Self cost, top functions:"
    echo
    echo '```'
    echo "$self"
    echo '```'
  fi
  # The reading of these figures, kept by hand beside the script (update it with the code).
  if [[ -f $here/circulars-analysis.md ]]; then echo; cat "$here/circulars-analysis.md"; fi
} > "$OUT"
echo "wrote $OUT" >&2
