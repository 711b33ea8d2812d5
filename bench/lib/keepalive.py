"""Sends COUNT requests for PATH over one keep-alive HTTP/1.1 connection and reads every
response (Content-Length framed), for bench/callgrind.sh.

    python3 bench/lib/keepalive.py PORT PATH COUNT [HEADER ...]
"""

import socket
import sys


def read_response(sock, buf):
    while b"\r\n\r\n" not in buf:
        chunk = sock.recv(65536)
        if not chunk:
            raise SystemExit("connection closed mid-response")
        buf += chunk
    head, _, rest = buf.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            raise SystemExit("connection closed mid-content")
        rest += chunk
    return head, rest[length:]


def main():
    port, path, count = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    extra = "".join(h + "\r\n" for h in sys.argv[4:])
    request = f"GET {path} HTTP/1.1\r\nHost: bench\r\n{extra}\r\n".encode()
    sock = socket.create_connection(("127.0.0.1", port))
    buf = b""
    first = None
    for _ in range(count):
        sock.sendall(request)
        head, buf = read_response(sock, buf)
        first = first or head.split(b"\r\n")[0].decode()
    sock.close()
    print(first)


if __name__ == "__main__":
    main()
