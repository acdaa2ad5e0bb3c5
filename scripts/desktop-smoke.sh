#!/usr/bin/env bash
# Desktop smoke test: builds the desktop app (webkit2gtk), starts it in a
# virtual X display, takes a screenshot and checks that the window is not
# blank and shows the app's start screen colours. Prints one result line.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
out="$ROOT/target/desktop-smoke"
mkdir -p "$out"
cargo build -p mobile --features desktop --bin een-entree
data="$(mktemp -d)"
rm -f "$out/screen.png"
EEN_ENTREE_DATA_DIR="$data" LANG=nl_NL.UTF-8 \
  timeout 90 xvfb-run -a -s "-screen 0 1024x768x24" bash -c '
    "'"$ROOT"'/target/debug/een-entree" &
    app=$!
    for i in $(seq 1 40); do
      sleep 1
      import -window root "'"$out"'/screen.png" 2>/dev/null || continue
      red=$(convert "'"$out"'/screen.png" -fill black +opaque "#b3261e" -fill white -opaque "#b3261e" -format "%[fx:round(mean*w*h)]" info:)
      [ "$red" -gt 300 ] && break
    done
    kill $app 2>/dev/null || true
  ' || true
rm -rf "$data"
if [ ! -f "$out/screen.png" ]; then
  echo "desktop smoke: FAILED (no screenshot)"; exit 1
fi
colours=$(convert "$out/screen.png" -format %k info:)
# The quick-exit button's red (#b3261e) is on every screen of the app: if it
# is there, the app rendered, not just an empty window.
red=$(convert "$out/screen.png" -fill black +opaque "#b3261e" -fill white -opaque "#b3261e" -format "%[fx:round(mean*w*h)]" info:)
echo "desktop smoke: $colours colours, $red quick-exit-button pixels, screenshot $out/screen.png"
if [ "$colours" -gt 50 ] && [ "${red%.*}" -gt 300 ]; then
  echo "desktop smoke: passed"
else
  echo "desktop smoke: FAILED (blank window or start screen missing)"; exit 1
fi
