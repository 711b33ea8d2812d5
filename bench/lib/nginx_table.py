"""Summarises a bench/nginx.sh run: reads the wrk outputs in DIR and prints the ratios.

    python3 nginx_table.py DIR "CONNS" ROUNDS "ROUTES"
"""

import re
import statistics
import sys

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}
SERVERS = ("nginx", "minimal", "ours")
LABELS = {"418": "GET /status/418", "page": "GET /en/404 gzip"}


def parse(path):
    text = open(path).read()
    m = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    total = int(re.search(r"(\d+) requests in", text).group(1))
    non = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    cpu = re.search(r"server_cpu_seconds ([\d.]+)", text)
    wrk_cpu = re.search(r"wrk_cpu_seconds ([\d.]+) ([\d.]+)", text)
    secs = float(re.search(r"requests in ([\d.]+)s", text).group(1))
    errors = re.search(r"Socket errors: (.*)", text)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)),
        "p99": float(m.group(1)) * UNITS[m.group(2)],
        "cpu_us": float(cpu.group(1)) * 1e6 / total if cpu and total else float("nan"),
        "busy": float(cpu.group(1)) / secs if cpu else float("nan"),
        "wrk_busy": (float(wrk_cpu.group(1)) + float(wrk_cpu.group(2))) / secs if wrk_cpu else float("nan"),
        "total": total,
        "non2xx3xx": int(non.group(1)) if non else 0,
        "errors": errors.group(1) if errors else None,
    }


def main():
    out, conns, rounds, routes = sys.argv[1], sys.argv[2].split(), int(sys.argv[3]), sys.argv[4].split()
    problems, verdicts = [], []
    print()
    print(
        f"{'route':<17} {'conns':>5} | {'req/s nginx':>11} {'minimal':>9} {'ours':>9} | "
        f"{'ours/nginx':>10} {'minimal/nginx':>13} | {'p99 nginx':>9} {'minimal':>8} {'ours':>8} "
        f"{'ours/nginx':>10} | {'CPU µs/req nginx':>16} {'minimal':>7} {'ours':>6}"
    )
    print("-" * 160)
    for route in routes:
        for c in conns:
            runs = {}
            for s in SERVERS:
                runs[s] = [parse(f"{out}/{s}-{route}-c{c}-r{r}.txt") for r in range(1, rounds + 1)]
                for r, run in enumerate(runs[s], 1):
                    if run["errors"]:
                        problems.append(f"{s} {route} c={c} round {r}: socket errors {run['errors']}")
                    # 418: every answer counts as non-2xx/3xx; the page: none does.
                    want = run["total"] if route == "418" else 0
                    if run["non2xx3xx"] != want:
                        problems.append(f"{s} {route} c={c} round {r}: unexpected statuses")
            mean = lambda s, k: statistics.mean(x[k] for x in runs[s])
            ratio = lambda a, b, k: statistics.median(x[k] / y[k] for x, y in zip(runs[a], runs[b]))
            rps_ratio = ratio("ours", "nginx", "rps")
            p99_ratio = ratio("ours", "nginx", "p99")
            print(
                f"{LABELS[route]:<17} {c:>5} | {mean('nginx', 'rps'):>11.0f} {mean('minimal', 'rps'):>9.0f} "
                f"{mean('ours', 'rps'):>9.0f} | {rps_ratio:>9.2f}x {ratio('minimal', 'nginx', 'rps'):>12.2f}x | "
                f"{mean('nginx', 'p99'):>7.2f}ms {mean('minimal', 'p99'):>6.2f}ms {mean('ours', 'p99'):>6.2f}ms "
                f"{p99_ratio:>9.2f}x | {mean('nginx', 'cpu_us'):>16.1f} {mean('minimal', 'cpu_us'):>7.1f} "
                f"{mean('ours', 'cpu_us'):>6.1f}"
            )
            per_round = "  ".join(
                "/".join(f"{runs[s][r]['rps']:.0f}" for s in SERVERS) for r in range(rounds)
            )
            print(f"{'':<17} {'':>5}   per round nginx/minimal/ours req/s: {per_round}")
            busy = "  ".join(
                f"{s} {mean(s, 'busy') * 100:.0f}% (wrk {mean(s, 'wrk_busy') * 100:.0f}%)" for s in SERVERS
            )
            print(f"{'':<17} {'':>5}   CPU busy, server (and wrk's): {busy}")
            verdicts.append((f"{LABELS[route]} c={c}: req/s >= 1.00x nginx ({rps_ratio:.2f}x)", rps_ratio >= 1.0))
            verdicts.append((f"{LABELS[route]} c={c}: p99 <= 1.00x nginx ({p99_ratio:.2f}x)", p99_ratio <= 1.0))
    print("(req/s, p99, CPU: means over the rounds; ratios: the median of the per-round ratios;")
    print(" CPU µs/req: the server's user+system time per request, nginx's workers only, not its master;")
    print(" CPU busy: CPU time over the run's duration. wrk near 100% with the servers below it: the")
    print(" load generator, not the server, sets the rate, and a ratio near 1.00x is its noise)")
    print()
    for name, ok in verdicts:
        print(f"  {'met    ' if ok else 'NOT met'}  {name}")
    for p in problems:
        print(f"  PROBLEM  {p}")


if __name__ == "__main__":
    main()
