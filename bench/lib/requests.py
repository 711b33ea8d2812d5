"""Sends requests over keep-alive connections, one at a time on each, and checks the answers.

    python3 keepalive.py PORT PATH CONNECTIONS REQUESTS [STATUS]

Waits (up to 60 s: a server under valgrind starts slowly) until PORT accepts, then opens
CONNECTIONS connections and sends REQUESTS requests on each (`GET PATH`, with
`Accept-Encoding: gzip`), each after the previous answer; fails unless every answer has
STATUS (default 418 for /status/418 and /, else 200). For bench/callgrind-vs.sh, which takes the
difference between two request counts, so that start-up and first-use work cancel out.
"""

import asyncio
import socket
import sys
import time


async def conn(port, raw, n, status):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for _ in range(n):
        writer.write(raw)
        head = await reader.readuntil(b"\r\n\r\n")
        got = int(head.split(b" ", 2)[1])
        if got != status:
            raise SystemExit(f"status {got}, expected {status}")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        await reader.readexactly(length)
    writer.close()
    await writer.wait_closed()


async def main():
    port, path, conns, requests = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    status = int(sys.argv[5]) if len(sys.argv) > 5 else (418 if path in ("/", "/status/418") else 200)
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline:
                raise SystemExit(f"nothing listens on port {port}")
            time.sleep(0.1)
    raw = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept-Encoding: gzip\r\n\r\n".encode()
    await asyncio.gather(*(conn(port, raw, requests, status) for _ in range(conns)))


if __name__ == "__main__":
    asyncio.run(main())
