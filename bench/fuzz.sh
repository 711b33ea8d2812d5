#!/usr/bin/env bash
# Fuzzes the parsers of `httpstatus serve` with cargo fuzz (libFuzzer), in
# crates/httpstatus-server/fuzz (its own workspace, not a member of ours): target `route`
# (the status routes' path and controls), target `httpbin` (the httpbin routes' paths
# and queries, credentials, conditional and range fields, caller-chosen fields) and target
# `direct` (the reader of every plain HTTP/1.1 connection's bytes that answers ready
# requests before hyper: what it takes must be a whole, plain GET or HEAD).
#
#   bench/fuzz.sh                    # 180 s per target
#   bench/fuzz.sh 600                # 10 minutes per target
#   TARGETS=httpbin bench/fuzz.sh    # one target
#   JOBS=2 bench/fuzz.sh             # two fuzzing processes (both cores)
#
# The toolchain here is stable; cargo fuzz needs -Z flags (sanitizers, coverage passes),
# which RUSTC_BOOTSTRAP=1 lets stable rustc accept. Installs cargo-fuzz on first use. Each
# target's corpus grows in fuzz/corpus/<target> (git-ignored), seeded from
# fuzz/seeds/<target> (committed); a crash is saved in fuzz/artifacts/<target>/ and makes
# this script fail.
set -euo pipefail
cd "$(dirname "$0")/../crates/httpstatus-server"

SECONDS_TO_RUN="${1:-180}"
JOBS="${JOBS:-1}"

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "== installing cargo-fuzz" >&2
    cargo install cargo-fuzz --locked
fi

export RUSTC_BOOTSTRAP=1
status=0
for target in ${TARGETS:-route httpbin direct}; do
    mkdir -p "fuzz/corpus/$target"
    LOG="fuzz/fuzz-$target-$(date -u +%Y%m%dT%H%M%SZ).log"
    echo "== fuzzing target $target for $SECONDS_TO_RUN s ($JOBS job(s)); log in crates/httpstatus-server/$LOG" >&2
    cargo fuzz run "$target" "fuzz/corpus/$target" "fuzz/seeds/$target" -- \
        -max_total_time="$SECONDS_TO_RUN" -jobs="$JOBS" -workers="$JOBS" -print_final_stats=1 \
        >"$LOG" 2>&1 || status=$?
    if [ "$JOBS" -gt 1 ]; then
        cat fuzz-*.log >>"$LOG" 2>/dev/null && rm -f fuzz-*.log
    fi
    grep -E '^(Done [0-9]+ runs|stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb|stat::new_units_added)|==[0-9]+== ERROR|panicked|SUMMARY|Test unit written' "$LOG" || true
    echo "$target: corpus $(find "fuzz/corpus/$target" -type f | wc -l) inputs; crashes: $(find "fuzz/artifacts/$target" -type f 2>/dev/null | wc -l)"
done
exit "$status"
