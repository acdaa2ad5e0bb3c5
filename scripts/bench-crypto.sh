#!/usr/bin/env bash
# Diary archive figures on this machine: age stream encrypt/decrypt of 64 MiB
# against `openssl speed -evp chacha20-poly1305` (goal: at least 0.5 of it)
# and against the `rage` CLI (goal: at least 1.0), and peak memory while
# exporting (and importing) a 64 MiB evidence file through archive::export.
#
#   scripts/bench-crypto.sh              # release probe: about a minute
#   scripts/bench-crypto.sh --criterion  # also `cargo bench --bench stream`
#
# Needs rage and openssl; scripts/setup.sh installs both.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/env.sh
source scripts/env.sh

command -v rage >/dev/null || { echo "rage is not on PATH: run scripts/setup.sh" >&2; exit 1; }
command -v openssl >/dev/null || { echo "openssl is not on PATH: run scripts/setup.sh" >&2; exit 1; }

MIB64=$((64 * 1024 * 1024))
# tmpfs where there is one, so that rage's figures are not disk figures.
WORK=$(mktemp -d /dev/shm/bench-crypto.XXXXXX 2>/dev/null || mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "[bench] cargo build --release --example export-probe"
cargo build --release --quiet -p shared --example export-probe
PROBE="${CARGO_TARGET_DIR:-target}/release/examples/export-probe"

# key value lines -> value of key
field() { awk -v k="$1" '$1 == k { print $2 }'; }
# bytes, nanoseconds -> MB/s (10^6 bytes per second, as openssl counts)
mbs() { awk -v b="$1" -v ns="$2" 'BEGIN { printf "%.1f", b / (ns / 1e9) / 1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v r="$1" -v g="$2" 'BEGIN { print (r >= g ? "met" : "NOT met") }'; }
# Best (shortest) wall time in ns of three runs of a command.
best_of_3() {
  local best="" start end took
  for _ in 1 2 3; do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    took=$((end - start))
    if [ -z "$best" ] || [ "$took" -lt "$best" ]; then best=$took; fi
  done
  echo "$best"
}

echo "[bench] ours: age stream, 64 MiB in memory, best of 5"
OURS=$("$PROBE" crypto)
OURS_ENC=$(field encrypt_mbs <<<"$OURS")
OURS_DEC=$(field decrypt_mbs <<<"$OURS")
BARE=$(field bare_cipher_mbs <<<"$OURS")

echo "[bench] openssl speed -evp chacha20-poly1305 -seconds 3 (16384-byte blocks)"
# The last line's last column is the 16384-byte figure, in 1000s of bytes/s.
OPENSSL_K=$(openssl speed -evp chacha20-poly1305 -seconds 3 2>/dev/null |
  awk '/^[Cc]ha[Cc]ha20-[Pp]oly1305/ { v = $NF } END { sub(/k$/, "", v); print v }')
OPENSSL=$(awk -v k="$OPENSSL_K" 'BEGIN { printf "%.1f", k * 1000 / 1e6 }')
# For context where OpenSSL uses AVX-512 (age's cipher has AVX2 at most):
# the same with AVX-512F masked off through OPENSSL_ia32cap.
OPENSSL_AVX2=""
if grep -qw avx512f /proc/cpuinfo 2>/dev/null; then
  OPENSSL_AVX2=$(OPENSSL_ia32cap=":~0x10000" openssl speed -evp chacha20-poly1305 -seconds 3 -bytes 16384 2>/dev/null |
    awk '/^[Cc]ha[Cc]ha20-[Pp]oly1305/ { v = $NF } END { sub(/k$/, "", v); printf "%.1f", v * 1000 / 1e6 }')
fi

echo "[bench] rage $(rage --version | awk '{print $2}'): 64 MiB file on $(df --output=fstype "$WORK" | tail -1), best of 3"
head -c "$MIB64" /dev/urandom >"$WORK/plain.bin"
rage-keygen -o "$WORK/key.txt" 2>/dev/null
RECIPIENT=$(awk '/^# public key: / { print $4 }' "$WORK/key.txt")
RAGE_ENC_NS=$(best_of_3 rage -r "$RECIPIENT" -o "$WORK/rage.age" "$WORK/plain.bin")
rm -f "$WORK/rage.age"
rage -r "$RECIPIENT" -o "$WORK/rage.age" "$WORK/plain.bin"
RAGE_DEC_NS=$(best_of_3 rage -d -i "$WORK/key.txt" -o "$WORK/rage.out" "$WORK/rage.age")
cmp -s "$WORK/plain.bin" "$WORK/rage.out" || { echo "rage round trip differs" >&2; exit 1; }
rm -f "$WORK/rage.out"
RAGE_ENC=$(mbs "$MIB64" "$RAGE_ENC_NS")
RAGE_DEC=$(mbs "$MIB64" "$RAGE_DEC_NS")

echo "[bench] peak memory: archive export and import of the 64 MiB file"
EXPORT_KEY=$("$PROBE" export "$WORK/plain.bin" "$WORK/key.age" key)
IMPORT_KEY=$("$PROBE" import "$WORK/key.age" key)
EXPORT_PASS=$("$PROBE" export "$WORK/plain.bin" "$WORK/pass.age" passphrase)
IMPORT_PASS=$("$PROBE" import "$WORK/pass.age" passphrase)

if [ "${1:-}" = "--criterion" ]; then
  echo "[bench] cargo bench -p shared --bench stream"
  cargo bench -p shared --bench stream
fi

echo
echo "Diary archive crypto, $(nproc) cores, $(uname -m); MB/s = 10^6 bytes/s"
printf '%-34s %10s %10s %10s %8s %8s\n' "" "ours" "openssl" "rage" "/openssl" "/rage"
for dir in encrypt decrypt; do
  if [ "$dir" = encrypt ]; then o=$OURS_ENC; r=$RAGE_ENC; else o=$OURS_DEC; r=$RAGE_DEC; fi
  printf '%-34s %10s %10s %10s %8s %8s\n' "$dir 64 MiB (MB/s)" "$o" "$OPENSSL" "$r" \
    "$(ratio "$o" "$OPENSSL")" "$(ratio "$o" "$r")"
done
printf '%-34s %10s %10s %10s %8s\n' "bare cipher inside age (MB/s)" "$BARE" "$OPENSSL" "" \
  "$(ratio "$BARE" "$OPENSSL")"
echo "(bare cipher: RustCrypto chacha20poly1305 in place, 64 KiB chunks, no age framing: the ceiling)"
if [ -n "$OPENSSL_AVX2" ]; then
  echo "openssl with AVX-512 masked off: $OPENSSL_AVX2 MB/s; ours/that: encrypt $(ratio "$OURS_ENC" "$OPENSSL_AVX2")," \
    "decrypt $(ratio "$OURS_DEC" "$OPENSSL_AVX2"), bare cipher $(ratio "$BARE" "$OPENSSL_AVX2")"
fi
echo
for dir in encrypt decrypt; do
  if [ "$dir" = encrypt ]; then o=$OURS_ENC; r=$RAGE_ENC; else o=$OURS_DEC; r=$RAGE_DEC; fi
  echo "goal $dir >= 0.5 x openssl: $(verdict "$(ratio "$o" "$OPENSSL")" 0.5);" \
    "goal $dir >= 1.0 x rage: $(verdict "$(ratio "$o" "$r")" 1.0)"
done
echo
memory() { # label, export output, import output
  printf '%-36s export %6s s, peak RSS %7s KiB | import %6s s, peak RSS %7s KiB\n' "$1" \
    "$(field export_seconds <<<"$2")" "$(field peak_rss_kib <<<"$2")" \
    "$(field import_seconds <<<"$3")" "$(field peak_rss_kib <<<"$3")"
}
echo "Archive of one 64 MiB evidence file (process baseline $(field rss_before_kib <<<"$EXPORT_KEY") KiB):"
memory "to a key (X25519)" "$EXPORT_KEY" "$IMPORT_KEY"
memory "with a passphrase (scrypt 2^17)" "$EXPORT_PASS" "$IMPORT_PASS"
echo "(scrypt at 2^17 needs 128 MiB by itself; export made $(field progress_calls <<<"$EXPORT_KEY") progress calls)"
