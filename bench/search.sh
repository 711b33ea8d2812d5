#!/usr/bin/env bash
# Search relevance and speed.
#
#   bench/search.sh              # the evaluation set, then the criterion search benchmarks
#   bench/search.sh --quality    # only the evaluation set (a few seconds)
#   bench/search.sh --misses     # the evaluation set with every query not answered first
#
# Relevance: `cargo run --release -p httpstatus --example search-eval` on
# data/search-eval.toml and the held-out sets data/search-heldout-N.toml prints, per set,
# top-1 and top-3 accuracy, mean reciprocal rank and the median and 90th-percentile hits
# per query, overall, per language and per kind (situations against names, synonyms, typos,
# vendor terms). Speed: `cargo bench -p httpstatus --bench
# lookup -- search` (criterion, one full ranked search per iteration). Target (issue 11): a
# two-word search under 20 µs median. Timings on a busy machine are noisy; the relevance
# figures are exact.
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-all}"
case "$mode" in
    all | --quality | --misses) ;;
    *)
        echo "usage: bench/search.sh [--quality | --misses]" >&2
        exit 2
        ;;
esac

echo "== relevance (data/search-eval.toml, data/search-heldout-*.toml)" >&2
if [ "$mode" = "--misses" ]; then
    cargo run --release --quiet -p httpstatus --example search-eval -- --misses
else
    cargo run --release --quiet -p httpstatus --example search-eval
fi

if [ "$mode" = "all" ]; then
    echo "== latency (criterion)" >&2
    # Criterion prints a long benchmark name on a line of its own, before "time:".
    cargo bench --quiet -p httpstatus --bench lookup -- search 2>&1 |
        awk '/^search\// && /time:/ { print; next }
             /^search\// { name = $0; next }
             /time:/ && name != "" { print name $0; name = "" }' |
        sed -E 's/ +/ /g'
fi
