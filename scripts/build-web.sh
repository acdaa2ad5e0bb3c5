#!/usr/bin/env bash
# Builds the web version (release, wasm) into target/dx/een-entree/release/web/public.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
# dx keeps old hashed files beside new ones; start clean so the folder is exactly the build.
rm -rf "$(dirname "$WEB_DIR")"
dx build --platform web -p mobile --release
test -f "$WEB_DIR/index.html" || { echo "web build produced no $WEB_DIR/index.html" >&2; exit 1; }
# The passphrase's key derivation, run by /kdf-worker.js (mobile/public) in a
# Web Worker so that the page stays responsive while a diary opens.
cargo rustc -p kdf-worker --lib --crate-type cdylib --target wasm32-unknown-unknown --profile wasm-release
cp "$ROOT/target/wasm32-unknown-unknown/wasm-release/kdf_worker.wasm" "$WEB_DIR/kdf.wasm"
# The locales the web build does not embed (all but nl and en, as
# shared/build.rs decides), one file each, loaded when chosen.
mkdir -p "$WEB_DIR/locales"
for dir in "$ROOT"/locales/*/; do
  tag=$(basename "$dir")
  case "$tag" in nl|en) continue ;; esac
  for f in "$dir"*.ftl; do cat "$f"; echo; done > "$WEB_DIR/locales/$tag.ftl"
done
# Real HTML for every address, from the same components and core, with the
# Content-Security-Policy of the pages (and _headers, _redirects for the host).
cargo run -q -p mobile --example prerender -- "$WEB_DIR"
# Fill the service worker's precache list with every file of this build
# (not the host's _headers and _redirects, nor the pages of campaign links:
# offline, those open from /c/, the start page).
python3 - "$WEB_DIR" <<'PY'
import hashlib, json, pathlib, sys
root = pathlib.Path(sys.argv[1])
files = sorted("/" + str(p.relative_to(root)) for p in root.rglob("*")
               if p.is_file() and p.name != "sw.js" and not p.name.startswith((".", "_"))
               and not str(p.relative_to(root)).startswith("c/1/"))
digest = hashlib.sha256()
for f in files:
    digest.update(f.encode() + (root / f[1:]).read_bytes())
sw = root / "sw.js"
text = sw.read_text()
for quote in ('"', "'", "`"):
    text = text.replace(f"{quote}__PRECACHE__{quote}", json.dumps(["/"] + files))
text = text.replace("__VERSION__", digest.hexdigest()[:16])
if "__PRECACHE__" in text or "__VERSION__" in text:
    sys.exit("sw.js: placeholders not filled")
sw.write_text(text)
print(f"service worker: {len(files)} files precached, version {digest.hexdigest()[:16]}")
PY
# Compressed copies beside each text or wasm file (brotli at its best
# quality, gzip by zopfli), made once here so that a static host serves them
# as they are (README, "Deploying the web version"); tests/browser/serve.mjs
# does. Files that would not get smaller are left alone.
compressed=0
while IFS= read -r -d '' f; do
  brotli --quality=11 --force --keep --output="$f.br" "$f"
  zopfli --gzip -c "$f" > "$f.gz"
  size=$(stat -c %s "$f")
  for c in "$f.br" "$f.gz"; do
    if [ "$(stat -c %s "$c")" -ge "$size" ]; then rm -f "$c"; fi
  done
  compressed=$((compressed + 1))
done < <(find "$WEB_DIR" -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' \
  -o -name '*.json' -o -name '*.webmanifest' -o -name '*.ftl' -o -name '*.svg' \) -print0)
echo "compressed: $compressed files (.br and .gz beside each)"
echo "web build: $WEB_DIR"
