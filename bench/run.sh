#!/usr/bin/env bash
# The deriv benchmark (issue #7). Prints Markdown tables for docs/performance.md:
#   1. the Nernst check, whole process, deriv against SymPy (median of RUNS runs), as times and as a ratio;
#   2. warm throughput: steps per second in one JVM over a large generated file (second pass of two);
#   3. a generated 1,000-step file against a 100-step one (whole process);
#   4. the verdict cache: a second run of derivations/ without changes against the first.
# Usage: bench/run.sh [NERNST_FILE]   RUNS=5 by default. Wall-clock and CPU (user+system) medians are both printed:
# on a shared machine CPU time is the steadier figure.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
source "$here/timing.sh"
runs="${RUNS:-5}"
nernst="${1:-$root/derivations/nernst.deriv}"
folder="${FOLDER:-$root/derivations}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
./deriv --version >/dev/null                       # builds the jar and the class-sharing archive if needed
mvn -q -o test-compile >/dev/null 2>&1 || mvn -q test-compile >/dev/null
cp="target/test-classes:target/classes:target/lib/*"
gen() { java -cp "$cp" deriv.perf.GenerateFile "$1" >"$2"; }

echo "## Machine"
echo; echo '```'; echo "nproc: $(nproc)"; free -h | head -2; java -version 2>&1 | head -1
python3 -c 'import sympy, sys; print("python", sys.version.split()[0], "sympy", sympy.__version__)'
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"; echo '```'

echo; echo "## 1. Nernst check, whole process (median of $runs)"
echo; RUNS="$runs" "$here/nernst-vs-sympy.sh" "$nernst"

echo; echo "## 2. Warm throughput (one JVM, 1,000 generated steps, no cache)"
echo; echo '```'
java -Xss8m -XX:+UseSerialGC -cp "$cp" -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
  -Dorg.apache.logging.log4j.simplelog.level=OFF deriv.perf.Throughput 1000
echo '```'

echo; echo "## 3. 1,000 steps against 100 (whole process, no cache, median of $runs)"
gen 100 "$work/s100.deriv"; gen 1000 "$work/s1000.deriv"
echo; echo "| command | wall | CPU |"; echo "|---|---|---|"
measure "$runs" ./deriv check --no-cache "$work/s100.deriv"; w1=$WALL; c1=$CPU; row "100 steps"
measure "$runs" ./deriv check --no-cache "$work/s1000.deriv"; w2=$WALL; c2=$CPU; row "1,000 steps"
echo; echo "1,000 / 100: wall $(echo "scale=2; $w2 / $w1" | bc -l)×, CPU $(echo "scale=2; $c2 / $c1" | bc -l)×"

echo; echo "## 4. Verdict cache: second run of $(basename "$folder")/ against the first (median of $runs)"
firsts=(); seconds=(); same=yes
for ((i = 0; i < runs; i++)); do
  rm -rf "$work/cache"
  /usr/bin/time -o "$work/t1" -f %e ./deriv check --cache-dir "$work/cache" "$folder" >"$work/first.txt" 2>&1 || true
  /usr/bin/time -o "$work/t2" -f %e ./deriv check --cache-dir "$work/cache" "$folder" >"$work/second.txt" 2>&1 || true
  firsts+=("$(tail -1 "$work/t1")"); seconds+=("$(tail -1 "$work/t2")")
  cmp -s "$work/first.txt" "$work/second.txt" || same=no
done
f=$(median "${firsts[@]}"); s=$(median "${seconds[@]}")
echo; echo "first run ${f} s, second run ${s} s: $(echo "scale=1; $f / $s" | bc -l)× faster; same output both times: $same"
