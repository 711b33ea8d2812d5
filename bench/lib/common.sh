# Shared by the wrk scripts (server.sh, soak.sh, pages.sh): source it after `cd` to the root.

# Installs wrk with apt-get when it is missing.
need_wrk() {
    if ! command -v wrk >/dev/null 2>&1; then
        echo "== installing wrk" >&2
        apt-get install -y wrk || { apt-get update && apt-get install -y wrk; }
    fi
}

# Prints a free loopback port.
free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# Waits (up to 5 s) until URL answers; fails with a message otherwise.
wait_up() { # URL
    for _ in $(seq 1 500); do
        curl -s -o /dev/null "$1" && return 0
        sleep 0.01
    done
    echo "server at $1 did not come up" >&2
    return 1
}

# Builds the release binaries a comparison runs (ours, unless OURS_BIN names another build,
# and the minimal hyper server) and sets OURS_BIN and MIN_BIN to them.
build_servers() {
    local target="${CARGO_TARGET_DIR:-target}/release"
    if [ -z "${OURS_BIN:-}" ]; then
        cargo build --release --quiet -p httpstatus-cli
        OURS_BIN="$target/httpstatus"
    fi
    cargo build --release --quiet -p httpstatus-bench-minimal --features bench
    MIN_BIN="$target/minimal-hyper"
}
