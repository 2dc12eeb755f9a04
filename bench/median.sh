#!/usr/bin/env bash
# median.sh N CMD…: runs CMD N times (output discarded) and prints the median wall time in seconds.
set -uo pipefail
n="$1"; shift
times=()
for ((i = 0; i < n; i++)); do
  s=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  e=$(date +%s.%N)
  times+=("$(echo "$e - $s" | bc -l)")
done
printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f\n", m}'
