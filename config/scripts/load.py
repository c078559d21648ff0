#!/usr/bin/env python3
"""Read-only load against a running copy: the dashboard's figures and the list pages' API calls.

    LIMS_PORTBASE=32000 ./lims run            # any running copy with the demo users
    python3 config/scripts/load.py --base http://localhost:32080 --clients 50,200 --duration 20

For each number of clients and each target it starts that many threads (python standard library
only, one kept-alive HTTP connection per thread, HTTP Basic), lets each send requests back to back
for --duration seconds after a short warm-up, and prints the latency percentiles p50/p95/p99, the
slowest request, the throughput (requests per second) and the errors. Targets:

    figures   GET /api/stats/figures?year=Y           supervisor (the dashboard's figures)
    samples   GET /api/samples?page=P&size=50         supervisor (the samples list)
    worklist  GET /api/worklist?page=P&size=50        labtech    (the lab's worklist)
    cases     GET /api/cases?page=P&size=50           supervisor (the case list)

The page number cycles over the first --pages pages so that not every request asks for the same
rows. Nothing is written. The client runs on the same machine as the server and takes CPU from it;
compare figures measured the same way.
"""

import argparse
import base64
import datetime
import http.client
import statistics
import threading
import time
import urllib.parse

PASSWORD = "demo1234"

TARGETS = {
    "figures": ("supervisor", "/lims/api/stats/figures?year={year}"),
    "samples": ("supervisor", "/lims/api/samples?page={page}&size={size}"),
    "worklist": ("labtech", "/lims/api/worklist?page={page}&size={size}"),
    "cases": ("supervisor", "/lims/api/cases?page={page}&size={size}"),
}


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    k = max(0, min(len(sorted_values) - 1, int(round(p / 100 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def worker(host, port, user, paths, stop_at, warm_until, out, errors):
    token = base64.b64encode(f"{user}:{PASSWORD}".encode()).decode()
    headers = {"Authorization": "Basic " + token, "Accept": "application/json",
               "Accept-Language": "zh-CN"}
    conn = http.client.HTTPConnection(host, port, timeout=120)
    n = 0
    while True:
        now = time.monotonic()
        if now >= stop_at:
            break
        path = paths[n % len(paths)]
        n += 1
        t = time.monotonic()
        try:
            conn.request("GET", path, headers=headers)
            r = conn.getresponse()
            r.read()
            status = r.status
        except (OSError, http.client.HTTPException) as e:
            conn.close()
            conn = http.client.HTTPConnection(host, port, timeout=120)
            status = type(e).__name__
        took = time.monotonic() - t
        if t < warm_until:
            continue
        if status != 200:
            errors.append(status)
        else:
            out.append((t, took))
    conn.close()


def run(base, target, clients, duration, warmup, year, size, pages):
    u = urllib.parse.urlparse(base)
    user, template = TARGETS[target]
    paths = [template.format(year=year, page=p, size=size) for p in range(pages)]
    out, errors = [], []
    start = time.monotonic()
    warm_until = start + warmup
    stop_at = warm_until + duration
    threads = [
        threading.Thread(target=worker,
                         args=(u.hostname, u.port or 80, user, paths, stop_at, warm_until, out,
                               errors),
                         daemon=True)
        for _ in range(clients)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    lat = sorted(x[1] * 1000 for x in out)
    # throughput over the measured window: requests started in it and finished
    tput = len(lat) / duration
    print(f"{target:<9} {clients:>4} clients  n={len(lat):>6}  "
          f"p50 {percentile(lat, 50):8.0f} ms  p95 {percentile(lat, 95):8.0f} ms  "
          f"p99 {percentile(lat, 99):8.0f} ms  max {max(lat) if lat else float('nan'):8.0f} ms  "
          f"mean {statistics.fmean(lat) if lat else float('nan'):7.0f} ms  "
          f"{tput:7.1f} req/s  errors {len(errors)}"
          + (f" ({sorted(set(map(str, errors)))[:3]})" if errors else ""), flush=True)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--base", default="http://localhost:8080")
    p.add_argument("--clients", default="50,200", help="comma-separated numbers of clients")
    p.add_argument("--targets", default=",".join(TARGETS), help="comma-separated, of: "
                   + ", ".join(TARGETS))
    p.add_argument("--duration", type=float, default=20, help="measured seconds per run")
    p.add_argument("--warmup", type=float, default=5, help="seconds not measured per run")
    p.add_argument("--year", type=int, default=datetime.date.today().year)
    p.add_argument("--size", type=int, default=50, help="rows per list page")
    p.add_argument("--pages", type=int, default=5, help="pages cycled through")
    a = p.parse_args()
    print(f"{a.base}: {a.duration:.0f} s per run after {a.warmup:.0f} s warm-up, lists of "
          f"{a.size} rows over {a.pages} pages", flush=True)
    for clients in (int(c) for c in a.clients.split(",")):
        for target in a.targets.split(","):
            run(a.base, target.strip(), clients, a.duration, a.warmup, a.year, a.size, a.pages)


if __name__ == "__main__":
    main()
