# Sourced by the scripts: puts the project's tools on PATH and keeps dx offline.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/tests/browser/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# dx must not download tools itself (its HTTPS client cannot reach the
# registries' proxy here); esbuild, wasm-opt and wasm-bindgen come from
# npm and cargo through scripts/setup.sh instead.
export NO_DOWNLOADS=1 DX_TELEMETRY_ENABLED=false
WEB_DIR="$ROOT/target/dx/een-entree/release/web/public"
export WEB_DIR
