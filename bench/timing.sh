# Sourced by the bench scripts. `measure N CMD…` runs CMD N times (output discarded) and sets WALL and CPU to the
# medians of the wall-clock and user+system seconds. CPU is the steadier figure on a shared, loaded machine.
measure() {
  local n="$1"; shift
  local walls=() cpus=() line out
  out="$(mktemp)"
  for ((i = 0; i < n; i++)); do
    /usr/bin/time -o "$out" -f "%e %U %S" "$@" >/dev/null 2>&1 || true
    line=$(tail -1 "$out")
    walls+=("$(echo "$line" | awk '{print $1}')")
    cpus+=("$(echo "$line" | awk '{print $2 + $3}')")
  done
  rm -f "$out"
  WALL=$(median "${walls[@]}")
  CPU=$(median "${cpus[@]}")
}

median() {
  printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'
}

# One table row: label, wall, cpu.
row() {
  printf '| %-58s | %6s s | %6s s |\n' "$1" "$WALL" "$CPU"
}
