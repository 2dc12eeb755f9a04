#!/usr/bin/env bash
# Issue 11's side-by-side: the Nernst check, whole process, against the SymPy script, interleaved run by run (deriv
# without cache, deriv with a warm verdict cache, SymPy; RUNS rounds, 5 by default) so that a change in the machine's
# speed during the measurement touches all three alike. Prints a Markdown table of medians and the ratios.
# Usage: bench/nernst-vs-sympy.sh [NERNST_FILE]   (SYMPY=path overrides the baseline script)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
source "$here/timing.sh"
runs="${RUNS:-5}"
nernst="${1:-$root/derivations/nernst.deriv}"
# the baseline issue 11 names, when ../shared is beside the checkout; else this folder's copy of the same checks
sympy="${SYMPY:-$root/../shared/bench/sympy_nernst.py}"
[ -f "$sympy" ] || sympy="$here/sympy_nernst.py"
cache="$(mktemp -d)"
trap 'rm -rf "$cache"' EXIT
cd "$root"
./deriv --version >/dev/null 2>&1                   # builds the jar and the class-sharing archive if needed
./deriv check --cache-dir "$cache" "$nernst" >/dev/null 2>&1 || true   # fills the verdict cache
declare -a nw nc cw cc sw sc
once() { # wall and CPU of one run of "$@"
  /usr/bin/time -o "$cache/t" -f "%e %U %S" "$@" >/dev/null 2>&1 || true
  awk '{print $1, $2 + $3}' "$cache/t"
}
for ((i = 0; i < runs; i++)); do
  read -r w c < <(once ./deriv check --no-cache "$nernst"); nw+=("$w"); nc+=("$c")
  read -r w c < <(once ./deriv check --cache-dir "$cache" "$nernst"); cw+=("$w"); cc+=("$c")
  read -r w c < <(once python3 "$sympy"); sw+=("$w"); sc+=("$c")
done
dw=$(median "${nw[@]}"); dc=$(median "${nc[@]}"); ww=$(median "${cw[@]}"); wc=$(median "${cc[@]}")
pw=$(median "${sw[@]}"); pc=$(median "${sc[@]}")
echo "| command (median of $runs, interleaved) | wall | CPU |"
echo "|---|---|---|"
WALL=$dw CPU=$dc row "./deriv check --no-cache $(basename "$nernst")"
WALL=$ww CPU=$wc row "./deriv check $(basename "$nernst") (verdict cache warm)"
WALL=$pw CPU=$pc row "python3 $(realpath --relative-to="$root" "$sympy")"
echo
echo "deriv / SymPy, wall: $(echo "scale=2; $dw / $pw" | bc -l)× without cache (target ≤ 1.0×), $(echo "scale=2; $ww / $pw" | bc -l)× with the cache warm (target ≤ 0.5×); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
