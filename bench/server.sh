#!/usr/bin/env bash
# Throughput, tail latency, memory and start-up time of `httpstatus serve`, measured against
# a minimal hyper server (crates/httpstatus-bench-minimal: 418 to every request, the
# practical upper limit for a hyper server) in the same run.
#
#   bench/server.sh                          # 5 s per run, 5 rounds, 1/50/256 connections
#   DURATION=5 ROUNDS=3 CONNS="50 256" bench/server.sh
#   STARTS=21 bench/server.sh                # more start-up samples (default 11)
#   OURS_BIN=/path/to/httpstatus bench/server.sh   # another build of ours (not rebuilt)
#
# wrk (2 threads, 1 at 1 connection; --latency) runs against our `GET /status/418` and the minimal server's
# `GET /` alternately: in odd rounds ours goes first, in even rounds the minimal server
# does, so that neither always gets the warmer (or the busier) machine. Both servers run
# the whole time, on free loopback ports. The ratios are the median of the per-round
# ratios (this machine's background load moves single runs by ±15 %). Installs wrk with
# apt-get if it is missing. Raw wrk output goes to bench/results/ (git-ignored).
#
# Targets (issue 4): requests/s >= 0.95x the minimal server's at 50 and 256 connections,
# p99 <= 1.2x its p99, RSS after the load <= 8 MiB, start to first response <= 15 ms.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-5}"
ROUNDS="${ROUNDS:-5}"
CONNS="${CONNS:-1 50 256}"
THREADS="${THREADS:-2}"
STARTS="${STARTS:-11}"

. bench/lib/common.sh
need_wrk

echo "== building both servers (release)" >&2
build_servers

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
OUT="bench/results/server-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"

OURS_PORT=$(free_port)
MIN_PORT=$(free_port)
OURS_URL="http://127.0.0.1:$OURS_PORT/status/418"
MIN_URL="http://127.0.0.1:$MIN_PORT/"

PIDS=()
cleanup() {
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT

"$OURS_BIN" serve --addr "127.0.0.1:$OURS_PORT" 2>"$OUT/ours.log" &
OURS_PID=$!
PIDS+=("$OURS_PID")
"$MIN_BIN" "127.0.0.1:$MIN_PORT" 2>"$OUT/minimal.log" &
MIN_PID=$!
PIDS+=("$MIN_PID")
wait_up "$OURS_URL"
wait_up "$MIN_URL"
rss() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# Work a server does at start-up in the background (rendering pages …) must not overlap
# the measurements: wait until its CPU time stops moving for half a second (30 s at most).
wait_idle() {
    local before after
    for _ in $(seq 1 60); do
        before=$(cpu_ticks "$1")
        sleep 0.5
        after=$(cpu_ticks "$1")
        [ "$before" = "$after" ] && return 0
    done
    echo "server $1 still busy after 30 s; measuring anyway" >&2
}
wait_idle "$OURS_PID"
echo "== idle RSS: ours $(rss "$OURS_PID") KiB, minimal $(rss "$MIN_PID") KiB" >&2

CLK_TCK=$(getconf CLK_TCK)
run_wrk() { # NAME URL CONNS ROUND PID
    local file="$OUT/$1-c$3-r$4.txt" threads=$THREADS before after
    [ "$3" -lt "$threads" ] && threads=$3 # wrk needs a connection per thread
    echo "-- $1 c=$3 round $4" >&2
    before=$(cpu_ticks "$5")
    wrk -t"$threads" -c"$3" -d"${DURATION}s" --latency "$2" >"$file"
    after=$(cpu_ticks "$5")
    # The server's CPU time (user + system) during the run: it depends far less on what
    # else the machine is doing than requests/s does.
    echo "server_cpu_seconds $(python3 -c "print(($after - $before) / $CLK_TCK)")" >>"$file"
}

echo "== warm-up (2 s each at 50 connections)" >&2
wrk -t"$THREADS" -c50 -d2s "$OURS_URL" >/dev/null
wrk -t"$THREADS" -c50 -d2s "$MIN_URL" >/dev/null

for round in $(seq 1 "$ROUNDS"); do
    for c in $CONNS; do
        if [ $((round % 2)) -eq 1 ]; then
            run_wrk ours "$OURS_URL" "$c" "$round" "$OURS_PID"
            run_wrk minimal "$MIN_URL" "$c" "$round" "$MIN_PID"
        else
            run_wrk minimal "$MIN_URL" "$c" "$round" "$MIN_PID"
            run_wrk ours "$OURS_URL" "$c" "$round" "$OURS_PID"
        fi
    done
done

sleep 1 # let closed connections be dropped
OURS_RSS=$(rss "$OURS_PID")
OURS_HWM=$(awk '/^VmHWM/ {print $2}' "/proc/$OURS_PID/status")
MIN_RSS=$(rss "$MIN_PID")
kill "$OURS_PID" "$MIN_PID"
wait "$OURS_PID" "$MIN_PID" 2>/dev/null || true
PIDS=()

echo "== start to first response ($STARTS starts)" >&2
python3 bench/lib/startup.py "$STARTS" "$OURS_BIN" serve --addr 127.0.0.1:{port} >"$OUT/startup.txt"

echo "ours: $OURS_BIN, built $(date -u -r "$OURS_BIN" +%Y-%m-%dT%H:%MZ); load average before the run: $LOAD_BEFORE" | tee -a "$OUT/summary.txt"
python3 bench/lib/wrk_table.py "$OUT" "$CONNS" "$ROUNDS" "$OURS_RSS" "$OURS_HWM" "$MIN_RSS" \
    "$OUT/startup.txt" | tee -a "$OUT/summary.txt"
