#!/bin/sh
# The removal check of issue 17: a protection is real only if a test fails without it. Each
# patch here switches one protection off (its first lines: "Removes:" what, "Expect:" the
# Catch test specs that must then fail). For each patch: apply it, rebuild docpipe, run the
# expected cases against it, report FAILED (good: the tests see the protection) or STILL
# PASSES (bad: write the missing test), and revert the patch whatever happened.
#
# Not part of ctest: it edits the working tree. Run it on a clean tree with a configured build:
#   tests/reliability/removal/run.sh                  # every patch (about 2 min each)
#   tests/reliability/removal/run.sh c7-void-filter   # one
# BUILD=dir picks another build folder (default build/). Exit 1 if any patch did not make
# its tests fail, did not apply, or did not build.
set -u
root=$(cd "$(dirname "$0")/../../.." && pwd)
here=$root/tests/reliability/removal
build=${BUILD:-$root/build}
tests=$build/tests/test_reliability
log=$(mktemp)
applied=""
revert() {
  [ -n "$applied" ] && git -C "$root" apply -R "$applied"
  applied=""
}
trap 'revert; rm -f "$log"' EXIT
trap 'exit 130' INT TERM

if [ -n "$(git -C "$root" status --porcelain --untracked-files=no pipeline)" ]; then
  echo "pipeline/ has uncommitted changes; commit or stash them first" >&2
  exit 2
fi
if [ $# -eq 0 ]; then
  set -- "$here"/*.patch
fi
# Catch separates specs at ','; test names hold commas ("100,000").
escape() { printf '%s' "$1" | sed 's/,/\\,/g'; }
# Every expected case must pass with the protections in place, or its failure proves nothing.
echo "== baseline: the expected cases with every protection in place"
cmake --build "$build" --target docpipe test_reliability -j2 >"$log" 2>&1 || {
  tail -20 "$log"
  exit 2
}
specs=$(for arg in "$@"; do
  case $arg in */*) p=$arg ;; *) p=$here/${arg%.patch}.patch ;; esac
  sed -n 's/^Expect: //p' "$p" | while IFS= read -r spec; do escape "$spec"; echo; done
done | paste -sd, -)
if ! "$tests" "$specs" >"$log" 2>&1; then
  echo "   the expected cases fail even with every protection in place:"
  grep -a -E '^test cases:|FAILED' "$log" | head
  exit 2
fi
echo "   $(grep -a -m1 -E '^All tests passed' "$log")"
status=0
for arg in "$@"; do
  case $arg in */*) patch=$arg ;; *) patch=$here/${arg%.patch}.patch ;; esac
  name=$(basename "$patch" .patch)
  echo "== $name: $(sed -n 's/^Removes: //p' "$patch")"
  if ! git -C "$root" apply "$patch"; then
    echo "   DOES NOT APPLY (the code moved: update the patch)"
    status=1
    continue
  fi
  applied=$patch
  if ! cmake --build "$build" --target docpipe -j2 >"$log" 2>&1; then
    echo "   DOES NOT BUILD:"
    tail -20 "$log"
    status=1
    revert
    continue
  fi
  sed -n 's/^Expect: //p' "$patch" | while IFS= read -r spec; do
    "$tests" "$(escape "$spec")" >"$log" 2>&1
    rc=$?
    if grep -a -q '^No test cases matched' "$log"; then
      echo "   MATCHES NO TEST: $spec"
      exit 1
    elif [ $rc -eq 0 ]; then
      echo "   STILL PASSES: $spec"
      exit 1
    fi
    # The first failed check and its values: what the removal changed.
    echo "   FAILED as it must: $spec"
    grep -a -A4 -m1 'FAILED:' "$log" | sed -n '2,5p' | sed 's/^ */      /'

  done || status=1
  revert
done
echo "== rebuilding docpipe with every protection in place"
cmake --build "$build" --target docpipe -j2 >"$log" 2>&1 || status=1
exit $status
