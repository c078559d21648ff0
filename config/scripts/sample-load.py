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

--task ID names that collection task in every form (a task of 金水区, municipal level, with
celery in its category, of sampler's unit); --task new first writes such a task, open, with room
for every form of the runs, into the --pg-database (psql as postgres; a plan of a city created
through the API for it), so that all writers count on one task's row:

    python3 config/scripts/sample-load.py --base http://localhost:29080 --clients 50 --samples 200 \
        --runs 3 --pg-database DB --task new
"""

import argparse
import base64
import datetime
import http.client
import json
import os
import statistics
import subprocess
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


def one(base, n, s1, s2, key=None, task=None):
    started = time.monotonic()
    form = lab.form(n, s1, s2)
    if task:
        form["taskId"] = task
    body = json.dumps(form).encode("utf-8")
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
        results = list(pool.map(lambda n: one(a.base, n, s1, s2, a.key, a.task),
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


def psql(database, sql):
    out = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", os.environ.get("PGUSER", "postgres"), "-qAt",
         "-v", "ON_ERROR_STOP=1", "-d", database, "-c", sql],
        check=True, capture_output=True, text=True).stdout
    return out.strip().splitlines()[-1]


def new_task(a):
    """An open task of 金水区 (municipal, celery, farmers' markets) for sampler's unit, with room
    for every form of the runs (and the warm-up), in a plan of a city of its own."""
    if not a.pg_database:
        sys.exit("--task new needs --pg-database (the task is written with psql)")
    code = "9" + str(time.time_ns() % 10**11).zfill(11)
    city = lab.call(a.base, "admin", "POST", "/regions", {
        "code": code, "name": f"任务负载测试市{code[-4:]}", "kind": "CITY", "parentId": 1,
        "residents": 100000, "residentsBasis": "负载测试数据", "residentsYear": 2020})["id"]
    unit = psql(a.pg_database, "SELECT organization_id FROM app_user WHERE username = 'sampler'")
    year = datetime.date.today().year
    plan = psql(a.pg_database,
                "INSERT INTO sampling_plan (id, city_id, plan_year, rate_per_thousand,"
                " municipal_share, small_farmer_share, blind_coding, state, approved_by,"
                f" approved_at, version) VALUES (nextval('sampling_plan_seq'), {city}, {year},"
                " '7', '0.5', '0.1', false, 'APPROVED', 'planner', now(), 1) RETURNING id")
    batches = a.runs * a.samples + 1
    task = psql(a.pg_database,
                "INSERT INTO collection_task (id, plan_id, region_id, sampling_level, department,"
                " category_id, party_kind, sampling_unit_id, batches, due_date, state, note,"
                " created_by, created_at, version) VALUES (nextval('collection_task_seq'),"
                f" {plan}, {lab.JINSHUI}, 'MUNICIPAL', 'MARKET_REGULATION', {lab.CELERY},"
                f" 'FARMERS_MARKET', {unit}, {batches}, current_date + 30, 'OPEN', '负载测试任务',"
                " 'planner', now(), 1) RETURNING id")
    print(f"task {task}: {batches} batches", flush=True)
    return int(task)


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
    p.add_argument("--task", help='a collection task\'s id named in every form, or "new"')
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
    if a.task == "new":
        a.task = new_task(a)
    elif a.task:
        a.task = int(a.task)
    one(a.base, 0, s1, s2, None, a.task)  # warm-up
    runs = [run(a, s1, s2, meter, 1 + i * a.samples) for i in range(a.runs)]
    if a.runs > 1:
        print(line(a, load.median_of(runs), f"median of {a.runs} runs: "), flush=True)


if __name__ == "__main__":
    main()
