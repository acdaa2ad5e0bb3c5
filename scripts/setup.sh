#!/usr/bin/env bash
# Installs everything the app and its tests need on a fresh Debian/Ubuntu machine.
# Idempotent: every step checks first and skips what is already there.
# Called by scripts/run-app.sh and scripts/test-all.sh; safe to run on its own.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n[setup] %s\n' "$*"; }

# --- Debian packages -------------------------------------------------------
# webkit2gtk + xdo: desktop build; xvfb/xdotool/imagemagick: desktop smoke test;
# chromium: browser tests (Playwright drives /usr/bin/chromium, never its own download);
# poppler-utils: reading the printed poster PDF; clang, llvm and the arm64 C
# headers: compiling ring's C for the Android check (no NDK can be had here);
# python3 (its pty module types passphrases into rage) and openssl (speed):
# the diary archive's interop tests and scripts/bench-crypto.sh. D-Bus and
# AT-SPI with its Python bindings: scripts/desktop-native.sh finds the app's
# links and fields through the accessibility tree. brotli and zopfli: the
# .br and .gz files scripts/build-web.sh writes beside each file of the web
# build (zopfli's gzip is a few per cent smaller than gzip -9).
APT_PACKAGES=(build-essential pkg-config libssl-dev libwebkit2gtk-4.1-dev libxdo-dev
  xvfb xauth xdotool imagemagick chromium curl ca-certificates poppler-utils
  clang llvm libc6-dev-arm64-cross python3 openssl brotli zopfli
  dbus dbus-x11 at-spi2-core python3-gi python3-pyatspi gir1.2-atspi-2.0)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  log "apt-get install ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# --- Rust targets ------------------------------------------------------------
# wasm32: the web build; aarch64-linux-android: the Android compile check.
for t in wasm32-unknown-unknown aarch64-linux-android; do
  rustup target list --installed | grep -qx "$t" || { log "rustup target add $t"; rustup target add "$t"; }
done

# --- Cargo tools ---------------------------------------------------------------
DX_VERSION=0.7.10
if ! dx --version 2>/dev/null | grep -q "$DX_VERSION"; then
  log "cargo install dioxus-cli $DX_VERSION (about 12 minutes on 2 cores, once)"
  cargo install dioxus-cli --version "$DX_VERSION" --locked
fi
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/,""); print; exit}' Cargo.lock 2>/dev/null || true)
WB_VERSION=${WB_VERSION:-0.2.130}
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WB_VERSION"; then
  log "cargo install wasm-bindgen-cli $WB_VERSION"
  # --locked fails against this registry for wasm-bindgen-cli (see README).
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi
# rage: the diary archive's interop tests (shared/tests/archive_rage.rs) and
# scripts/bench-crypto.sh; its age crate matches ours (0.12).
RAGE_VERSION=0.12.1
if ! rage --version 2>/dev/null | grep -qx "rage $RAGE_VERSION"; then
  log "cargo install rage $RAGE_VERSION (about 2 minutes on 2 cores, once)"
  cargo install rage --version "$RAGE_VERSION" --locked
fi

# cargo-deny: licences, bans, sources and advisories of the dependency tree
# (deny.toml, scripts/deny.sh).
DENY_VERSION=0.20.2
if ! cargo deny --version 2>/dev/null | grep -qx "cargo-deny $DENY_VERSION"; then
  log "cargo install cargo-deny $DENY_VERSION (about 7 minutes of CPU on 2 cores, once)"
  cargo install cargo-deny --version "$DENY_VERSION" --locked
fi

# --- Node packages (Playwright driver, esbuild and wasm-opt that dx calls) --------------
if [ -f tests/browser/package-lock.json ]; then
  if [ ! -d tests/browser/node_modules ] || [ tests/browser/package-lock.json -nt tests/browser/node_modules/.package-lock.json ]; then
    log "npm ci (tests/browser)"
    (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
log "ready"
