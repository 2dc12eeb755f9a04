#!/usr/bin/env bash
# Issue 11: the same verdicts quietly with -j 1 and with four busy processes beside it with -j 2, run after run.
# Usage: bench/determinism.sh [FOLDER] (RUNS=2 of each by default). Prints the verdict of every step and goal once,
# then "identical" or the differences, and exits 1 if any run differs.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
folder="${1:-$root/derivations}"
runs="${RUNS:-2}"
work="$(mktemp -d)"
burners=()
cleanup() { for p in "${burners[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
cd "$root"
./deriv --version >/dev/null
verdicts() { # the status of every step and goal, one per line, from deriv's JSON
  python3 -c '
import json, sys
run = json.load(sys.stdin)
for f in run["files"]:
    for d in f["derivations"]:
        for s in d["steps"]:
            print(f["path"], s["line"], s["name"], s["status"])
        g = d["goal"]
        print(f["path"], "goal", d["name"], g["reached"])
print("budget", run["budget"]["workUnits"])'
}
for r in $(seq 1 "$runs"); do
  ./deriv check --no-cache --format json -j 1 "$folder" | verdicts >"$work/quiet-$r" || true
done
for k in 1 2 3 4; do (while :; do :; done) & burners+=($!); done
for r in $(seq 1 "$runs"); do
  ./deriv check --no-cache --format json -j 2 "$folder" | verdicts >"$work/busy-$r" || true
done
echo "load average with the burners: $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
for f in "$work"/quiet-* "$work"/busy-*; do
  if ! diff -q "$work/quiet-1" "$f" >/dev/null; then
    echo "differs: $(basename "$f")"; diff "$work/quiet-1" "$f" || true; status=1
  fi
done
[ "$status" = 0 ] && echo "identical: $(wc -l <"$work/quiet-1") verdicts, $runs quiet runs (-j 1) and $runs busy runs (-j 2)"
exit "$status"
