#!/usr/bin/env bash
# Bounded soak test of `httpstatus serve`: wrk at 256 connections for 60 s on loopback
# against a mix of routes (bench/lib/soak.lua: /status/200, /404, /204, a weighted list
# with a seed, POST /echo, a range), sampling the server's VmRSS every 5 s.
#
#   bench/soak.sh                      # 60 s, 256 connections
#   DURATION=30 CONNS=128 bench/soak.sh
#   BIN=/path/to/httpstatus bench/soak.sh   # another build (not rebuilt)
#
# Fails (exit 1) on any socket error, any status outside the expected set, a server that
# no longer answers /healthz afterwards, or RSS that is not flat: after the first 10 s,
# the samples must stay within FLAT_KIB (default 1024 KiB) of each other.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-60}"
CONNS="${CONNS:-256}"
THREADS="${THREADS:-2}"
FLAT_KIB="${FLAT_KIB:-1024}"

. bench/lib/common.sh
need_wrk
if [ -z "${BIN:-}" ]; then
    echo "== building (release)" >&2
    cargo build --release --quiet -p httpstatus-cli
    BIN="${CARGO_TARGET_DIR:-target}/release/httpstatus"
fi

OUT="bench/results/soak-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"
PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"

"$BIN" serve --addr "127.0.0.1:$PORT" 2>"$OUT/server.log" &
PID=$!
SAMPLER=""
cleanup() {
    [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null
    kill "$PID" 2>/dev/null || true
    wait 2>/dev/null || true
}
trap cleanup EXIT
wait_up "$BASE/healthz"

rss() { awk '/^VmRSS/ {print $2}' "/proc/$PID/status"; }
# Samples while the load runs (0, 5 … DURATION-5 s): one at the very end would catch the
# server giving memory back as the connections close, which is not the trend asked about.
(
    t=0
    while [ "$t" -lt "$DURATION" ]; do
        echo "$t $(rss)"
        sleep 5
        t=$((t + 5))
    done
) >"$OUT/rss.txt" &
SAMPLER=$!

echo "== soak: $DURATION s, $CONNS connections, $THREADS threads" >&2
wrk -t"$THREADS" -c"$CONNS" -d"${DURATION}s" --latency -s bench/lib/soak.lua "$BASE" >"$OUT/wrk.txt"
wait "$SAMPLER" 2>/dev/null || true
SAMPLER=""
sleep 1
AFTER=$(rss)
HEALTH=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/healthz" || true)

grep -E '^(STATUS|UNEXPECTED|ERRORS|TOTAL|P99_MS)|Requests/sec' "$OUT/wrk.txt"
python3 - "$OUT" "$AFTER" "$HEALTH" "$DURATION" "$FLAT_KIB" <<'PY'
import re, sys
out, after, health, duration, flat = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
wrk = open(f"{out}/wrk.txt").read()
samples = [tuple(map(int, l.split())) for l in open(f"{out}/rss.txt") if len(l.split()) == 2]
print()
print("RSS (KiB) every 5 s: " + " ".join(f"{t}s:{kib}" for t, kib in samples))
print(f"RSS 1 s after the load: {after} KiB ({after / 1024:.1f} MiB)")
steady = [kib for t, kib in samples if t >= 10]
problems = []
spread = max(steady) - min(steady) if steady else 0
print(f"RSS spread from 10 s on: {spread} KiB (limit {flat} KiB)")
if spread > flat:
    problems.append(f"memory not flat: it moved {spread} KiB after the first 10 s")
errors = re.search(r"ERRORS connect=(\d+) read=(\d+) write=(\d+) status=(\d+) timeout=(\d+)", wrk)
if errors is None or re.search(r"Socket errors", wrk) or any(int(x) for x in errors.groups()[:3] + errors.groups()[4:]):
    problems.append("socket errors: " + (errors.group(0) if errors else "no summary"))
if int(re.search(r"UNEXPECTED (\d+)", wrk).group(1)):
    problems.append("statuses outside the expected set")
if health != "200":
    problems.append(f"/healthz after the soak answered {health}")
if re.search(r"panick", open(f"{out}/server.log").read()):
    problems.append("a panic in the server log")
print()
if problems:
    for p in problems:
        print("FAIL:", p)
    sys.exit(1)
print("soak passed: no socket errors, only expected statuses, memory flat, server still healthy")
PY
