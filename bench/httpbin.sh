#!/usr/bin/env bash
# The httpbin routes' cost, paired on one machine: requests/s of our `GET /anything` (the
# general path, httpbin's JSON echo) and of our `GET /status/418` (the ready answer),
# each as a ratio of the minimal hyper server's `GET /` (crates/httpstatus-bench-minimal)
# measured in the same round. With BEFORE_BIN, a build without the httpbin routes runs
# beside ours, so that `/status/418`'s ratio before and after can be compared on the same
# machine at the same time (issue 16: unchanged).
#
#   bench/httpbin.sh                                     # 5 s per run, 5 rounds, 50 connections
#   BEFORE_BIN=/tmp/httpstatus-before bench/httpbin.sh   # and the build before, alternating
#   DURATION=10 ROUNDS=7 CONNS=256 bench/httpbin.sh
#   OURS_BIN=/path/to/httpstatus bench/httpbin.sh        # another build of ours (not rebuilt)
#
# Every server runs the whole time on a free loopback port; each round runs every
# measurement once, in an order rotated round by round, so that none always gets the
# warmer or the busier machine. The figures are medians of the per-round ratios: on a
# shared machine single runs move by ±15 %, ratios of neighbouring runs much less. Raw wrk
# output goes to bench/results/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-5}"
ROUNDS="${ROUNDS:-5}"
CONNS="${CONNS:-50}"
THREADS="${THREADS:-2}"

. bench/lib/common.sh
need_wrk

build_servers

OUT="bench/results/httpbin-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"
PIDS=()
cleanup() {
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT

OURS_PORT=$(free_port)
"$OURS_BIN" serve --addr "127.0.0.1:$OURS_PORT" 2>"$OUT/ours.log" &
PIDS+=($!)
MIN_PORT=$(free_port)
"$MIN_BIN" "127.0.0.1:$MIN_PORT" 2>"$OUT/minimal.log" &
PIDS+=($!)
declare -A URL=(
    [anything]="http://127.0.0.1:$OURS_PORT/anything"
    [status-418]="http://127.0.0.1:$OURS_PORT/status/418"
    [minimal]="http://127.0.0.1:$MIN_PORT/"
)
NAMES=(anything status-418 minimal)
if [ -n "${BEFORE_BIN:-}" ]; then
    BEFORE_PORT=$(free_port)
    "$BEFORE_BIN" serve --addr "127.0.0.1:$BEFORE_PORT" 2>"$OUT/before.log" &
    PIDS+=($!)
    URL[before-418]="http://127.0.0.1:$BEFORE_PORT/status/418"
    NAMES+=(before-418)
fi
for name in "${NAMES[@]}"; do wait_up "${URL[$name]}"; done
sleep 2 # the servers render their pages in the background at start-up

echo "== warm-up (2 s each)" >&2
for name in "${NAMES[@]}"; do wrk -t"$THREADS" -c"$CONNS" -d2s "${URL[$name]}" >/dev/null; done

n=${#NAMES[@]}
for round in $(seq 1 "$ROUNDS"); do
    for i in $(seq 0 $((n - 1))); do
        name=${NAMES[$(((i + round) % n))]}
        echo "-- $name round $round" >&2
        wrk -t"$THREADS" -c"$CONNS" -d"${DURATION}s" --latency "${URL[$name]}" >"$OUT/$name-r$round.txt"
    done
done

echo "ours: $OURS_BIN${BEFORE_BIN:+; before: $BEFORE_BIN}; $CONNS connections, $ROUNDS rounds of ${DURATION}s; load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$OUT/summary.txt"
python3 - "$OUT" "$ROUNDS" "${NAMES[@]}" <<'EOF' | tee -a "$OUT/summary.txt"
import re, statistics, sys
out, rounds, names = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
def rps(name, r):
    text = open(f"{out}/{name}-r{r}.txt").read()
    return float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
runs = {n: [rps(n, r) for r in range(1, rounds + 1)] for n in names}
print(f"{'':<22} {'median req/s':>12} {'ratio to minimal':>17}  per-round ratios")
for n in names:
    ratios = [a / m for a, m in zip(runs[n], runs["minimal"])]
    print(f"{n:<22} {statistics.median(runs[n]):>12.0f} {statistics.median(ratios):>16.3f}x  "
          + " ".join(f"{x:.3f}" for x in ratios))
if "before-418" in names:
    after = [a / b for a, b in zip(runs["status-418"], runs["before-418"])]
    print(f"/status/418 after / before: median {statistics.median(after):.3f}  per round: "
          + " ".join(f"{x:.3f}" for x in after))
EOF
