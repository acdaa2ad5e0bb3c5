#!/usr/bin/env bash
# Builds the web version (release, wasm) into target/dx/een-entree/release/web/public.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
# dx keeps old hashed files beside new ones; start clean so the folder is exactly the build.
rm -rf "$(dirname "$WEB_DIR")"
dx build --platform web -p mobile --release
test -f "$WEB_DIR/index.html" || { echo "web build produced no $WEB_DIR/index.html" >&2; exit 1; }
echo "web build: $WEB_DIR"
