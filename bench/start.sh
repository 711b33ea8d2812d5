#!/usr/bin/env bash
# The CLI's own start-up against /bin/true, in one hyperfine run: `httpstatus --version`
# (nothing but start-up and exit) and `httpstatus 404` (one lookup, printed).
#
#   bench/start.sh                      # 1000 runs each after 100 warm-up runs
#   RUNS=3000 bench/start.sh
#   BIN=/path/to/httpstatus bench/start.sh   # another build (not rebuilt)
#
# hyperfine runs the commands without a shell (`-N`), alternating nothing: each command's
# runs are consecutive, so the script runs the whole set ROUNDS times (default 3) and reports
# the median of the per-round ratios. Output goes to /dev/null (hyperfine's default), in a
# fixed plain environment (no colour, English). Target (issue 17): both at most 2x /bin/true.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${RUNS:-1000}"
WARMUP="${WARMUP:-100}"
ROUNDS="${ROUNDS:-3}"

if ! command -v hyperfine >/dev/null 2>&1; then
    echo "== installing hyperfine" >&2
    apt-get install -y hyperfine || { apt-get update && apt-get install -y hyperfine; }
fi
if [ -z "${BIN:-}" ]; then
    echo "== building the release binary" >&2
    cargo build --release --quiet -p httpstatus-cli
    BIN="${CARGO_TARGET_DIR:-target}/release/httpstatus"
fi
TRUE=$(command -v true)
[ -x /bin/true ] && TRUE=/bin/true

OUT="bench/results/start-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"
export LANG=C.UTF-8 NO_COLOR=1
unset LC_ALL LC_MESSAGES
"$BIN" --version >/dev/null
"$BIN" 404 >/dev/null

for round in $(seq 1 "$ROUNDS"); do
    echo "== round $round" >&2
    hyperfine -N --style basic --warmup "$WARMUP" --runs "$RUNS" --export-json "$OUT/r$round.json" \
        --command-name true "$TRUE" \
        --command-name version "$BIN --version" \
        --command-name lookup "$BIN 404" >&2
done

python3 - "$OUT" "$ROUNDS" "$BIN" <<'PY' | tee "$OUT/summary.txt"
import json, statistics, sys
out, rounds, binary = sys.argv[1], int(sys.argv[2]), sys.argv[3]
runs = [{r["command"]: r for r in json.load(open(f"{out}/r{i}.json"))["results"]} for i in range(1, rounds + 1)]
us = lambda s: s * 1e6
print(f"{binary}: {rounds} rounds")
print(f"{'command':<22} {'median µs (per round)':<32} {'ratio to /bin/true (median of rounds)':>38}")
ok = True
for name, label in (("true", "/bin/true"), ("version", "httpstatus --version"), ("lookup", "httpstatus 404")):
    medians = [r[name]["median"] for r in runs]
    ratio = statistics.median(r[name]["median"] / r["true"]["median"] for r in runs)
    if name != "true":
        ok &= ratio <= 2.0
    print(f"{label:<22} {' '.join(f'{us(m):7.0f}' for m in medians):<32} {ratio:>37.2f}x")
print(f"target (both <= 2.00x /bin/true): {'met' if ok else 'NOT met'}")
PY
