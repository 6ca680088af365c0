#!/usr/bin/env bash
# Startup benchmark: time from process start to the sessions list painted with its data
# (the app's FIELDBOOK_READY_EXIT contract), over a store with demo data. Prints each run and
# the median. Not a test: compare with the bare Tauri + SQLCipher window (~225 ms here).
set -euo pipefail
app=${1:-target/release/fieldbook}
runs=${RUNS:-7}
sessions=${SESSIONS:-200}
cargo build --release -q -p fieldbook-cli
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export FIELDBOOK_DATA_DIR=$data FIELDBOOK_PASSPHRASE="benchmark passphrase"
target/release/fieldbook-cli init >/dev/null
target/release/fieldbook-cli demo-data --sessions "$sessions" --seed 1 >/dev/null
wrap=()
[ -n "${DISPLAY:-}" ] || wrap=(xvfb-run -a)
results=()
for _ in $(seq "$runs"); do
  out=$(FIELDBOOK_READY_EXIT=1 "${wrap[@]}" "$app" 2>/dev/null)
  ms=$(sed -n 's/^ready_ms=//p' <<<"$out")
  results+=("$ms")
  # Then each phase, in ms since the process started: unlocked, page (the webview's page
  # starts), modules (evaluated), catalogue, status, vocabulary, rendered, painted.
  echo "ready_ms=$ms $(sed -n 's/^phases_ms=//p' <<<"$out")"
done
printf '%s\n' "${results[@]}" | sort -n | awk '{a[NR]=$1} END {print "median_ready_ms=" a[int((NR+1)/2)] " (" NR " runs, '"$sessions"' sessions)"}'
