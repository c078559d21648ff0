#!/usr/bin/env python3
"""SQL statements per API request, counted by PostgreSQL itself.

    python3 config/scripts/statement-count.py --base http://localhost:32080 \\
        --database lims_it_... --admin-port 32048 --requests 20

Against a running copy on a PostgreSQL database of its own on this machine (the integration-test
server of config/scripts/it-server.sh, or `./lims run` with LIMS_DB_URL). For the time of the count
it sets log_min_duration_statement = 0 on that database only (as the postgres superuser, through
psql; the log's line prefix must name the database, as Debian's '%m [%p] %q%u@%d ' does), has
Payara open the pool's connections again (asadmin flush-connection-pool, so they take
the setting), sends a few warm-up requests per target, then --requests requests one after the
other, and reads PostgreSQL's log: the statements the database's backends executed meanwhile, per
request and by their first words. The setting is reset at the end. The application's timers
(cache generations once a second, the reference cache check every two seconds) run meanwhile and
are counted too: they add about one statement per second of the count, not per request.

Targets are load.py's (figures, samples, worklist, cases).

    python3 config/scripts/statement-count.py ... --run "python3 config/scripts/sample-load.py
        --base http://localhost:32080 --clients 50 --samples 200" --share 'fact'

counts instead what the database executed while the command ran, with the time the statements took
inside the database (lock waits included), and the share of the statements whose text matches
--share (e.g. the statistics facts' writes inside each sample's transaction); --lock-window adds,
for sample creation, how long each transaction held its number's counter row and how much of that
came after the sample's audit line (the facts).
"""

import argparse
import collections
import datetime
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.parse

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from importlib import import_module  # noqa: E402

load = import_module("load")

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ASADMIN = os.path.join(ROOT, ".lims/server/payara6/bin/asadmin")
# Debian's log_line_prefix '%m [%p] %q%u@%d ': time, [pid], user@database
LINE = re.compile(
    r"^(\S+ \S+) \S+ \[(\d+)\] \S*@(\S+) LOG:  duration: ([0-9.]+) ms"
    r"  (?:statement|execute [^:]*): (.*)")
DB, SQL, MS = 3, 5, 4


def psql(sql):
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", os.environ.get("PGUSER", "postgres"),
                    "-qAt", "-d", "postgres", "-c", sql], check=True, capture_output=True)


def flush(admin_port):
    subprocess.run([ASADMIN, "--interactive=false", "--port", str(admin_port),
                    "flush-connection-pool", "LimsPgPool"], check=True, capture_output=True)


def get(base, user, path):
    import base64
    import http.client
    u = urllib.parse.urlparse(base)
    conn = http.client.HTTPConnection(u.hostname, u.port or 80, timeout=120)
    token = base64.b64encode(f"{user}:{load.PASSWORD}".encode()).decode()
    conn.request("GET", path, headers={"Authorization": "Basic " + token,
                                       "Accept": "application/json"})
    r = conn.getresponse()
    r.read()
    conn.close()
    if r.status != 200:
        raise SystemExit(f"{path}: HTTP {r.status}")


def shape(sql):
    """The statement's first words, numbers and parameters left out, to group like statements."""
    s = re.sub(r"\$\d+|\b\d+\b", "?", sql.strip())
    s = re.sub(r"\s+", " ", s)
    return s[:110]


def count_command(a):
    """The statements, and their time inside the database, while the command runs."""
    get(a.base, "admin", "/lims/api/health")
    start = os.path.getsize(a.log)
    began = time.monotonic()
    subprocess.run(a.run, shell=True, check=False)
    took = time.monotonic() - began
    time.sleep(1)
    with open(a.log, encoding="utf-8", errors="replace") as f:
        f.seek(start)
        lines = [m for m in map(LINE.match, f) if m and m.group(DB) == a.database]
    total = sum(float(m.group(MS)) for m in lines)
    by_shape = collections.defaultdict(lambda: [0, 0.0])
    for m in lines:
        entry = by_shape[shape(m.group(SQL))]
        entry[0] += 1
        entry[1] += float(m.group(MS))
    print(f"{len(lines)} statements in {took:.1f} s, {total / 1000:.1f} s inside the database")
    if a.share:
        wanted = re.compile(a.share, re.IGNORECASE)
        mine = [m for m in lines if wanted.search(m.group(SQL))]
        part = sum(float(m.group(MS)) for m in mine)
        print(f"matching /{a.share}/: {len(mine)} statements, {part / 1000:.2f} s"
              f" ({100 * part / total if total else 0:.1f}% of the database time)")
    for s, (n, ms) in sorted(by_shape.items(), key=lambda x: -x[1][1])[:25]:
        print(f"  {n:7d} {ms:10.0f} ms  {s}")
    if a.lock_window:
        lock_window(lines)


def lock_window(lines):
    """
    Sample creation: each transaction holds the row of its number's counter from the statement that
    locks it (SELECT ... FOR UPDATE, or an UPDATE of sample_counter) until it commits, so the
    writers of one prefix pass that stretch one at a time. Per transaction: the time from the
    granted lock to the end of COMMIT, the statements in that stretch, and the part of it after the
    sample's audit line was written (the statistics facts when they ran after the audit line, in the
    same transaction). The same for a collection task's row (locked when a form names a task), and
    the time spent waiting for each lock. Times are the log's (when each statement ended), per
    backend.
    """
    by_pid = collections.defaultdict(list)
    for m in lines:
        when = datetime.datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S.%f").timestamp()
        by_pid[m.group(2)].append((when, float(m.group(MS)) / 1000, m.group(SQL)))

    def locks(sql, table):
        return (f"FROM {table}" in sql and "FOR UPDATE" in sql) or sql.startswith(
            f"UPDATE {table}") or sql.startswith(f"SELECT last_value FROM FINAL TABLE (UPDATE {table}")

    def q(v):
        if len(v) < 2:
            return f"{len(v)} value(s)"
        p = statistics.quantiles(v, n=4)
        return (f"median {statistics.median(v) * 1000:.0f} ms"
                f" (quartiles {p[0] * 1000:.0f}-{p[2] * 1000:.0f})")

    for table in ("sample_counter", "collection_task"):
        windows, facts, waits, counts = [], [], [], []
        for xs in by_pid.values():
            i = 0
            while i < len(xs):
                if locks(xs[i][2], table):
                    granted, audit_end, last = xs[i][0], None, xs[i][0]
                    waits.append(xs[i][1])
                    j = i + 1
                    while j < len(xs) and not xs[j][2].startswith(("COMMIT", "ROLLBACK")):
                        if xs[j][2].startswith("INSERT INTO audit_record"):
                            audit_end = xs[j][0]
                        last = xs[j][0]
                        j += 1
                    if j < len(xs) and xs[j][2].startswith("COMMIT"):
                        windows.append(xs[j][0] - granted)
                        counts.append(j - i)
                        if audit_end is not None:
                            facts.append((last - audit_end, windows[-1]))
                    i = j
                i += 1
        if len(windows) < 2:
            print(f"{table}: no locking transactions found")
            continue
        print(f"{table}: {len(windows)} transactions held the row {q(windows)},"
              f" {statistics.median(counts):.0f} statements from the lock to COMMIT (median);"
              f" waiting for the lock {q(waits)}, {sum(waits):.1f} s in all")
        if facts:
            shares = [f / w for f, w in facts if w > 0]
            print(f"  of the held stretch after the audit line (the facts, when they come after"
                  f" it): {q([f for f, _ in facts])}, median share {statistics.median(shares):.0%}")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--base", default="http://localhost:8080")
    p.add_argument("--database", required=True)
    p.add_argument("--admin-port", type=int, required=True, help="the Payara domain's admin port")
    p.add_argument("--targets", default=load.DEFAULT_TARGETS)
    p.add_argument("--requests", type=int, default=20)
    p.add_argument("--log", default="/var/log/postgresql/postgresql-15-main.log")
    p.add_argument("--year", type=int, default=time.localtime().tm_year)
    p.add_argument("--size", type=int, default=50)
    p.add_argument("--run", help="a command to count instead of the targets")
    p.add_argument("--share", help="with --run: a regular expression for the statements to sum")
    p.add_argument("--lock-window", action="store_true",
                   help="with --run: how long sample creations held their number's counter")
    a = p.parse_args()
    psql(f"ALTER DATABASE {a.database} SET log_min_duration_statement = 0")
    try:
        flush(a.admin_port)
        if a.run:
            count_command(a)
            return
        for target in a.targets.split(","):
            user, template = load.TARGETS[target]
            paths = [template.format(year=a.year, page=i % 5, size=a.size)
                     for i in range(a.requests)]
            for path in paths[:3]:
                get(a.base, user, path)
            start = os.path.getsize(a.log)
            began = time.monotonic()
            for path in paths:
                get(a.base, user, path)
            took = time.monotonic() - began
            time.sleep(0.5)
            with open(a.log, encoding="utf-8", errors="replace") as f:
                f.seek(start)
                lines = [m for m in map(LINE.match, f) if m and m.group(DB) == a.database]
            shapes = collections.Counter(shape(m.group(SQL)) for m in lines)
            print(f"{target}: {len(lines)} statements in {a.requests} requests "
                  f"({took:.1f} s): {len(lines) / a.requests:.1f} per request")
            for s, n in shapes.most_common():
                print(f"  {n / a.requests:5.2f}  {s}")
    finally:
        psql(f"ALTER DATABASE {a.database} RESET log_min_duration_statement")
        flush(a.admin_port)


if __name__ == "__main__":
    main()
