#!/usr/bin/env bash
# The CLI's own start-up against /bin/true: `httpstatus --version` (nothing but start-up and
# exit) and `httpstatus 404` (one lookup, printed), for the static-pie release binary the
# Dockerfile ships (scripts/build-static) and the dynamically linked one `cargo build
# --release` makes.
#
#   bench/start.sh                      # 1000 runs each after 100 warm-up runs, 3 rounds
#   RUNS=3000 ROUNDS=5 bench/start.sh
#   BUILDS=static bench/start.sh        # one build only (static or dynamic)
#   BIN=/path/to/httpstatus bench/start.sh   # another build (not rebuilt)
#
# First, figures that do not depend on the machine's load, per binary: how it is linked,
# the shared libraries it needs, the relative relocations the loader (or the static PIE's
# own start code) applies, the size of .data.rel.ro (the pages those relocations write
# and so copy), and `perf stat`'s page faults and task-clock (when perf is installed).
#
# Then hyperfine runs the commands without a shell (`-N`), alternating nothing: each
# command's runs are consecutive, so the script runs the whole set ROUNDS times and reports
# the median of the per-round ratios. Output goes to /dev/null (hyperfine's default), in a
# fixed plain environment (no colour, English). Target (issue 17): both at most 2x
# /bin/true, for the shipped (static-pie) binary.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${RUNS:-1000}"
WARMUP="${WARMUP:-100}"
ROUNDS="${ROUNDS:-3}"
BUILDS="${BUILDS:-static dynamic}"

if ! command -v hyperfine >/dev/null 2>&1; then
    echo "== installing hyperfine" >&2
    apt-get install -y hyperfine || { apt-get update && apt-get install -y hyperfine; }
fi

# name=path pairs, in the order they are measured.
bins=()
if [ -n "${BIN:-}" ]; then
    bins+=("given=$BIN")
else
    for build in $BUILDS; do
        case "$build" in
            static)
                echo "== building the static-pie release binary (scripts/build-static)" >&2
                bins+=("static=$(scripts/build-static)")
                ;;
            dynamic)
                echo "== building the dynamic release binary (cargo build --release)" >&2
                cargo build --release --locked --quiet -p httpstatus-cli
                bins+=("dynamic=${CARGO_TARGET_DIR:-target}/release/httpstatus")
                ;;
            *) echo "bench/start.sh: unknown build $build (static or dynamic)" >&2; exit 2 ;;
        esac
    done
fi
TRUE=$(command -v true)
[ -x /bin/true ] && TRUE=/bin/true

OUT="bench/results/start-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"
export LANG=C.UTF-8 NO_COLOR=1
unset LC_ALL LC_MESSAGES
if ! command -v readelf >/dev/null 2>&1; then
    echo "== installing binutils (readelf)" >&2
    apt-get install -y binutils || { apt-get update && apt-get install -y binutils; }
fi

{
    echo "== load-independent figures"
    for pair in "${bins[@]}"; do
        name=${pair%%=*} bin=${pair#*=}
        "$bin" --version >/dev/null
        "$bin" 404 >/dev/null
        kind=$(readelf -h "$bin" | sed -n 's/^ *Type: *\([A-Z]*\).*/\1/p')
        interp=$(readelf -l "$bin" | grep -c 'Requesting program interpreter' || true)
        libs=$(readelf -d "$bin" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p' | paste -sd ' ')
        relr=$(readelf -r "$bin" | sed -n 's/^ *\([0-9]*\) offsets$/\1/p')
        rela=$(readelf -r "$bin" | grep -c 'R_X86_64_RELATIVE' || true)
        relro=$(readelf -S -W "$bin" | sed -n 's/.*\] \.data\.rel\.ro  *[A-Z]*  *[0-9a-f]*  *[0-9a-f]*  *\([0-9a-f]*\) .*/\1/p')
        [ "$interp" = 0 ] && link="static" || link="dynamic"
        [ "$kind" = DYN ] && link="$link PIE" || link="$link, not PIE"
        echo "$name: $bin"
        echo "  linked:               $link; shared libraries: ${libs:-none}"
        echo "  relative relocations: $(( ${relr:-0} + rela )); .data.rel.ro: $(( 0x${relro:-0} / 1024 )) KiB"
    done
    if command -v perf >/dev/null 2>&1 && perf stat -e page-faults true >/dev/null 2>&1; then
        echo "  perf stat -r 300 (page faults, task-clock ms):"
        cmds=("true=$TRUE")
        for pair in "${bins[@]}"; do
            cmds+=("${pair%%=*} --version=${pair#*=} --version" "${pair%%=*} 404=${pair#*=} 404")
        done
        for pair in "${cmds[@]}"; do
            # shellcheck disable=SC2086 # the command is split into words on purpose
            perf stat -r 300 -x, -e page-faults,task-clock ${pair#*=} 2>&1 >/dev/null \
                | awk -F, -v name="${pair%%=*}" '
                    $3 == "page-faults" { faults = $1 }
                    $3 == "task-clock" { ms = $1 }
                    END { printf "    %-22s %5d faults %7.3f ms\n", name, faults, ms }'
        done
    fi
} | tee "$OUT/figures.txt"

args=(--command-name true "$TRUE")
names=(true)
for pair in "${bins[@]}"; do
    name=${pair%%=*} bin=${pair#*=}
    args+=(--command-name "$name --version" "$bin --version" --command-name "$name 404" "$bin 404")
    names+=("$name --version" "$name 404")
done
for round in $(seq 1 "$ROUNDS"); do
    echo "== round $round" >&2
    hyperfine -N --style basic --warmup "$WARMUP" --runs "$RUNS" --export-json "$OUT/r$round.json" \
        "${args[@]}" >&2
done

python3 - "$OUT" "$ROUNDS" "${names[@]}" <<'PY' | tee "$OUT/summary.txt"
import json, statistics, sys
out, rounds, names = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
runs = [{r["command"]: r for r in json.load(open(f"{out}/r{i}.json"))["results"]} for i in range(1, rounds + 1)]
us = lambda s: s * 1e6
print(f"{rounds} rounds, hyperfine median per round")
print(f"{'command':<22} {'median µs (per round)':<32} {'ratio to /bin/true (median of rounds)':>38}")
verdict = {}
for name in names:
    medians = [r[name]["median"] for r in runs]
    ratio = statistics.median(r[name]["median"] / r["true"]["median"] for r in runs)
    build = name.split()[0]
    if name != "true":
        verdict[build] = verdict.get(build, True) and ratio <= 2.0
    print(f"{name:<22} {' '.join(f'{us(m):7.0f}' for m in medians):<32} {ratio:>37.2f}x")
for build, ok in verdict.items():
    shipped = " (the shipped binary)" if build == "static" else ""
    print(f"target (both <= 2.00x /bin/true), {build}{shipped}: {'met' if ok else 'NOT met'}")
PY
