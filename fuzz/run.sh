#!/bin/sh
# Runs one fuzz target: fuzz/run.sh TARGET [SECONDS [LIBFUZZER FLAGS...]] (default 600 s).
# The working corpus
# grows in build-fuzz/corpus/TARGET, seeded from fuzz/corpus/TARGET; crashes land in
# build-fuzz/artifacts/. Needs the build described in fuzz/README.md.
set -eu
target=$1
seconds=${2:-600}
shift; [ $# -gt 0 ] && shift
root=$(cd "$(dirname "$0")/.." && pwd)
build=${DOCPIPE_FUZZ_BUILD:-$root/build-fuzz}
mkdir -p "$build/corpus/$target" "$build/artifacts"
cd "$build"
# fontconfig's one-time config leak is not ours (see lsan.supp); anything else still fails.
export LSAN_OPTIONS="suppressions=$root/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
exec nice "$build/fuzz/fuzz_$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
  -artifact_prefix="$build/artifacts/$target-" -print_final_stats=1 "$@" \
  "$build/corpus/$target" "$root/fuzz/corpus/$target"
