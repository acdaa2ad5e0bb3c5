#!/usr/bin/env bash
# Prints what the embedded data adds to the app: each file raw and gzip -9.
set -euo pipefail
cd "$(dirname "$0")/.."
total=0; totalgz=0
for f in assets/data/*.json assets/data/locator/*; do
  raw=$(stat -c %s "$f"); gz=$(gzip -9c "$f" | wc -c)
  total=$((total + raw)); totalgz=$((totalgz + gz))
  printf '%-40s %8d bytes raw %8d gzip\n' "$f" "$raw" "$gz"
done
printf '%-40s %8d bytes raw %8d gzip\n' "total" "$total" "$totalgz"
