#!/usr/bin/env bash
# Fuzzes the route and query parser of `httpstatus serve` with cargo fuzz (libFuzzer):
# target `route` in crates/httpstatus-server/fuzz (its own workspace, not a member of ours).
#
#   bench/fuzz.sh          # 180 s
#   bench/fuzz.sh 600      # 10 minutes
#   JOBS=2 bench/fuzz.sh   # two fuzzing processes (both cores)
#
# The toolchain here is stable; cargo fuzz needs -Z flags (sanitizers, coverage passes),
# which RUSTC_BOOTSTRAP=1 lets stable rustc accept. Installs cargo-fuzz on first use. The
# corpus grows in fuzz/corpus/route (git-ignored), seeded from fuzz/seeds/route
# (committed); a crash is saved in fuzz/artifacts/route/ and makes this script fail.
set -euo pipefail
cd "$(dirname "$0")/../crates/httpstatus-server"

SECONDS_TO_RUN="${1:-180}"
JOBS="${JOBS:-1}"

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "== installing cargo-fuzz" >&2
    cargo install cargo-fuzz --locked
fi

export RUSTC_BOOTSTRAP=1
mkdir -p fuzz/corpus/route
LOG="fuzz/fuzz-$(date -u +%Y%m%dT%H%M%SZ).log"
echo "== fuzzing target route for $SECONDS_TO_RUN s ($JOBS job(s)); log in crates/httpstatus-server/$LOG" >&2
status=0
cargo fuzz run route fuzz/corpus/route fuzz/seeds/route -- \
    -max_total_time="$SECONDS_TO_RUN" -jobs="$JOBS" -workers="$JOBS" -print_final_stats=1 \
    >"$LOG" 2>&1 || status=$?
if [ "$JOBS" -gt 1 ]; then
    cat fuzz-*.log >>"$LOG" 2>/dev/null && rm -f fuzz-*.log
fi
grep -E '^(Done [0-9]+ runs|stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb|stat::new_units_added)|==[0-9]+== ERROR|panicked|SUMMARY|Test unit written' "$LOG" || true
echo "corpus: $(find fuzz/corpus/route -type f | wc -l) inputs; crashes: $(find fuzz/artifacts/route -type f 2>/dev/null | wc -l)"
exit "$status"
