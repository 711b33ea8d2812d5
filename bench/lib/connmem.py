"""Memory a server spends per connection: opens N keep-alive connections, sends one request on
each and reads its response, then reads the server's resident memory while they all sit idle;
closes them and reads it again. Optionally holds M requests in flight at once (`?sleep=`).

    python3 connmem.py PID URL COUNTS [SLEEP_URL SLEEP_COUNT]
    IDLE_SETTLE=4 python3 connmem.py …   # seconds idle before memory is read (default 4)
    ROUNDS=2 python3 connmem.py …        # the whole sequence this many times (default 2)
        PID          the server process whose memory is read (/proc/PID/status)
        URL          what each connection asks once (http://127.0.0.1:PORT/path)
        COUNTS       connection counts, comma-separated (1000,4000,8000)
        SLEEP_URL    a request that takes a while to answer (…/status/200?sleep=8000)
        SLEEP_COUNT  how many of them at once, each on its own connection

Prints one line per step, then `RESULT` lines the shell script collects. What a server keeps
after the connections closed is given twice: in resident memory (VmRSS), and in its anonymous
part (RssAnon: heap, stacks, anonymous maps), which is what connections allocate. The rest of
VmRSS is file-backed: the program's code and libraries, paged in when a path runs for the first
time (a route first served during a step stays resident, clean and shared, though nothing of a
connection is left in it).

The whole sequence runs ROUNDS times (default 2) on the same server. The first round pays for
what a server sets up once for its largest load (allocator arenas grown and fragmented, a
deeper thread stack, tables sized for the most connections seen); what the later rounds add is
what connections fail to give back.

Idle connections are measured once they have been idle IDLE_SETTLE seconds (default 4), the
same wait for every server: `httpstatus serve` parks a keep-alive connection (drops hyper's
state and buffers) once its watchdog found it idle for a whole look, every quarter of the
header timeout (1.25 s by default), so within 2.5 s of its last request, and gives the freed
memory back at most a second later.

The client is Python's asyncio with raw streams, not a load generator: it only has to hold
thousands of sockets open with one request done on each, which asyncio does in one thread
with a few KiB per socket, and raw bytes keep the requests identical for every server (no
client library deciding on headers or connection reuse). Its own memory is not measured.
Connections are opened in batches of 100 so that no listen backlog overflows (a dropped SYN
would cost a one-second retransmission and stretch the measurement).
"""

import asyncio
import os
import resource
import sys
import time
from urllib.parse import urlsplit

BATCH = 100
IDLE_SETTLE = float(os.environ.get("IDLE_SETTLE", "4"))
ROUNDS = int(os.environ.get("ROUNDS", "2"))


def rss_kib(pid):
    """VmRSS and RssAnon of PID, in KiB."""
    fields = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "RssAnon"):
                fields[key] = int(value.split()[0])
    return fields["VmRSS"], fields["RssAnon"]


async def read_response(reader):
    """Reads one response with a Content-Length (or none); returns its status code."""
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    if length:
        await reader.readexactly(length)
    return status


def request(url):
    parts = urlsplit(url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    raw = f"GET {target} HTTP/1.1\r\nHost: {parts.netloc}\r\nAccept-Encoding: gzip\r\n\r\n"
    return parts.hostname, parts.port, raw.encode()


async def open_one(host, port, raw, wait):
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(raw)
    await writer.drain()
    if not wait:
        return reader, writer, None
    return reader, writer, await read_response(reader)


async def open_many(url, n, wait=True):
    host, port, raw = request(url)
    conns = []
    for start in range(0, n, BATCH):
        batch = min(BATCH, n - start)
        conns += await asyncio.gather(*(open_one(host, port, raw, wait) for _ in range(batch)))
    return conns


async def close_all(conns):
    for _, writer, _ in conns:
        writer.close()
    await asyncio.gather(*(w.wait_closed() for _, w, _ in conns), return_exceptions=True)


async def settle(pid, seconds):
    """Waits, then reads the memory (a server may give memory back a moment after a close)."""
    await asyncio.sleep(seconds)
    return rss_kib(pid)


async def main():
    pid, url, counts = int(sys.argv[1]), sys.argv[2], [int(c) for c in sys.argv[3].split(",")]
    sleep_url = sys.argv[4] if len(sys.argv) > 4 else None
    sleep_count = int(sys.argv[5]) if len(sys.argv) > 5 else 0
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))

    # One request first, so that what a server sets up on first use is not counted; and one
    # with a query, which ours answers on its general path (hyper's) rather than at once.
    await close_all(await open_many(url, 1))
    await close_all(await open_many(f"{url}?warm=1", 1))
    first, first_anon = await settle(pid, 1.5)
    print(f"start: RSS {first} KiB (anonymous {first_anon} KiB)", flush=True)
    for round_ in range(1, ROUNDS + 1):
        if ROUNDS > 1:
            print(f"-- round {round_} of {ROUNDS}", flush=True)
        await one_round(pid, url, counts, sleep_url, sleep_count, round_, first, first_anon)
        end, end_anon = rss_kib(pid)
        print(f"RESULT end {round_} {end - first} {end_anon - first_anon}")


async def one_round(pid, url, counts, sleep_url, sleep_count, round_, first, first_anon):
    """The idle steps, then the sleeping one; RESULT lines carry the round's number."""
    for n in counts:
        before, before_anon = rss_kib(pid)
        t0 = time.perf_counter()
        conns = await open_many(url, n)
        opened = time.perf_counter() - t0
        statuses = {s for _, _, s in conns}
        held, held_anon = await settle(pid, IDLE_SETTLE)
        await close_all(conns)
        after, after_anon = await settle(pid, 1.5)
        per = (held - before) / n
        per_anon = (held_anon - before_anon) / n
        print(
            f"{n} idle connections (opened in {opened:.2f} s, statuses {sorted(statuses)}): "
            f"RSS {before} -> {held} KiB = {per:.2f} KiB per connection "
            f"(anonymous {per_anon:.2f}); after close {after} KiB ({after - first:+d} KiB from the start, "
            f"anonymous {after_anon - first_anon:+d})",
            flush=True,
        )
        print(f"RESULT idle {round_} {n} {per:.2f} {per_anon:.2f} {after - first} {after_anon - first_anon} {held}")

    if sleep_url and sleep_count:
        before, before_anon = rss_kib(pid)
        t0 = time.perf_counter()
        conns = await open_many(sleep_url, sleep_count, wait=False)
        opened = time.perf_counter() - t0

        async def timed(reader):
            status = await read_response(reader)
            return status, time.perf_counter() - t0

        # Reading starts now, so that an early answer is seen when it comes.
        pending = [asyncio.create_task(timed(r)) for r, _, _ in conns]
        held, held_anon = await settle(pid, 0.5)
        measured = time.perf_counter() - t0
        answers = await asyncio.gather(*pending)
        statuses = [s for s, _ in answers]
        first_answer = min(t for _, t in answers)
        done = max(t for _, t in answers)
        await close_all(conns)
        after, after_anon = await settle(pid, 1.5)
        per = (held - before) / sleep_count
        per_anon = (held_anon - before_anon) / sleep_count
        print(
            f"{sleep_count} sleeping requests at once (sent in {opened:.2f} s, all answered after "
            f"{done:.2f} s, statuses {sorted(set(statuses))}): RSS {before} -> {held} KiB = "
            f"{per:.2f} KiB per request (anonymous {per_anon:.2f}); after close {after} KiB "
            f"({after - first:+d} KiB from the start, anonymous {after_anon - first_anon:+d})",
            flush=True,
        )
        if first_answer < measured:
            print("warning: the first requests were answered before the memory was read: "
                  "ask for a longer sleep")
        print(f"RESULT sleep {round_} {sleep_count} {per:.2f} {per_anon:.2f} {after - first} {after_anon - first_anon} {held}")


if __name__ == "__main__":
    asyncio.run(main())
