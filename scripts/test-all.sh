#!/usr/bin/env bash
# Runs every test of the project on a fresh Debian/Ubuntu machine: installs
# what is missing (scripts/setup.sh), then
#   1. the Rust tests of all crates (core unit and adapter tests, SSR render
#      tests of the UI, cross-crate boundary and locale tests),
#   2. the Android compile check of the app (no NDK needed for a check),
#   3. the web build and the browser tests (Playwright + Debian's Chromium),
#   4. the desktop smoke test under Xvfb,
#   5. cargo deny: licences, bans, sources (and advisories where the
#      database can be read), scripts/deny.sh.
# Ends with one line "tests: N passed, M failed" and exits non-zero on any failure.
set -uo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
log="$(mktemp)"
failed_steps=()

step() {
  local name="$1"; shift
  printf '\n==> %s\n' "$name"
  if ! "$@" 2>&1 | tee -a "$log"; then
    failed_steps+=("$name")
  fi
}

bash scripts/setup.sh || { echo "setup failed"; exit 1; }
step "cargo test (workspace)" cargo test --workspace --locked
step "clippy" cargo clippy --workspace --all-targets --locked -- -D warnings
# ring (TLS for content updates) has C code: compile it with Debian's clang
# against the arm64 headers; a check only, nothing is linked.
step "android compile check" env CC_aarch64_linux_android=clang AR_aarch64_linux_android=llvm-ar \
  CFLAGS_aarch64_linux_android="--target=aarch64-linux-android24 -isystem /usr/aarch64-linux-gnu/include" \
  cargo check -p mobile --features mobile --target aarch64-linux-android --locked
step "web build" bash scripts/build-web.sh
step "browser tests" bash -c 'cd tests/browser && node --test --test-concurrency=1 specs/'
step "desktop smoke test" bash scripts/desktop-smoke.sh
step "desktop native test" bash scripts/desktop-native.sh
step "cargo deny" bash scripts/deny.sh

# One closing line over all runners: cargo's "test result" lines, node's
# "# pass/# fail" lines, the desktop smoke and native lines, cargo deny's.
passed=$(grep -oE 'test result: [a-zA-Z]+\. [0-9]+ passed' "$log" | grep -oE '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
failed=$(grep -oE '[0-9]+ failed;' "$log" | awk '{s+=$1} END {print s+0}')
passed=$((passed + $(grep -oE '^# pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')))
failed=$((failed + $(grep -oE '^# fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')))
grep -q '^desktop smoke: passed' "$log" && passed=$((passed + 1))
grep -q '^desktop smoke: FAILED' "$log" && failed=$((failed + 1))
grep -q '^desktop native: passed' "$log" && passed=$((passed + 1))
grep -q '^desktop native: FAILED' "$log" && failed=$((failed + 1))
grep -q '^cargo deny: passed' "$log" && passed=$((passed + 1))
grep -q '^cargo deny: FAILED' "$log" && failed=$((failed + 1))
rm -f "$log"

if ((${#failed_steps[@]})); then
  printf '\nFailed steps: %s\n' "${failed_steps[*]}"
  # A step can fail without a failing test (a build error): count it.
  ((failed == 0)) && failed=${#failed_steps[@]}
  echo "tests: $passed passed, $failed failed"
  exit 1
fi
echo "tests: $passed passed, $failed failed"
