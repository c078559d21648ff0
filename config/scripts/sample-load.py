#!/usr/bin/env python3
"""Sample creation under concurrent load: N samplers submit sampling forms at once.

Against a running copy with the demo users, e.g.

    LIMS_PORTBASE=31000 ./lims run
    python3 config/scripts/sample-load.py --base http://localhost:31080 --clients 50 --samples 500

Every form is a celery sample of 金水区 (sampler and sampler2 of TEAM-HNFDI-1), so all writers hit
the same unit, level, category and month: the statistics facts' hottest key. Prints throughput and
the latency percentiles of POST /samples (the number counter, the sample, its audit record and its
facts are written in that one transaction).
"""

import argparse
import base64
import datetime
import json
import statistics
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from importlib import import_module  # noqa: E402

lab = import_module("lab-benchmark")


def one(base, n, s1, s2):
    started = time.monotonic()
    body = json.dumps(lab.form(n, s1, s2)).encode("utf-8")
    req = urllib.request.Request(base + "/lims/api/samples", data=body, method="POST")
    req.add_header("Authorization", "Basic " + base64.b64encode(b"sampler:demo1234").decode())
    req.add_header("Content-Type", "application/json")
    req.add_header("Accept", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=600) as r:
            r.read()
            ok = r.status == 201
    except urllib.error.HTTPError as e:
        print(f"sample {n}: {e.code} {e.read()[:200]!r}", file=sys.stderr)
        ok = False
    return ok, time.monotonic() - started


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, max(0, int(round(p / 100 * len(values) + 0.5)) - 1))]


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--base", default="http://localhost:8080")
    p.add_argument("--clients", type=int, default=50)
    p.add_argument("--samples", type=int, default=500)
    a = p.parse_args()
    s1 = lab.call(a.base, "sampler", "GET", "/me")["id"]
    s2 = lab.call(a.base, "sampler2", "GET", "/me")["id"]
    one(a.base, 0, s1, s2)  # warm-up
    started = time.monotonic()
    with ThreadPoolExecutor(a.clients) as pool:
        results = list(pool.map(lambda n: one(a.base, n, s1, s2), range(1, a.samples + 1)))
    took = time.monotonic() - started
    times = [t * 1000 for ok, t in results if ok]
    failed = sum(1 for ok, _ in results if not ok)
    print(f"{a.samples} samples by {a.clients} clients in {took:.1f} s:"
          f" {len(times) / took:.1f} samples/s, {failed} failed;"
          f" latency p50 {pct(times, 50):.0f} ms, p95 {pct(times, 95):.0f} ms,"
          f" p99 {pct(times, 99):.0f} ms, mean {statistics.mean(times):.0f} ms")


if __name__ == "__main__":
    main()
