#!/usr/bin/env bash
# Issue 15: the HTML reports of the Nernst derivation, the post as written (failing) and a long chain
# (bench/long-chain.deriv: (1 + x)^n from (1 + x)^(n-1), eleven claims each citing the one before), each
# opened in headless Chromium and saved as a PNG, with the
# derivation graph of each as SVG rendered alone. No network: the pages load nothing, Chromium's background
# services are off. Usage: bench/html-screenshots.sh [OUT_DIR]  (default target/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-target/screenshots}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"

if ! command -v chromium >/dev/null 2>&1; then
  echo "chromium is missing; installing the Debian package" >&2
  apt-get install -y chromium >/dev/null || { apt-get update >/dev/null && apt-get install -y chromium >/dev/null; }
fi
[ -f target/deriv.jar ] || mvn -B -q -o -DskipTests package

shoot() { # shoot FILE.html|svg OUT.png WIDTH HEIGHT
  local profile
  profile="$(mktemp -d)"
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$profile" --screenshot="$2" \
    --window-size="$3,$4" "file://$1" >/dev/null 2>&1
  rm -rf "$profile"
  echo "wrote $2"
}

for f in derivations/nernst.deriv derivations/broken/nernst-as-posted.deriv bench/long-chain.deriv; do
  name="$(basename "$f" .deriv)"
  # A failing derivation exits 1: the report is still written.
  java -jar target/deriv.jar report "$f" --format html -o "$OUT/$name.html" || [ $? -eq 1 ]
  java -jar target/deriv.jar graph "$f" --format svg -o "$OUT/$name.svg" || [ $? -eq 1 ]
  shoot "$OUT/$name.html" "$OUT/$name.png" 1200 2400
  # The whole page, for reading: tall enough for the longest report.
  shoot "$OUT/$name.html" "$OUT/$name-full.png" 1200 9000
  size="$(sed -n 's/.*viewBox="0 0 \([0-9.]*\) \([0-9.]*\)".*/\1 \2/p' "$OUT/$name.svg" | head -1)"
  shoot "$OUT/$name.svg" "$OUT/$name-graph.png" "$(echo "$size" | awk '{printf "%d", $1 + 16}')" \
    "$(echo "$size" | awk '{printf "%d", $2 + 16}')"
done
