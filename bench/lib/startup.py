"""Start-up time of a server: from just before the process is spawned to the first
complete response to `GET /healthz`, polled over loopback in a tight loop.

    python3 startup.py STARTS BINARY ARG... ({port} in an argument is replaced by a free port)

Prints one line per start (milliseconds), then `median`, `min` and `max`.
"""

import signal
import socket
import statistics
import subprocess
import sys
import time


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def first_response(port, deadline):
    request = b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    while time.perf_counter() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                s.sendall(request)
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = s.recv(4096)
                    if not chunk:
                        break
                    data += chunk
                if data.startswith(b"HTTP/1.1 200"):
                    return True
        except OSError:
            pass
        time.sleep(0.0002)
    return False


def main():
    starts = int(sys.argv[1])
    times = []
    for _ in range(starts):
        port = free_port()
        cmd = [a.replace("{port}", str(port)) for a in sys.argv[2:]]
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        ok = first_response(port, t0 + 5)
        elapsed = (time.perf_counter() - t0) * 1000
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=15)
        if not ok:
            sys.exit(f"no response within 5 s from {cmd}")
        times.append(elapsed)
        print(f"start {elapsed:.2f} ms")
        time.sleep(0.05)
    print(f"median {statistics.median(times):.2f}")
    print(f"min {min(times):.2f}")
    print(f"max {max(times):.2f}")


if __name__ == "__main__":
    main()
