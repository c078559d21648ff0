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
"""

import argparse
import base64
import datetime
import json
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


def show(name, times):
    ms = [t * 1000 for t in times]
    print(f"{name:<38} median {statistics.median(ms):8.0f} ms   runs "
          + " ".join(f"{m:.0f}" for m in ms), flush=True)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--base", default="http://localhost:8080")
    p.add_argument("--plan", type=int)
    p.add_argument("--year", type=int, default=datetime.date.today().year + 1)
    p.add_argument("--repeat", type=int, default=5)
    a = p.parse_args()
    base = a.base

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
    for _ in range(a.repeat):
        html, took = call(base, "GET", f"/lims/planning/plan.xhtml?id={plan_id}", raw=True)
        page.append(took)
        get.append(call(base, "GET", f"/lims/api/plans/{plan_id}")[1])
        totals.append(call(base, "GET", f"/lims/api/plans/{plan_id}/totals")[1])
    show(f"plan page first load ({len(html) // 1024} KB)", page)
    show("GET plan", get)
    show("GET totals", totals)

    if plan["state"] == "DRAFT":
        current = cells["items"][0]
        edit, rounds = [], []
        for i in range(a.repeat):
            t = time.monotonic()
            current, took = call(base, "PUT", f"/lims/api/plans/{plan_id}/cells/{current['id']}",
                                 {"batches": current["batches"] + (1 if i % 2 == 0 else -1),
                                  "version": current["version"]})
            call(base, "GET", f"/lims/api/plans/{plan_id}/totals")
            call(base, "GET", f"/lims/api/plans/{plan_id}")
            rounds.append(time.monotonic() - t)
            edit.append(took)
        show("cell edit (PUT)", edit)
        show("cell edit round (PUT, totals, plan)", rounds)


if __name__ == "__main__":
    main()
