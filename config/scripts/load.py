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
    me        GET /api/me                             supervisor (a plain signed-in call, only with
                                                      --targets: the fixed cost of any API request)

The page number cycles over the first --pages pages so that not every request asks for the same
rows. Nothing is written. The client runs on the same machine as the server and takes CPU from it;
compare figures measured the same way.

--runs N repeats every (clients, target) run N times and prints, after the runs, the median of
each figure. Latency and throughput depend on what else the machine runs; the CPU time the server
spends per request much less so: --server-pid PID (or "auto": the process listening on --base's
port) reads the server JVM's user+system CPU from /proc at the start and end of each measured
window and divides by the requests answered in it; --pg-database NAME adds the CPU of the
PostgreSQL backends connected to that database (their pids from pg_stat_activity through psql; the
client and the database must be on this machine). The load average is printed with each run.
"""

import argparse
import base64
import datetime
import http.client
import os
import statistics
import subprocess
import threading
import time
import urllib.parse

PASSWORD = "demo1234"

TARGETS = {
    "figures": ("supervisor", "/lims/api/stats/figures?year={year}"),
    "samples": ("supervisor", "/lims/api/samples?page={page}&size={size}"),
    "worklist": ("labtech", "/lims/api/worklist?page={page}&size={size}"),
    "cases": ("supervisor", "/lims/api/cases?page={page}&size={size}"),
    "me": ("supervisor", "/lims/api/me"),
}
DEFAULT_TARGETS = "figures,samples,worklist,cases"


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    k = max(0, min(len(sorted_values) - 1, int(round(p / 100 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def worker(host, port, user, paths, stop_at, warm_until, out, errors, finished):
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
        if status == 200:
            finished.append(t + took)
        if t < warm_until:
            continue
        if status != 200:
            errors.append(status)
        else:
            out.append((t, took))
    conn.close()


def listening_pid(port):
    """The pid of the process listening on this TCP port (from /proc/net/tcp*), or None."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table) as f:
                next(f)
                for line in f:
                    cols = line.split()
                    # local address is HEX_IP:HEX_PORT, state 0A is LISTEN
                    if cols[3] == "0A" and int(cols[1].rsplit(":", 1)[1], 16) == port:
                        inodes.add(cols[9])
        except OSError:
            continue
    wanted = {f"socket:[{i}]" for i in inodes}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            for fd in os.listdir(f"/proc/{pid}/fd"):
                if os.readlink(f"/proc/{pid}/fd/{fd}") in wanted:
                    return int(pid)
        except OSError:
            continue
    return None


def cpu_seconds(pid):
    """User + system CPU seconds of a process so far (0 when it is gone)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except OSError:
        return 0.0


def backend_pids(database):
    """The pids of the PostgreSQL backends connected to the database (psql as postgres)."""
    try:
        out = subprocess.run(
            ["psql", "-h", "127.0.0.1", "-U", os.environ.get("PGUSER", "postgres"), "-qAt",
             "-d", "postgres", "-c",
             f"SELECT pid FROM pg_stat_activity WHERE datname = '{database}'"],
            capture_output=True, text=True, timeout=30, check=True).stdout
        return [int(x) for x in out.split()]
    except (OSError, subprocess.SubprocessError, ValueError):
        return []


class CpuMeter:
    """CPU of the server JVM and (optionally) of one database's PostgreSQL backends."""

    def __init__(self, pid, database):
        self.pid, self.database = pid, database

    def snapshot(self):
        server = cpu_seconds(self.pid) if self.pid else None
        db = None
        if self.database:
            db = {p: cpu_seconds(p) for p in backend_pids(self.database)}
        return server, db

    @staticmethod
    def spent(before, after):
        server = None if before[0] is None else after[0] - before[0]
        db = None
        if before[1] is not None:
            # a backend that was not there at the start counts from zero
            db = sum(v - before[1].get(p, 0.0) for p, v in after[1].items())
        return server, db


def run(base, target, clients, duration, warmup, year, size, pages, meter):
    u = urllib.parse.urlparse(base)
    user, template = TARGETS[target]
    paths = [template.format(year=year, page=p, size=size) for p in range(pages)]
    out, errors, finished = [], [], []
    load_before = os.getloadavg()[0]
    start = time.monotonic()
    warm_until = start + warmup
    stop_at = warm_until + duration
    threads = [
        threading.Thread(target=worker,
                         args=(u.hostname, u.port or 80, user, paths, stop_at, warm_until, out,
                               errors, finished),
                         daemon=True)
        for _ in range(clients)
    ]
    for t in threads:
        t.start()
    cpu = None
    if meter:
        time.sleep(max(0.0, warm_until - time.monotonic()))
        first = meter.snapshot()
        time.sleep(max(0.0, stop_at - time.monotonic()))
        cpu = CpuMeter.spent(first, meter.snapshot())
    for t in threads:
        t.join()
    lat = sorted(x[1] * 1000 for x in out)
    # throughput over the measured window: requests started in it and finished
    tput = len(lat) / duration
    # CPU per request: the CPU spent inside the window over the answers completed inside it
    done = sum(1 for x in finished if warm_until <= x < stop_at)
    r = {
        "n": len(lat), "p50": percentile(lat, 50), "p95": percentile(lat, 95),
        "p99": percentile(lat, 99), "max": max(lat) if lat else float("nan"),
        "mean": statistics.fmean(lat) if lat else float("nan"), "tput": tput,
        "errors": len(errors), "load": (load_before, os.getloadavg()[0]),
        "server_ms": None, "db_ms": None,
    }
    if cpu and done:
        r["server_ms"] = None if cpu[0] is None else cpu[0] * 1000 / done
        r["db_ms"] = None if cpu[1] is None else cpu[1] * 1000 / done
    print(line(target, clients, r)
          + (f" ({sorted(set(map(str, errors)))[:3]})" if errors else ""), flush=True)
    return r


def line(target, clients, r, label=""):
    cpu = ""
    if r["server_ms"] is not None:
        cpu += f"  server CPU {r['server_ms']:6.1f} ms/req"
    if r["db_ms"] is not None:
        cpu += f"  db CPU {r['db_ms']:6.1f} ms/req"
    return (f"{label}{target:<9} {clients:>4} clients  n={r['n']:>6}  "
            f"p50 {r['p50']:8.0f} ms  p95 {r['p95']:8.0f} ms  "
            f"p99 {r['p99']:8.0f} ms  max {r['max']:8.0f} ms  "
            f"mean {r['mean']:7.0f} ms  {r['tput']:7.1f} req/s  errors {r['errors']}"
            f"{cpu}  load {r['load'][0]:.1f}->{r['load'][1]:.1f}")


def median_of(runs):
    """Each figure's median over the runs (None when no run measured it)."""
    m = {}
    for key in runs[0]:
        if key == "load":
            m[key] = (min(r[key][0] for r in runs), max(r[key][1] for r in runs))
            continue
        values = [r[key] for r in runs if r[key] is not None]
        m[key] = statistics.median(values) if values else None
    return m


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--base", default="http://localhost:8080")
    p.add_argument("--clients", default="50,200", help="comma-separated numbers of clients")
    p.add_argument("--targets", default=DEFAULT_TARGETS, help="comma-separated, of: "
                   + ", ".join(TARGETS))
    p.add_argument("--duration", type=float, default=20, help="measured seconds per run")
    p.add_argument("--warmup", type=float, default=5, help="seconds not measured per run")
    p.add_argument("--year", type=int, default=datetime.date.today().year)
    p.add_argument("--size", type=int, default=50, help="rows per list page")
    p.add_argument("--pages", type=int, default=5, help="pages cycled through")
    p.add_argument("--runs", type=int, default=1, help="runs per target; medians printed after")
    p.add_argument("--server-pid", help='the server JVM\'s pid, or "auto" (listens on the port)')
    p.add_argument("--pg-database", help="also count the CPU of this database's backends")
    a = p.parse_args()
    meter = None
    if a.server_pid or a.pg_database:
        pid = None
        if a.server_pid == "auto":
            pid = listening_pid(urllib.parse.urlparse(a.base).port or 80)
            if pid is None:
                print("no process found listening on the port: server CPU not measured")
        elif a.server_pid:
            pid = int(a.server_pid)
        meter = CpuMeter(pid, a.pg_database)
    print(f"{a.base}: {a.duration:.0f} s per run after {a.warmup:.0f} s warm-up, lists of "
          f"{a.size} rows over {a.pages} pages, {a.runs} run(s) each"
          + (f", server pid {meter.pid}" if meter and meter.pid else ""), flush=True)
    medians = []
    for clients in (int(c) for c in a.clients.split(",")):
        for target in (t.strip() for t in a.targets.split(",")):
            runs = [run(a.base, target, clients, a.duration, a.warmup, a.year, a.size, a.pages,
                        meter) for _ in range(a.runs)]
            if a.runs > 1:
                medians.append((target, clients, median_of(runs)))
    if medians:
        print(f"medians of {a.runs} runs:")
        for target, clients, m in medians:
            print(line(target, clients, m, "  "), flush=True)


if __name__ == "__main__":
    main()
