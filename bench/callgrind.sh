#!/usr/bin/env bash
# User-space instructions per request of `httpstatus serve`, under callgrind: load-independent,
# unlike the wrk figures of server.sh on a shared machine. For each path, the server runs
# twice under valgrind, serving FEW and then MANY requests over one keep-alive connection;
# the difference of the two totals divided by MANY - FEW is the cost of one request (start-up,
# page rendering and the first request's work cancel out).
#
#   bench/callgrind.sh                                  # the default paths
#   bench/callgrind.sh /status/418 '/status/418?x=1'    # these paths
#   OURS_BIN=/path/to/httpstatus bench/callgrind.sh     # another build of ours (not rebuilt)
#   FEW=200 MANY=1200 bench/callgrind.sh
#   HEADER='Accept: application/json' bench/callgrind.sh '/status/418?x=1'   # one more field
set -euo pipefail
cd "$(dirname "$0")/.."

FEW="${FEW:-500}"
MANY="${MANY:-2500}"
. bench/lib/common.sh

TARGET="${CARGO_TARGET_DIR:-target}/release"
if [ -z "${OURS_BIN:-}" ]; then
    cargo build --release --quiet -p httpstatus-cli
    OURS_BIN="$TARGET/httpstatus"
fi
PATHS=("$@")
if [ "${#PATHS[@]}" -eq 0 ]; then
    PATHS=(/status/418 /200 /404 /en/404 '/status/418?x=1')
fi
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

# Total instructions of one server run that serves COUNT requests for PATH.
total() { # PATH COUNT
    local port pid
    port=$(free_port)
    valgrind --tool=callgrind --callgrind-out-file="$OUT/cg.%p" \
        "$OURS_BIN" serve --addr "127.0.0.1:$port" 2>"$OUT/valgrind.log" &
    pid=$!
    for _ in $(seq 1 1000); do
        curl -s -o /dev/null "http://127.0.0.1:$port/healthz" && break
        sleep 0.05
    done
    python3 bench/lib/keepalive.py "$port" "$1" "$2" ${HEADER:+"$HEADER"} >/dev/null
    kill -INT "$pid"
    wait "$pid" || true
    awk '/^totals:/ {print $2}' "$OUT"/cg.*
    rm -f "$OUT"/cg.*
}

printf '%-28s %12s\n' "request${HEADER:+ ($HEADER)}" 'instr/request'
for path in "${PATHS[@]}"; do
    few=$(total "$path" "$FEW")
    many=$(total "$path" "$MANY")
    printf '%-28s %12d\n' "GET $path" $(( (many - few) / (MANY - FEW) ))
done
