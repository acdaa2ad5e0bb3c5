#!/usr/bin/env bash
# Sets up what is missing, builds the web version and serves it on
# http://127.0.0.1:8080/ (PORT=... to change). See README for desktop and Android.
set -euo pipefail
source "$(dirname "$0")/env.sh"
bash "$ROOT/scripts/setup.sh"
bash "$ROOT/scripts/build-web.sh"
exec node "$ROOT/tests/browser/serve.mjs" "$WEB_DIR" "${PORT:-8080}"
