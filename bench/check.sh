#!/usr/bin/env bash
# `httpstatus check --no-follow URL` against `curl -s -o /dev/null URL` on the same local
# URL, in the same hyperfine run. Target: at most 1.5x curl's wall time.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine; }
command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq curl; }
cargo build --release --locked -q -p httpstatus-cli
bin=$PWD/target/release/httpstatus
port=$((20000 + RANDOM % 20000))
"$bin" serve --addr "127.0.0.1:$port" 2>/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.05; done
url="http://127.0.0.1:$port/200"
mkdir -p bench/results
hyperfine -N --warmup 50 --runs "${RUNS:-500}" \
  --export-json bench/results/check.json \
  "$bin check --no-follow $url" \
  "curl -s -o /dev/null $url"
python3 - <<'PY'
import json
r = json.load(open("bench/results/check.json"))["results"]
ours, curl = r[0]["median"], r[1]["median"]
print(f"httpstatus check: median {ours*1000:.2f} ms; curl: median {curl*1000:.2f} ms; ratio {ours/curl:.2f}x (target <= 1.5x)")
PY
