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
# Fill the service worker's precache list with every file of this build.
python3 - "$WEB_DIR" <<'PY'
import hashlib, json, pathlib, sys
root = pathlib.Path(sys.argv[1])
files = sorted("/" + str(p.relative_to(root)) for p in root.rglob("*")
               if p.is_file() and p.name != "sw.js" and not p.name.startswith("."))
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
echo "web build: $WEB_DIR"
