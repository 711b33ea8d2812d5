#!/usr/bin/env bash
# User-space instructions per request (callgrind), for ours, the minimal hyper server and
# nginx (one process): deterministic, unlike requests/s on this shared machine.
#
#   bench/callgrind-vs.sh                        # all three, /status/418 and the /en/404 page
#   SERVERS=ours ROUTES=418 bench/callgrind-vs.sh
#   CONNS=50 bench/callgrind-vs.sh               # 50 connections at once (default 1)
#   OURS_BIN=/path/to/httpstatus bench/callgrind-vs.sh
#
# Each server runs under `valgrind --tool=callgrind` twice, once serving LOW and once HIGH
# requests per connection (default 500 and 2500; bench/lib/requests.py: keep-alive, one
# request at a time per connection, `Accept-Encoding: gzip`); the difference of the two
# totals divided by the difference in requests is the cost of one request, with start-up and
# first-use work cancelled out. Kernel time (recv, writev, epoll) is not in these figures:
# bench/nginx.sh's CPU time per request has it. The callgrind output of the HIGH run is kept
# in bench/results/ for callgrind_annotate.
set -euo pipefail
cd "$(dirname "$0")/.."

SERVERS="${SERVERS:-nginx minimal ours}"
ROUTES="${ROUTES:-418 page}"
CONNS="${CONNS:-1}"
LOW="${LOW:-500}"
HIGH="${HIGH:-2500}"

. bench/lib/common.sh
. bench/lib/nginx.sh
need_nginx
command -v valgrind >/dev/null || { apt-get update && apt-get install -y valgrind; }

build_servers
OUT="$PWD/bench/results/callgrind-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"

# The page nginx and the minimal server send: ours's /en/404, copied once.
PORT=$(free_port)
"$OURS_BIN" serve --addr "127.0.0.1:$PORT" 2>/dev/null &
P=$!
wait_up "http://127.0.0.1:$PORT/healthz"
nginx_page_from "$OUT/nginx" "http://127.0.0.1:$PORT"
kill "$P"
wait "$P" 2>/dev/null || true
# nginx in one process (master_process off), so that callgrind sees the worker.
nginx_start "$OUT/nginx" "$(free_port)"
kill "$NGINX_MASTER"
wait "$NGINX_MASTER" 2>/dev/null || true
sed -i 's/^daemon off;/daemon off;\nmaster_process off;/' "$OUT/nginx/nginx.conf"

path() { # SERVER ROUTE
    case "$1-$2" in
        minimal-418) echo / ;;
        minimal-page) echo /page ;;
        *-418) echo /status/418 ;;
        *-page) echo /en/404 ;;
    esac
}

total_ir() { # CALLGRIND_FILE: the summed Ir of every thread's file
    cat "$1"* | awk '/^(summary|totals):/ {s += $2} END {print s}'
}

run() { # SERVER ROUTE REQUESTS
    local port file pid
    port=$(free_port)
    file="$OUT/$1-$2-$3.cg"
    case "$1" in
        ours) valgrind --tool=callgrind --callgrind-out-file="$file" "$OURS_BIN" serve \
            --addr "127.0.0.1:$port" 2>"$file.log" & ;;
        minimal) valgrind --tool=callgrind --callgrind-out-file="$file" "$MIN_BIN" \
            "127.0.0.1:$port" "$OUT/nginx/root/en/404.gz" 2>"$file.log" & ;;
        nginx)
            sed -i "s/listen 127.0.0.1:[0-9]*;/listen 127.0.0.1:$port;/" "$OUT/nginx/nginx.conf"
            valgrind --tool=callgrind --callgrind-out-file="$file" "$(command -v nginx || echo /usr/sbin/nginx)" \
                -c "$OUT/nginx/nginx.conf" 2>"$file.log" & ;;
    esac
    pid=$!
    python3 bench/lib/requests.py "$port" "$(path "$1" "$2")" "$CONNS" "$3"
    # TERM: a background job of a script ignores INT; valgrind writes its profile either way.
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    total_ir "$file"
}

echo "server   route            Ir/request   (LOW=$LOW HIGH=$HIGH requests per connection, $CONNS connection(s))" | tee "$OUT/summary.txt"
for s in $SERVERS; do
    for r in $ROUTES; do
        low=$(run "$s" "$r" "$LOW")
        high=$(run "$s" "$r" "$HIGH")
        per=$(python3 -c "print(round(($high - $low) / ($CONNS * ($HIGH - $LOW))))")
        printf '%-8s %-16s %10s\n' "$s" "$(path "$s" "$r")" "$per" | tee -a "$OUT/summary.txt"
        rm -f "$OUT/$s-$r-$LOW.cg"*
    done
done
echo "callgrind files: $OUT (callgrind_annotate FILE | head -40)"
