#!/usr/bin/env bash
# Throughput of the reference pages against the status route, in the same run: wrk at 50
# connections, alternating between `GET /en/` (with `Accept-Encoding: gzip`), `GET /ko/404`
# (no compression) and `GET /status/418`, rotating which goes first in each round. Also
# prints the index page's weight (raw, gzip, brotli) and the server's memory.
#
#   bench/pages.sh                      # 10 s per run, 3 rounds
#   DURATION=5 ROUNDS=2 bench/pages.sh
#
# Target (issue 5): each page at least 0.9x the requests/s of /status/418.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-10}"
ROUNDS="${ROUNDS:-3}"
THREADS="${THREADS:-2}"
CONNS="${CONNS:-50}"

. bench/lib/common.sh
need_wrk
cargo build --release --quiet -p httpstatus-cli
BIN="${CARGO_TARGET_DIR:-target}/release/httpstatus"
PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
OUT="bench/results/pages-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"

"$BIN" serve --addr "127.0.0.1:$PORT" 2>"$OUT/server.log" &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 500); do curl -sf -o /dev/null "$BASE/en/" && break; sleep 0.01; done
rss() { awk '/^VmRSS/ {print $2}' "/proc/$PID/status"; }
echo "== RSS with the pages rendered: $(rss) KiB" >&2

size() { curl -s -o /dev/null -w '%{size_download}' "$@"; }
for l in en ko; do
    echo "== /$l/ weight: raw $(size "$BASE/$l/") B, gzip $(size -H 'Accept-Encoding: gzip' "$BASE/$l/") B, brotli $(size -H 'Accept-Encoding: br' "$BASE/$l/") B" >&2
done

NAMES=(en-index-gzip ko-404 status-418)
run() { # NAME ROUND
    local file="$OUT/$1-r$2.txt"
    case "$1" in
        en-index-gzip) wrk -t"$THREADS" -c"$CONNS" -d"${DURATION}s" -H 'Accept-Encoding: gzip' "$BASE/en/" >"$file" ;;
        ko-404) wrk -t"$THREADS" -c"$CONNS" -d"${DURATION}s" "$BASE/ko/404" >"$file" ;;
        status-418) wrk -t"$THREADS" -c"$CONNS" -d"${DURATION}s" "$BASE/status/418" >"$file" ;;
    esac
    echo "-- $1 round $2: $(awk '/Requests\/sec/ {print $2}' "$file") req/s" >&2
}

echo "== warm-up" >&2
for n in "${NAMES[@]}"; do run "$n" 0 >/dev/null 2>&1; done
for round in $(seq 1 "$ROUNDS"); do
    for i in 0 1 2; do
        run "${NAMES[$(((i + round) % 3))]}" "$round"
    done
done
echo "== RSS after the load: $(rss) KiB" >&2

python3 - "$OUT" "$ROUNDS" <<'PY' | tee "$OUT/summary.txt"
import re, statistics, sys
out, rounds = sys.argv[1], int(sys.argv[2])
def rps(name):
    vals = []
    for r in range(1, rounds + 1):
        text = open(f"{out}/{name}-r{r}.txt").read()
        vals.append(float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)))
        if "Socket errors" in text:
            print(f"warning: {name} round {r}: errors in {out}/{name}-r{r}.txt")
    return statistics.median(vals), vals
base, base_all = rps("status-418")
print(f"{'route':<28} {'req/s (median)':>15} {'ratio':>7}   per round")
print(f"{'GET /status/418':<28} {base:>15.0f} {1:>6.2f}x   {' '.join(f'{v:.0f}' for v in base_all)}")
ok = True
for name, label in [("en-index-gzip", "GET /en/ (gzip)"), ("ko-404", "GET /ko/404")]:
    med, vals = rps(name)
    ratio = med / base
    ok &= ratio >= 0.9
    print(f"{label:<28} {med:>15.0f} {ratio:>6.2f}x   {' '.join(f'{v:.0f}' for v in vals)}")
print("target (>= 0.9x of /status/418):", "met" if ok else "NOT met")
PY
