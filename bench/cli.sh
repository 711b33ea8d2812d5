#!/usr/bin/env bash
# Wall time of `httpstatus 404` side by side with the Python httpcode tool (`hc 404`, PyPI),
# in the same hyperfine run, so the ratio holds even on a busy machine.
#
#   bench/cli.sh                  # 300 runs each after 30 warm-up runs
#   RUNS=1000 WARMUP=50 bench/cli.sh
#
# Builds the release binary, installs hyperfine with apt-get if it is missing, and installs
# httpcode into bench/.venv (git-ignored) on first use. The raw hyperfine JSON goes to
# bench/results/ (git-ignored). Target (issue 3): >= 20x faster than hc and under 5 ms median.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${RUNS:-300}"
WARMUP="${WARMUP:-30}"
VENV=bench/.venv

if ! command -v hyperfine >/dev/null 2>&1; then
    echo "== installing hyperfine" >&2
    apt-get install -y hyperfine || { apt-get update && apt-get install -y hyperfine; }
fi

echo "== building the release binary" >&2
cargo build --release --quiet -p httpstatus-cli
BIN="${CARGO_TARGET_DIR:-target}/release/httpstatus"

if [ ! -x "$VENV/bin/hc" ]; then
    echo "== installing httpcode (hc) into $VENV" >&2
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet httpcode
fi
HC="$VENV/bin/hc"

# Both must answer before they are timed.
"$BIN" 404 >/dev/null
"$HC" 404 >/dev/null

mkdir -p bench/results
OUT="bench/results/cli-$(date -u +%Y%m%dT%H%M%SZ).json"
# A fixed, plain environment: no colour, English.
export LANG=C.UTF-8 NO_COLOR=1
unset LC_ALL LC_MESSAGES
hyperfine --shell=none --warmup "$WARMUP" --runs "$RUNS" --export-json "$OUT" \
    --command-name "httpstatus 404" "$BIN 404" \
    --command-name "hc 404" "$HC 404"

python3 - "$OUT" <<'EOF'
import json, sys

results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
ours, theirs = results["httpstatus 404"], results["hc 404"]
ms = lambda s: s * 1000
print()
for name, r in (("httpstatus 404", ours), ("hc 404", theirs)):
    print(f"{name:<16} median {ms(r['median']):7.2f} ms   mean {ms(r['mean']):7.2f} ms "
          f"± {ms(r['stddev']):.2f}   min {ms(r['min']):.2f}   max {ms(r['max']):.2f}   runs {len(r['times'])}")
ratio = theirs["median"] / ours["median"]
print(f"ratio (median hc / median httpstatus): {ratio:.1f}x")
print(f"target: >= 20x and < 5 ms median -> "
      f"{'met' if ratio >= 20 and ms(ours['median']) < 5 else 'NOT met'}")
EOF
