#!/usr/bin/env bash
# The desktop app's native path under Xvfb (tests/desktop/native.py): call
# and chat links reach the system's handler with exactly their tel: digits or
# https address, and an evidence file comes through the desktop picker. The
# desktop build runs the same Dioxus interpreter and click path as the
# phones; what only a phone can show is in mobile/PHONE-CHECKS.md.
#
# Stub openers first on PATH record what they are asked and open nothing:
# xdg-open (the system's handler, what the app must use), and everything a
# web browser would be started with ($BROWSER, x-www-browser, gio, ...).
# zenity (rfd's picker when no desktop portal runs) answers with a test file.
# Prints "desktop native: passed" or "desktop native: FAILED (...)".
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
cargo build -p mobile --features desktop --bin een-entree
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/data" "$work/exports"
export OPENER_LOG="$work/openers.log" EVIDENCE_FILE="$work/desktop-evidence.txt"
printf 'evidence written by the desktop test\n' > "$EVIDENCE_FILE"
for tool in xdg-open x-www-browser sensible-browser www-browser gio gvfs-open gnome-open \
  kde-open kde-open5 kfmclient exo-open firefox chromium chromium-browser google-chrome \
  xdg-settings browser-env; do
  cat > "$work/bin/$tool" <<STUB
#!/bin/sh
printf '%s %s\n' "$tool" "\$*" >> "$OPENER_LOG"
STUB
  chmod +x "$work/bin/$tool"
done
cat > "$work/bin/zenity" <<STUB
#!/bin/sh
printf 'zenity %s\n' "\$*" >> "$OPENER_LOG"
printf '%s\n' "$EVIDENCE_FILE"
STUB
chmod +x "$work/bin/zenity"

run() {
PATH="$work/bin:$PATH" BROWSER="$work/bin/browser-env" \
  EEN_ENTREE_DATA_DIR="$work/data" EEN_ENTREE_EXPORT_DIR="$work/exports" \
  LANG=en_US.UTF-8 LANGUAGE=en \
  timeout 300 xvfb-run -a -s "-screen 0 1024x768x24" dbus-run-session -- bash -c '
    /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
    sleep 1
    export GNOME_ACCESSIBILITY=1 NO_AT_BRIDGE=0
    "'"$ROOT"'/target/debug/een-entree" >"'"$work"'/app.log" 2>&1 &
    app=$!
    /usr/bin/python3 "'"$ROOT"'/tests/desktop/native.py"
    rc=$?
    kill $app 2>/dev/null || true
    exit $rc
  ' 2> >(grep -v -e "dbus-daemon" -e "SpiRegistry" >&2)
}
# A display or GTK that did not come up (exit 3) is tried again, twice;
# a failed check is not.
status=0
for attempt in 1 2 3; do
  status=0
  run || status=$?
  [ "$status" -eq 3 ] || break
  echo "desktop native: the app did not start (attempt $attempt), trying again"
  : > "$OPENER_LOG"
done
if [ "$status" -ne 0 ]; then
  echo "--- what the openers were asked:"; cat "$OPENER_LOG" 2>/dev/null || true
  echo "--- the app's log:"; grep -v -e "^ *at /" -e "^ *[0-9]*: " "$work/app.log" 2>/dev/null | tail -n 30 || true
  echo "desktop native: FAILED (exit $status)"
  exit 1
fi
