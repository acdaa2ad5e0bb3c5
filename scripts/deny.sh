#!/usr/bin/env bash
# cargo deny with the committed deny.toml: licences, bans and sources
# always (offline: Cargo.lock and the registry's files are enough), and
# advisories where the RustSec database can be read. Ends with the line
# "cargo deny: passed" or "cargo deny: FAILED", which scripts/test-all.sh counts.
#   DENY_FETCH=1 scripts/deny.sh   fetches the advisory database first (needs GitHub)
set -uo pipefail
cd "$(dirname "$0")/.."
rc=0
# cargo deny reads the metadata of every crate in Cargo.lock, for every
# target (iOS, Windows, ...), not only those this machine has built: on a
# clean checkout they must be fetched first (crates.io is reachable).
cargo fetch --locked --quiet || rc=1
cargo deny --offline --log-level error check licenses bans sources || rc=1
db_dir="${CARGO_HOME:-$HOME/.cargo}/advisory-dbs"
if [ "${DENY_FETCH:-0}" = 1 ]; then
  cargo deny --log-level error check advisories || rc=1
elif compgen -G "$db_dir/advisory-db-*" >/dev/null; then
  cargo deny --offline --log-level error check advisories || rc=1
else
  echo "advisories: not checked (no advisory database in $db_dir on this machine;"
  echo "  a deployment's CI runs DENY_FETCH=1 scripts/deny.sh, see README)"
fi
if ((rc == 0)); then echo "cargo deny: passed"; else echo "cargo deny: FAILED"; fi
exit "$rc"
