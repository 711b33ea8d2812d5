#!/usr/bin/env bash
# Lighthouse's four category scores (performance, accessibility, best practices, SEO) of
# three reference pages: /ko/ (the index, with its inline script), /en/404 (a code page)
# and /en/vs/401/403 (a comparison), served by the release build on loopback with
# --public-url set to its own address (absolute canonical and hreflang links, robots.txt).
#
#   bench/lighthouse.sh                       # the three pages
#   PAGES="/en/ /ko/499" bench/lighthouse.sh  # others
#   OURS_BIN=/path/to/httpstatus bench/lighthouse.sh
#
# Runs npm `lighthouse` (installed with `npm install -g lighthouse` when missing) with
# Debian's Chromium (CHROME_PATH, default /usr/bin/chromium; `apt-get install chromium`),
# headless, with Lighthouse's default mobile emulation and simulated throttling. Each
# report goes to bench/results/ (git-ignored) as JSON. Fails when a score is below 100 and
# lists the audits that cost points.
set -euo pipefail
cd "$(dirname "$0")/.."

PAGES="${PAGES:-/ko/ /en/404 /en/vs/401/403}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

. bench/lib/common.sh

if ! command -v lighthouse >/dev/null 2>&1; then
    echo "== installing lighthouse (npm)" >&2
    npm install -g lighthouse
fi
if [ ! -x "$CHROME_PATH" ]; then
    echo "no Chromium at $CHROME_PATH: apt-get install chromium, or set CHROME_PATH" >&2
    exit 1
fi
if [ -z "${OURS_BIN:-}" ]; then
    cargo build --release --quiet -p httpstatus-cli
    OURS_BIN="${CARGO_TARGET_DIR:-target}/release/httpstatus"
fi

PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
OUT="bench/results/lighthouse-$(date -u +%Y%m%dT%H%M%SZ)"
PROFILE=$(mktemp -d)
mkdir -p "$OUT"
"$OURS_BIN" serve --addr "127.0.0.1:$PORT" --public-url "$BASE" 2>"$OUT/server.log" &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -rf "$PROFILE"' EXIT
wait_up "$BASE/healthz"

FLAGS="--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking"
FLAGS="$FLAGS --disable-component-update --disable-sync --user-data-dir=$PROFILE"
echo "lighthouse $(lighthouse --version), $("$CHROME_PATH" --version 2>/dev/null | head -1)"
status=0
for page in $PAGES; do
    name=$(echo "$page" | tr '/' '_' | sed 's/^_//; s/_$//')
    report="$OUT/${name:-root}.json"
    lighthouse "$BASE$page" --quiet --output=json --output-path="$report" \
        --chrome-flags="$FLAGS" --only-categories=performance,accessibility,best-practices,seo
    python3 - "$page" "$report" <<'EOF' || status=1
import json, sys
page, path = sys.argv[1], sys.argv[2]
report = json.load(open(path))
scores = {k: round(c["score"] * 100) for k, c in report["categories"].items()}
print(f"{page:<18} " + "  ".join(f"{k} {v:3d}" for k, v in scores.items()))
for key, cat in report["categories"].items():
    for ref in cat["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if ref["weight"] > 0 and audit["score"] is not None and audit["score"] < 1:
            print(f"    {key}: {ref['id']} ({audit['score']}): {audit['title']}")
sys.exit(0 if all(v == 100 for v in scores.values()) else 1)
EOF
done
exit "$status"
