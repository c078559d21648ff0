#!/usr/bin/env python3
"""Planner's write paths against a running copy with the demo users (python standard library only).

    LIMS_PORTBASE=32000 ./lims run
    python3 config/scripts/plan-benchmark.py --base http://localhost:32080 [--plan ID] [--year Y]

Times, each --repeat times (median and all runs printed): the plan page's first load
(planning/plan.xhtml?id=, a fresh session each time: the whole page rendered by the server), the
plan (GET /api/plans/{id}), its broken totals (GET .../totals) and, on a draft, a cell edit
(PUT .../cells/{cellId}, the page's cell edit then re-reads totals and plan: timed as one "cell
edit round"). Without --plan it uses Zhengzhou's plan of --year (default: next year), creating it
when missing (timed: creation allocates and writes every cell). The demo plan of the current year
is approved (no cell edits) and --plan=its id times its page.

With --server-pid PID (the Payara JVM's process id, e.g. `pgrep -f 'domaindir.*lims-32000'`) it also
prints the server's CPU time per request (user + system of the whole JVM from /proc, median of the
runs): on a machine shared with other work wall time measures the queue for the cores, CPU time the
work a request costs (it includes whatever else the server does meanwhile: run it on an idle copy).
"""

import argparse
import base64
import datetime
import json
import os
import statistics
import time
import urllib.error
import urllib.request

PASSWORD = "demo1234"
ZHENGZHOU = 2


def call(base, method, path, body=None, user="planner", raw=False):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("Authorization",
                   "Basic " + base64.b64encode(f"{user}:{PASSWORD}".encode()).decode())
    req.add_header("Accept", "application/json")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    t = time.monotonic()
    try:
        with urllib.request.urlopen(req, timeout=600) as r:
            payload = r.read()
    except urllib.error.HTTPError as e:
        raise SystemExit(f"{method} {path}: {e.code} {e.read()[:400]!r}")
    took = time.monotonic() - t
    if raw:
        return payload, took
    return (json.loads(payload) if payload else None), took


SERVER_PID = None


def cpu_ms():
    """User + system CPU of the server process so far, in ms (0 without --server-pid)."""
    if SERVER_PID is None:
        return 0.0
    with open(f"/proc/{SERVER_PID}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000.0 / os.sysconf("SC_CLK_TCK")


def timed(fn):
    """Runs fn() and returns (its result, the server CPU ms it took)."""
    c = cpu_ms()
    result = fn()
    return result, cpu_ms() - c


CPU = {}


def show(name, times):
    ms = [t * 1000 for t in times]
    line = (f"{name:<38} median {statistics.median(ms):8.0f} ms   runs "
            + " ".join(f"{m:.0f}" for m in ms))
    if SERVER_PID is not None and name in CPU:
        line += (f"   server CPU median {statistics.median(CPU[name]):.0f} ms (runs "
                 + " ".join(f"{m:.0f}" for m in CPU[name]) + ")")
    print(line, flush=True)


def cpu_of(name, fn):
    """Calls fn(), keeps the server CPU it took under name, returns its result."""
    result, cpu = timed(fn)
    CPU.setdefault(name, []).append(cpu)
    return result


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--base", default="http://localhost:8080")
    p.add_argument("--plan", type=int)
    p.add_argument("--year", type=int, default=datetime.date.today().year + 1)
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--server-pid", type=int)
    a = p.parse_args()
    base = a.base
    global SERVER_PID
    SERVER_PID = a.server_pid
    print(f"load average {' '.join(open('/proc/loadavg').read().split()[:3])}", flush=True)

    plan_id = a.plan
    if plan_id is None:
        plans, _ = call(base, "GET", f"/lims/api/plans?city.id={ZHENGZHOU}&year={a.year}")
        if plans["items"]:
            plan_id = plans["items"][0]["id"]
        else:
            created, took = call(base, "POST", "/lims/api/plans",
                                 {"cityId": ZHENGZHOU, "year": a.year})
            plan_id = created["id"]
            print(f"created plan {plan_id} ({a.year}, quota {created['cityQuota']}): "
                  f"{took * 1000:.0f} ms")
    plan, _ = call(base, "GET", f"/lims/api/plans/{plan_id}")
    cells, _ = call(base, "GET", f"/lims/api/plans/{plan_id}/cells?size=1")
    print(f"plan {plan_id}: {plan['cityName']} {plan['year']} {plan['state']}, "
          f"{plan['plannedBatches']} batches in {cells['total']} cells, "
          f"{plan['brokenTotals']} broken totals")

    page, get, totals = [], [], []
    page_name = "plan page first load"
    for _ in range(a.repeat):
        html, took = cpu_of(page_name, lambda: call(
            base, "GET", f"/lims/planning/plan.xhtml?id={plan_id}", raw=True))
        page.append(took)
        get.append(cpu_of("GET plan", lambda: call(base, "GET", f"/lims/api/plans/{plan_id}"))[1])
        totals.append(cpu_of("GET totals",
                             lambda: call(base, "GET", f"/lims/api/plans/{plan_id}/totals"))[1])
    CPU[f"{page_name} ({len(html) // 1024} KB)"] = CPU[page_name]
    show(f"{page_name} ({len(html) // 1024} KB)", page)
    show("GET plan", get)
    show("GET totals", totals)

    if plan["state"] == "DRAFT":
        current = cells["items"][0]
        edit, rounds = [], []
        for i in range(a.repeat):
            t = time.monotonic()
            c0 = cpu_ms()
            current, took = cpu_of("cell edit (PUT)", lambda: call(
                base, "PUT", f"/lims/api/plans/{plan_id}/cells/{current['id']}",
                {"batches": current["batches"] + (1 if i % 2 == 0 else -1),
                 "version": current["version"]}))
            call(base, "GET", f"/lims/api/plans/{plan_id}/totals")
            call(base, "GET", f"/lims/api/plans/{plan_id}")
            rounds.append(time.monotonic() - t)
            CPU.setdefault("cell edit round (PUT, totals, plan)", []).append(cpu_ms() - c0)
            edit.append(took)
        show("cell edit (PUT)", edit)
        show("cell edit round (PUT, totals, plan)", rounds)


if __name__ == "__main__":
    main()
