#!/usr/bin/env bash
# Throughput and tail latency of `httpstatus serve` against nginx and the minimal
# hyper server, side by side in one run, for `GET /status/418` and for a page (`GET /en/404`
# with `Accept-Encoding: gzip`, about 3.3 KB of gzip content).
#
#   bench/nginx.sh                              # 4 s per run, 3 rounds, 50 and 256 connections
#   ROUNDS=5 DURATION=5 bench/nginx.sh
#   ROUTES=418 CONNS=256 bench/nginx.sh         # one route, one connection count
#   OURS_BIN=/path/to/httpstatus bench/nginx.sh # another build of ours (not rebuilt)
#   OURS_ARGS="--max-connections 4096" bench/nginx.sh
#   WORKERS=2 bench/nginx.sh                    # two workers each (default one)
#
# Every server runs WORKERS workers (default 1): nginx `worker_processes`, ours `--threads`,
# the minimal server TOKIO_WORKER_THREADS; equal counts, so that no server gets more of the
# machine than another.
#
# The yardsticks:
# - nginx from Debian (installed with apt-get when missing), WORKERS worker processes, access log
#   off, `return 418` with the same 17-byte body as ours, and the page served from files
#   (`gzip_static`: ours's own /en/404 and its gzip coding, copied from ours at the start) with
#   the header fields ours sends with it (bench/lib/nginx.sh);
# - the minimal hyper server (crates/httpstatus-bench-minimal): 418 to `GET /`, the same gzip
#   page file to `GET /page`.
# wrk with ONE thread (`-t1`, --latency): on this 2-core machine wrk then takes one core and
# leaves the other to a server with one worker. In each round every
# server gets one run per route and connection count, in an order that rotates from round to
# round; the ratios against nginx are the median of the per-round ratios (the servers of one
# round run back to back under the same background load). Also prints each server's CPU time
# per request (user + system from /proc/PID/stat; nginx: its workers), which depends far less
# on the background load than requests/s does, and how busy the server and wrk were (CPU time
# over the run's duration, wrk's from /usr/bin/time): a run in which wrk's thread was busy all
# along and the servers were not is bound by the load generator, and its req/s ratio is the
# generator's noise. Raw wrk output goes to bench/results/.
#
# Targets (issue 17): ours >= 1.00x nginx's requests/s and p99 <= 1.00x nginx's at 50 and 256
# connections, for both routes.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-4}"
ROUNDS="${ROUNDS:-3}"
CONNS="${CONNS:-50 256}"
ROUTES="${ROUTES:-418 page}"
THREADS="${THREADS:-1}"
WORKERS="${WORKERS:-1}"
read -r -a OURS_EXTRA <<<"${OURS_ARGS:-}"
# --threads in OURS_ARGS wins over WORKERS.
[[ " ${OURS_ARGS:-} " == *" --threads"* ]] || OURS_EXTRA+=(--threads "$WORKERS")
export NGINX_WORKERS="$WORKERS"

. bench/lib/common.sh
. bench/lib/nginx.sh
need_wrk
need_nginx

echo "== building (release)" >&2
build_servers

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
OUT="$PWD/bench/results/nginx-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"
NGX_DIR="$OUT/nginx"

PIDS=()
cleanup() {
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT

OURS_PORT=$(free_port)
MIN_PORT=$(free_port)
NGX_PORT=$(free_port)
OURS="http://127.0.0.1:$OURS_PORT"
MIN="http://127.0.0.1:$MIN_PORT"
NGX="http://127.0.0.1:$NGX_PORT"

"$OURS_BIN" serve --addr "127.0.0.1:$OURS_PORT" "${OURS_EXTRA[@]}" 2>"$OUT/ours.log" &
OURS_PID=$!
PIDS+=("$OURS_PID")
wait_up "$OURS/healthz"
nginx_page_from "$NGX_DIR" "$OURS"
TOKIO_WORKER_THREADS="$WORKERS" "$MIN_BIN" "127.0.0.1:$MIN_PORT" "$NGX_DIR/root/en/404.gz" 2>"$OUT/minimal.log" &
MIN_PID=$!
PIDS+=("$MIN_PID")
nginx_start "$NGX_DIR" "$NGX_PORT"
PIDS+=("$NGINX_MASTER")
wait_up "$MIN/"
wait_up "$NGX/status/418"

url() { # SERVER ROUTE
    case "$1-$2" in
        ours-418) echo "$OURS/status/418" ;;
        ours-page) echo "$OURS/en/404" ;;
        minimal-418) echo "$MIN/" ;;
        minimal-page) echo "$MIN/page" ;;
        nginx-418) echo "$NGX/status/418" ;;
        nginx-page) echo "$NGX/en/404" ;;
    esac
}
pid_of() {
    case "$1" in
        ours) echo "$OURS_PID" ;;
        minimal) echo "$MIN_PID" ;;
        nginx) nginx_workers ;;
    esac
}

# The same response on all three: status, and for the page the same gzip content.
for s in nginx minimal ours; do
    for r in $ROUTES; do
        got=$(curl -s -o "$OUT/check-$s-$r" -w '%{http_code} %{size_download}' -H 'Accept-Encoding: gzip' "$(url "$s" "$r")")
        echo "== $s $r: $got" >&2
    done
done
if [[ " $ROUTES " == *" page "* ]]; then
    cmp -s "$OUT/check-ours-page" "$OUT/check-nginx-page" || { echo "nginx's page differs from ours" >&2; exit 1; }
    cmp -s "$OUT/check-ours-page" "$OUT/check-minimal-page" || { echo "the minimal server's page differs from ours" >&2; exit 1; }
fi

CLK_TCK=$(getconf CLK_TCK)
cpu_ticks() { # PID...
    local p
    for p in "$@"; do cat "/proc/$p/stat"; done | awk '{t += $14 + $15} END {print t}'
}
run_wrk() { # SERVER ROUTE CONNS ROUND
    local file="$OUT/$1-$2-c$3-r$4.txt" pid before after
    pid=$(pid_of "$1")
    # shellcheck disable=SC2086 # one pid per worker
    before=$(cpu_ticks $pid)
    /usr/bin/time -f "wrk_cpu_seconds %U %S" -o "$file.time" \
        wrk -t"$THREADS" -c"$3" -d"${DURATION}s" --latency -H 'Accept-Encoding: gzip' "$(url "$1" "$2")" >"$file"
    # shellcheck disable=SC2086
    after=$(cpu_ticks $pid)
    echo "server_cpu_seconds $(python3 -c "print(($after - $before) / $CLK_TCK)")" >>"$file"
    cat "$file.time" >>"$file"
    rm -f "$file.time"
    echo "-- round $4 c=$3 $2 $1: $(awk '/Requests\/sec/ {print $2}' "$file") req/s" >&2
}

echo "== warm-up (1 s each)" >&2
for s in nginx minimal ours; do
    for r in $ROUTES; do wrk -t"$THREADS" -c50 -d1s -H 'Accept-Encoding: gzip' "$(url "$s" "$r")" >/dev/null; done
done

SERVERS=(nginx minimal ours)
for round in $(seq 1 "$ROUNDS"); do
    for c in $CONNS; do
        for r in $ROUTES; do
            for i in 0 1 2; do
                run_wrk "${SERVERS[$(((i + round) % 3))]}" "$r" "$c" "$round"
            done
        done
    done
done

echo "workers: $WORKERS each; ours: $OURS_BIN ${OURS_EXTRA[*]}, built $(date -u -r "$OURS_BIN" +%Y-%m-%dT%H:%MZ); load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$OUT/summary.txt"
python3 bench/lib/nginx_table.py "$OUT" "$CONNS" "$ROUNDS" "$ROUTES" | tee -a "$OUT/summary.txt"
