#!/usr/bin/env bash
# Fuzz run of issue 16: N mutated copies of the library's .deriv files (bench/fuzz_mutate.py, seeded), checked in
# batches of BATCH files per JVM with the launcher's JVM options (-Xmx1g), counting what must never happen:
# stack traces, "internal error" (or "please report it") lines, lines on standard error that deriv did not write
# (deriv's own start with "deriv: "), and exit codes outside {0, 1, 2}.
#
# usage: bench/fuzz.sh [N=10000] [SEED=16] [BATCH=250]
#   BUDGET (default 200 work units) and TIMEOUT (default 20 s) per step keep mutated steps short: the run looks for
#   crashes, not verdicts. OUT (default /tmp/deriv-fuzz) keeps the files and each batch's output.
#   JAR runs another copy of the jar (with its lib/ folder beside it), e.g. to rebuild while the fuzz runs.
#   SUMMARY_ONLY=1 only counts again the outputs kept in OUT.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-10000}"
seed="${2:-16}"
batch="${3:-250}"
out="${OUT:-/tmp/deriv-fuzz}"
jar="${JAR:-$here/target/deriv.jar}"
[ -f "$jar" ] || (cd "$here" && mvn -q -B -o -DskipTests package)

if [ -z "${SUMMARY_ONLY:-}" ]; then
  rm -rf "$out"
  mkdir -p "$out/files" "$out/runs"
  mapfile -t sources < <(find "$here/derivations" -name '*.deriv' -not -path '*/broken/*' | sort)
  python3 "$here/bench/fuzz_mutate.py" "$seed" "$n" "$out/files" "$batch" "${sources[@]}"

  opts=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss8m -Xmx1g -Xshare:auto -Xlog:disable -Xlog:all=error:stderr)
  [ -z "${JAR:-}" ] && [ -f "$here/target/deriv.jsa" ] && opts+=(-XX:SharedArchiveFile="$here/target/deriv.jsa")

  bad_exit=0
  started=$(date +%s)
  for dir in "$out"/files/b*; do
    b="$(basename "$dir")"
    # the mutated files only: the unmutated copies beside them are there to be imported
    java "${opts[@]}" -jar "$jar" check --no-cache --budget "${BUDGET:-200}" --timeout "${TIMEOUT:-20}" "$dir"/m[0-9]*.deriv \
      >"$out/runs/$b.out" 2>"$out/runs/$b.err"
    rc=$?
    echo "$rc" >"$out/runs/$b.rc"
    case "$rc" in 0|1|2) ;; *) bad_exit=$((bad_exit + 1)); echo "batch $b: exit code $rc" ;; esac
  done
  elapsed=$(( $(date +%s) - started ))
  echo "$elapsed" >"$out/elapsed"
fi

count() { cat "$out"/runs/*.out "$out"/runs/*.err | grep -acE "$1" || true; }
bad_exit=$(cat "$out"/runs/*.rc | grep -cvE '^[012]$' || true)
files=$(find "$out/files" -name 'm[0-9]*.deriv' | wc -l)
checked=$(cat "$out"/runs/*.out | grep -acE '^[0-9]+ steps: ' || true)
echo "mutated files:              $files (seed $seed, $((files / batch + (files % batch > 0))) batches of $batch)"
echo "batches that finished:      $checked"
echo "stack traces:               $(count '^[[:space:]]+at [a-zA-Z_$][a-zA-Z0-9_$.]*\(|Exception in thread|^[a-z]+(\.[a-zA-Z_$0-9]+)+(Exception|Error)(:|$)')"
echo "internal errors:            $(count 'internal error|please report it')"
echo "stderr lines not deriv's:   $(cat "$out"/runs/*.err | grep -acv '^deriv: ' || true)"
echo "raw control characters:     $(cat "$out"/runs/*.out "$out"/runs/*.err | grep -acP '[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]' || true) lines"
echo "exit codes outside {0,1,2}: $bad_exit"
echo "file errors (refused, syntax, names…): $(cat "$out"/runs/*.out | grep -acE '^.*\.deriv:[0-9]+:[0-9]+: error: ' || true)"
echo "wall time:                  $(cat "$out/elapsed" 2>/dev/null || echo "?") s"
