#!/usr/bin/env python3
"""Sample creation under concurrent load: N samplers submit sampling forms at once.

Against a running copy with the demo users, e.g.

    LIMS_PORTBASE=31000 ./lims run
    python3 config/scripts/sample-load.py --base http://localhost:31080 --clients 50 --samples 500

Every form is a celery sample of 金水区 (sampler and sampler2 of TEAM-HNFDI-1), so all writers hit
the same unit, level, category and month: the statistics facts' hottest key. Prints throughput and
the latency percentiles of POST /samples (the number counter, the sample, its audit record and its
facts are written in that one transaction). --runs N repeats the run and prints the medians;
--server-pid PID|auto and --pg-database NAME add the CPU that the server JVM and that database's
PostgreSQL backends spent per sample (as load.py does); --keys sends an Idempotency-Key with each
form, as the phone form does.
"""

import argparse
import base64
import datetime
import http.client
import json
import os
import statistics
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from importlib import import_module  # noqa: E402

lab = import_module("lab-benchmark")
load = import_module("load")


def one(base, n, s1, s2, key=None):
    started = time.monotonic()
    body = json.dumps(lab.form(n, s1, s2)).encode("utf-8")
    req = urllib.request.Request(base + "/lims/api/samples", data=body, method="POST")
    req.add_header("Authorization", "Basic " + base64.b64encode(b"sampler:demo1234").decode())
    req.add_header("Content-Type", "application/json")
    req.add_header("Accept", "application/json")
    if key:
        # as the phone form's queued submissions send it: the answer is kept in the same transaction
        req.add_header("Idempotency-Key", f"{key}-{n}")
    try:
        with urllib.request.urlopen(req, timeout=600) as r:
            r.read()
            ok = r.status == 201
    except urllib.error.HTTPError as e:
        print(f"sample {n}: {e.code} {e.read()[:200]!r}", file=sys.stderr)
        ok = False
    except (OSError, http.client.HTTPException) as e:
        print(f"sample {n}: {type(e).__name__} {e}", file=sys.stderr)
        ok = False
    return ok, time.monotonic() - started


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, max(0, int(round(p / 100 * len(values) + 0.5)) - 1))]


def run(a, s1, s2, meter, first):
    load_before = os.getloadavg()[0]
    before = meter.snapshot() if meter else None
    started = time.monotonic()
    with ThreadPoolExecutor(a.clients) as pool:
        results = list(pool.map(lambda n: one(a.base, n, s1, s2, a.key),
                                range(first, first + a.samples)))
    took = time.monotonic() - started
    cpu = load.CpuMeter.spent(before, meter.snapshot()) if meter else (None, None)
    times = [t * 1000 for ok, t in results if ok]
    failed = sum(1 for ok, _ in results if not ok)
    r = {"took": took, "rate": len(times) / took, "failed": failed, "p50": pct(times, 50),
         "p95": pct(times, 95), "p99": pct(times, 99), "mean": statistics.mean(times),
         "server_ms": None if cpu[0] is None or not times else cpu[0] * 1000 / len(times),
         "db_ms": None if cpu[1] is None or not times else cpu[1] * 1000 / len(times),
         "load": (load_before, os.getloadavg()[0])}
    print(line(a, r), flush=True)
    return r


def line(a, r, label=""):
    cpu = ""
    if r["server_ms"] is not None:
        cpu += f"; server CPU {r['server_ms']:.1f} ms/sample"
    if r["db_ms"] is not None:
        cpu += f", db CPU {r['db_ms']:.1f} ms/sample"
    return (f"{label}{a.samples} samples by {a.clients} clients in {r['took']:.1f} s:"
            f" {r['rate']:.1f} samples/s, {r['failed']:.0f} failed;"
            f" latency p50 {r['p50']:.0f} ms, p95 {r['p95']:.0f} ms,"
            f" p99 {r['p99']:.0f} ms, mean {r['mean']:.0f} ms{cpu};"
            f" load {r['load'][0]:.1f}->{r['load'][1]:.1f}")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--base", default="http://localhost:8080")
    p.add_argument("--clients", type=int, default=50)
    p.add_argument("--samples", type=int, default=500)
    p.add_argument("--runs", type=int, default=1, help="runs; medians printed after")
    p.add_argument("--server-pid", help='the server JVM\'s pid, or "auto" (listens on the port)')
    p.add_argument("--keys", dest="key", nargs="?", const=f"load-{time.time_ns()}",
                   help="send an Idempotency-Key per sample (the phone form's way)")
    p.add_argument("--pg-database", help="also count the CPU of this database's backends")
    a = p.parse_args()
    meter = None
    if a.server_pid or a.pg_database:
        pid = None
        if a.server_pid == "auto":
            pid = load.listening_pid(urllib.parse.urlparse(a.base).port or 80)
        elif a.server_pid:
            pid = int(a.server_pid)
        meter = load.CpuMeter(pid, a.pg_database)
    s1 = lab.call(a.base, "sampler", "GET", "/me")["id"]
    s2 = lab.call(a.base, "sampler2", "GET", "/me")["id"]
    one(a.base, 0, s1, s2)  # warm-up
    runs = [run(a, s1, s2, meter, 1 + i * a.samples) for i in range(a.runs)]
    if a.runs > 1:
        print(line(a, load.median_of(runs), f"median of {a.runs} runs: "), flush=True)


if __name__ == "__main__":
    main()
