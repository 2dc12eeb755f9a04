#!/usr/bin/env bash
# Issue 11: the work (units of 1 MB allocated by the deciding thread) each obligation of FOLDER uses, to set the
# default --budget. Prints the largest ten and the total. Usage: bench/work.sh [FOLDER] (default derivations/).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
folder="${1:-$root/derivations}"
log="$(mktemp)"
# WORK_LOG=FILE keeps the per-obligation log (rule, units, CPU ms, verdict; to compare two runs)
trap 'if [ -n "${WORK_LOG:-}" ]; then cp "$log" "$WORK_LOG"; fi; rm -f "$log"' EXIT
cd "$root"
./deriv --version >/dev/null
java -Dderiv.workLog="$log" -XX:TieredStopAtLevel=1 -Xss8m \
  -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
  -jar target/deriv.jar check --no-cache -j 1 "$folder" >/dev/null || true
echo "largest obligations (rule, work units, CPU ms, verdict):"
# (head closes the pipe early: sort's SIGPIPE must not end the script under pipefail)
sort -k2 -n -r "$log" | head -10 || true
awk '{ s += $2; if ($2 > m) m = $2 } END { print NR " obligations, " s " units in all, the largest " m }' "$log"
# A postulate is assumed whether or not its refutation finishes within the budget, so the headroom that keeps
# verdicts stable is that of the steps the budget can change: proved and tested ones.
budget="${BUDGET:-1000}"
awk -v b="$budget" '$4 == "proved" || $4 == "tested" { if ($2 > m) { m = $2; r = $1 } }
  END { printf "largest proved or tested step: %s, %d units; headroom at --budget %d: %.1fx\n", r, m, b, b / m }' "$log"
