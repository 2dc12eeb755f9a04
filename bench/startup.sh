#!/usr/bin/env bash
# Start-up choices, measured: class-data sharing (none, the JDK's, dynamic AppCDS, static AppCDS) and C1-only JIT,
# each on a small check (bench/training.deriv), a file with a syntax error and --help; then tiered against C1-only on
# the whole Nernst check with the static archive. Median of RUNS (default 5) runs.
# Usage: bench/startup.sh [NERNST_FILE]   (default derivations/nernst.deriv)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
source "$here/timing.sh"
runs="${RUNS:-5}"
file="${1:-$root/derivations/nernst.deriv}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$root" && ./deriv --version >/dev/null) # builds the jar if needed
jar="$root/target/deriv.jar"
printf 'derivation broken\nclaim s: (a + = b\n' >"$work/syntax.deriv"
base=(java -XX:+UseSerialGC -Xss8m -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory
      -Dorg.apache.logging.log4j.simplelog.level=OFF)
train="$root/bench/training.deriv"
"${base[@]}" -XX:ArchiveClassesAtExit="$work/dyn.jsa" -jar "$jar" check --no-cache "$train" >/dev/null 2>&1 || true
"${base[@]}" -XX:DumpLoadedClassList="$work/classes.lst" -jar "$jar" check --no-cache "$train" >/dev/null 2>&1 || true
java -Xshare:dump -XX:SharedClassListFile="$work/classes.lst" -XX:SharedArchiveFile="$work/static.jsa" \
  -cp "$jar" >/dev/null 2>&1

declare -A share=([none]="-Xshare:off" [jdk]="-Xshare:auto" [dynamic]="-XX:SharedArchiveFile=$work/dyn.jsa"
                  [static]="-XX:SharedArchiveFile=$work/static.jsa")
echo "| set-up (whole process, median of $runs) | wall | CPU |"
echo "|---|---|---|"
for what in small syntax help; do
  for cds in none jdk dynamic static; do
    for jit in tiered c1; do
      jitopt=(); [ "$jit" = c1 ] && jitopt=(-XX:TieredStopAtLevel=1)
      case $what in
        small) args=(check --no-cache "$train") ;;
        syntax) args=(check --no-cache "$work/syntax.deriv") ;;
        help) args=(--help) ;;
      esac
      measure "$runs" "${base[@]}" ${share[$cds]} "${jitopt[@]}" -jar "$jar" "${args[@]}"
      row "$what: CDS $cds, JIT $jit" 
    done
  done
done
for jit in tiered c1; do
  jitopt=(); [ "$jit" = c1 ] && jitopt=(-XX:TieredStopAtLevel=1)
  measure "$runs" "${base[@]}" ${share[static]} "${jitopt[@]}" -jar "$jar" check --no-cache "$file"
  row "$(basename "$file"): CDS static, JIT $jit"
done
