"""Summarises a bench/server.sh run: reads the wrk outputs in DIR and prints the table.

    python3 wrk_table.py DIR "CONNS" ROUNDS OURS_RSS_KIB OURS_HWM_KIB MIN_RSS_KIB STARTUP_FILE
"""

import re
import statistics
import sys

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def parse(path):
    text = open(path).read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    m = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    p99 = float(m.group(1)) * UNITS[m.group(2)]
    errors = re.search(r"Socket errors: (.*)", text)
    total = int(re.search(r"(\d+) requests in", text).group(1))
    non = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    cpu = re.search(r"server_cpu_seconds ([\d.]+)", text)
    return {
        "cpu_us": float(cpu.group(1)) * 1e6 / total if cpu else float("nan"),
        "rps": rps,
        "p99": p99,
        "errors": errors.group(1) if errors else None,
        "total": total,
        "non2xx3xx": int(non.group(1)) if non else 0,
    }


def main():
    out, conns, rounds = sys.argv[1], sys.argv[2].split(), int(sys.argv[3])
    ours_rss, ours_hwm, min_rss = (int(x) for x in sys.argv[4:7])
    startup = dict(
        line.split(None, 1) for line in open(sys.argv[7]) if not line.startswith("start ")
    )
    start_median = float(startup["median"])

    print()
    print(
        f"{'conns':>5} | {'ours req/s':>11} {'minimal req/s':>13} {'ratio':>6} | "
        f"{'ours p99':>9} {'minimal p99':>11} {'ratio':>6} | "
        f"{'CPU µs/req ours':>15} {'minimal':>7} {'ratio':>6} | per-round req/s ours / minimal"
    )
    print("-" * 140)
    verdicts = []
    problems = []
    for c in conns:
        runs = {}
        for name in ("ours", "minimal"):
            runs[name] = [parse(f"{out}/{name}-c{c}-r{r}.txt") for r in range(1, rounds + 1)]
            for r, run in enumerate(runs[name], 1):
                if run["errors"]:
                    problems.append(f"{name} c={c} round {r}: socket errors {run['errors']}")
                if run["non2xx3xx"] != run["total"]:
                    # Every answer must be the 418: wrk counts it as non-2xx/3xx.
                    problems.append(
                        f"{name} c={c} round {r}: {run['total'] - run['non2xx3xx']} answers were not 4xx/5xx"
                    )
        o_rps = statistics.mean(r["rps"] for r in runs["ours"])
        m_rps = statistics.mean(r["rps"] for r in runs["minimal"])
        o_p99 = statistics.mean(r["p99"] for r in runs["ours"])
        m_p99 = statistics.mean(r["p99"] for r in runs["minimal"])
        o_cpu = statistics.mean(r["cpu_us"] for r in runs["ours"])
        m_cpu = statistics.mean(r["cpu_us"] for r in runs["minimal"])
        # Each round runs both servers back to back, so a round's ratio is measured under
        # the same background load; the median over the rounds discards the rounds that a
        # burst of other work on this shared machine hit on one side only.
        rps_ratio = statistics.median(
            a["rps"] / b["rps"] for a, b in zip(runs["ours"], runs["minimal"])
        )
        p99_ratio = statistics.median(
            a["p99"] / b["p99"] for a, b in zip(runs["ours"], runs["minimal"])
        )
        rounds_txt = ", ".join(
            f"{a['rps']:.0f}/{b['rps']:.0f}" for a, b in zip(runs["ours"], runs["minimal"])
        )
        print(
            f"{c:>5} | {o_rps:>11.0f} {m_rps:>13.0f} {rps_ratio:>5.2f}x | "
            f"{o_p99:>7.2f}ms {m_p99:>9.2f}ms {p99_ratio:>5.2f}x | "
            f"{o_cpu:>15.1f} {m_cpu:>7.1f} {m_cpu / o_cpu:>5.2f}x | {rounds_txt}"
        )
        if c != "1":
            verdicts.append((f"req/s at {c} connections >= 0.95x", rps_ratio >= 0.95))
            verdicts.append((f"p99 at {c} connections <= 1.2x", p99_ratio <= 1.2))
    print("(req/s and p99: means over the rounds; their ratios: the median of the per-round ratios.")
    print(" CPU µs/req: the server's user+system CPU time per request; its ratio is minimal/ours,")
    print(" the share of the minimal server's capacity ours would reach if CPU were the limit)")
    print()
    print(f"RSS of ours after the load: {ours_rss / 1024:.1f} MiB (peak {ours_hwm / 1024:.1f} MiB); "
          f"minimal server: {min_rss / 1024:.1f} MiB")
    print(f"start to first response (ours): median {start_median:.2f} ms "
          f"(min {float(startup['min']):.2f}, max {float(startup['max']):.2f})")
    verdicts.append(("RSS after load <= 8 MiB", ours_rss <= 8 * 1024))
    verdicts.append(("start to first response <= 15 ms", start_median <= 15))
    print()
    for name, ok in verdicts:
        print(f"  {'met    ' if ok else 'NOT met'}  {name}")
    for p in problems:
        print(f"  PROBLEM  {p}")


if __name__ == "__main__":
    main()
