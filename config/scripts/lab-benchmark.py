#!/usr/bin/env python3
"""Lab benchmark: imports a 10,000-row result file and approves 1,000 samples, through the API.

Against a running copy with the demo users (embedded H2), e.g.

    LIMS_PORTBASE=60000 ./lims run
    python3 config/scripts/lab-benchmark.py --base http://localhost:60080

It creates celery samples (sampler/sampler2, TEAM-HNFDI-1), assigns them to LAB-ZZAQ (planner),
ships and receives them (labtech), builds a CSV with one row per sample item until it has --rows
rows, checks it (preview) and imports it (commit), then submits, reviews and e-signs (reviewer,
password re-entered) --approve samples, each approval rendering and storing its PDF report. It
prints the time of each phase and the peak memory: the server JVM's peak resident set (VmHWM of the
Payara process of the domain) and this client's.
"""

import argparse
import base64
import datetime
import json
import math
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

CHINA = datetime.timezone(datetime.timedelta(hours=8))
JINSHUI, LAB_ZZAQ, CELERY = 6, 38, 117
PASSWORD = "demo1234"


def call(base, user, method, path, body=None, content_type="application/json", raw=False):
    data = None
    if body is not None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
    req = urllib.request.Request(base + "/lims/api" + path, data=data, method=method)
    token = base64.b64encode(f"{user}:{PASSWORD}".encode()).decode()
    req.add_header("Authorization", "Basic " + token)
    req.add_header("Accept", "application/json")
    if data is not None:
        req.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(req, timeout=3600) as r:
            payload = r.read()
    except urllib.error.HTTPError as e:
        raise SystemExit(f"{method} {path} as {user}: {e.code} {e.read()[:500]!r}")
    return payload if raw else (json.loads(payload) if payload else None)


def ago(minutes):
    return (datetime.datetime.now(CHINA) - datetime.timedelta(minutes=minutes)).replace(
        microsecond=0).isoformat()


def form(n, s1, s2):
    name = f"芹菜-基准-{n}"
    return {
        "level": "MUNICIPAL", "regionId": JINSHUI, "foodName": name, "categoryId": CELERY,
        "quantity": "2.50", "quantityUnit": "千克", "backupQuantity": "1.0",
        "storageCondition": "CHILLED", "partyName": name + " 摊位", "partyKind": "FARMERS_MARKET",
        "partyAddress": "郑州市金水区花园路1号", "partyLicence": "92410105MA0000000X",
        "partyContact": "张三", "partyPhone": "13800000000", "producerName": name + " 基地",
        "producerAddress": "中牟县", "placeAddress": "郑州市金水区花园路1号",
        "sampledAt": ago(120), "sampler1Id": s1, "sampler2Id": s2, "samplersConfirmed": True,
        "partyConfirmed": True, "partySignatory": "张三", "sealNumber": f"B-{time.time_ns()}-{n}",
    }


def received_sample(base, n, s1, s2):
    sid = call(base, "sampler", "POST", "/samples", form(n, s1, s2))["id"]
    call(base, "planner", "POST", f"/samples/{sid}/assignment", {"labId": LAB_ZZAQ, "reason": "基准"})
    call(base, "sampler", "POST", f"/samples/{sid}/shipment",
         {"shippedAt": ago(60), "method": "冷链专车", "temperature": "4"})
    call(base, "labtech", "POST", f"/samples/{sid}/receipt",
         {"receivedAt": ago(5), "condition": "ACCEPTED"})
    return sid


def server_peak_rss_kb(domain):
    """VmHWM of the Payara JVM whose command line names the domain, or None."""
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmd = f.read().decode(errors="replace")
            if f"domains/{domain}/" not in cmd or "java" not in cmd:
                continue
            with open(f"/proc/{pid}/status") as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1])
        except OSError:
            continue
    return None


def server_pid(domain):
    """The pid of the Payara JVM whose command line names the domain, or None."""
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmd = f.read().decode(errors="replace")
        except OSError:
            continue
        if f"domains/{domain}/" in cmd and "java" in cmd:
            return pid
    return None


def cpu_seconds(pid):
    """User + system CPU of a process so far (all its threads: GC and compiler included)."""
    if pid is None:
        return None
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def jdbc(a, *args):
    """Runs ImportBaseline.java (single-file program) with the database's driver."""
    here = os.path.dirname(os.path.abspath(__file__))
    out = subprocess.run(
        ["java", "-cp", a.jdbc_driver, os.path.join(here, "ImportBaseline.java"), a.jdbc_url,
         a.jdbc_user, a.jdbc_password, *map(str, args)],
        check=True, capture_output=True, text=True)
    return out.stdout.strip()


def baseline_audit_max(a):
    with tempfile.NamedTemporaryFile("w", suffix=".txt") as f:
        return int(jdbc(a, "max", f.name).split()[-1])


def baseline(a, audit_before, written, commit_seconds, commit_cpu):
    """The same writes as one plain JDBC batch (rolled back), and the import's ratio to it."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("\n".join(map(str, written)))
        name = f.name
    try:
        line = jdbc(a, audit_before, name, a.baseline_runs)
    finally:
        os.unlink(name)
    words = line.split()
    base = int(words[words.index("median") + 1]) / 1000
    print(f"{'plain JDBC batch of the same writes':<45} {base:8.2f} s  ({line})")
    print(f"{'import commit / plain JDBC batch':<45} {commit_seconds / base:8.1f} x")
    if "commit-median" in words:
        # the import's time includes its transaction's commit; this is the batch with its own
        with_commit = int(words[words.index("commit-median") + 1]) / 1000
        print(f"{'plain JDBC batch + its COMMIT':<45} {with_commit:8.2f} s")
        print(f"{'import commit / plain JDBC batch + COMMIT':<45} {commit_seconds / with_commit:8.1f} x")
    if commit_cpu is not None and "cpu-median" in words:
        base_cpu = int(words[words.index("cpu-median") + 1]) / 1000
        print(f"{'CPU: commit (server) / plain batch (thread)':<45} {commit_cpu:6.2f} / "
              f"{base_cpu:.2f} s = {commit_cpu / base_cpu:.1f} x")
    if commit_cpu is not None and "process-cpu-median" in words:
        base_process = int(words[words.index("process-cpu-median") + 1]) / 1000
        print(f"{'CPU: commit (server) / plain batch (process)':<45} {commit_cpu:6.2f} / "
              f"{base_process:.2f} s = {commit_cpu / base_process:.1f} x")


def phase(name, started):
    took = time.monotonic() - started
    print(f"{name:<45} {took:8.1f} s", flush=True)
    return took


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--base", default="http://localhost:8080")
    p.add_argument("--rows", type=int, default=10_000)
    p.add_argument("--approve", type=int, default=1_000)
    p.add_argument("--threads", type=int, default=8)
    p.add_argument("--domain", help="Payara domain (default from the port: domain1, lims-<base>)")
    p.add_argument("--jdbc-url", help="the copy's database (e.g. jdbc:h2:/path/.lims/data/lims;"
                   "AUTO_SERVER=TRUE) for the plain JDBC baseline of the import commit")
    p.add_argument("--jdbc-driver", help="the driver jar (H2: .lims/server/payara6/h2db/bin/h2.jar)")
    p.add_argument("--jdbc-user", default="lims")
    p.add_argument("--jdbc-password", default="lims")
    p.add_argument("--baseline-runs", type=int, default=5)
    p.add_argument("--reuse", help="file of sample ids: written after creating the samples, read "
                   "instead of creating them when it exists (use with --approve 0 and --variant)")
    p.add_argument("--no-preview", action="store_true",
                   help="commit without a preview first: the commit then checks the whole file itself"
                   " (the path of a commit whose preview is not kept on the server)")
    p.add_argument("--variant", type=int, default=0,
                   help="shifts the values, so that a re-import of reused samples changes them")
    a = p.parse_args()
    port = int(a.base.rsplit(":", 1)[1].split("/")[0]) if a.base.count(":") == 2 else 8080
    domain = a.domain or ("domain1" if port == 8080 else f"lims-{port - 80}")

    if a.reuse and os.path.exists(a.reuse):
        # the samples of an earlier run whose results are still open: the import writes them again
        with open(a.reuse) as f:
            ids = json.load(f)
        items = call(a.base, "labtech", "GET", f"/samples/{ids[0]}/results")["items"]
        print(f"reusing {len(ids)} samples of {a.reuse}")
    else:
        s1 = call(a.base, "sampler", "GET", "/me")["id"]
        s2 = call(a.base, "sampler2", "GET", "/me")["id"]
        first = received_sample(a.base, 0, s1, s2)
        items = call(a.base, "labtech", "GET", f"/samples/{first}/results")["items"]
        per_sample = len(items)
        samples_needed = math.ceil(a.rows / per_sample)
        print(f"{per_sample} items per celery sample: {samples_needed} samples for {a.rows} rows")

        t = time.monotonic()
        with ThreadPoolExecutor(a.threads) as pool:
            ids = [first] + list(pool.map(lambda n: received_sample(a.base, n, s1, s2),
                                          range(1, samples_needed)))
        phase(f"create, assign, ship, receive {len(ids)} samples", t)
        if a.reuse:
            with open(a.reuse, "w") as f:
                json.dump(ids, f)

    numbers, item_ids = {}, {}
    with ThreadPoolExecutor(a.threads) as pool:
        for sid, sheet in pool.map(
                lambda i: (i, call(a.base, "labtech", "GET", f"/samples/{i}/results")), ids):
            numbers[sid] = sheet["sampleNumber"]
            item_ids[sid] = {i["analyte"]: i["id"] for i in sheet["items"]}
    lines = ["样品编号,检验项目,检验结果,单位,检验方法,检验人,检验日期"]
    written = []
    today = datetime.datetime.now(CHINA).date().isoformat()
    for k, sid in enumerate(ids):
        for j, item in enumerate(items):
            if len(lines) > a.rows:
                break
            value = "未检出" if (k + j + a.variant) % 3 else "0.0%d" % (1 + ((k + a.variant) % 4))
            lines.append(f"{numbers[sid]},{item['analyte']},{value},{item['limitUnit']},"
                         f"{item['method'] or ''},基准检验员,{today}")
            written.append(item_ids[sid][item["analyte"]])
    csv = ("\n".join(lines) + "\n").encode("utf-8")
    print(f"result file: {len(lines) - 1} rows, {len(csv) // 1024} KB")

    if not a.no_preview:
        t = time.monotonic()
        preview = call(a.base, "labtech", "POST", "/results/imports?fileName=bench.csv", csv,
                       "text/csv")
        phase("import preview (whole file checked)", t)
        if not preview["clean"]:
            raise SystemExit(f"file not clean: {preview['problems'][:5]}")
    audit_before = baseline_audit_max(a) if a.jdbc_url else None
    pid = server_pid(domain)
    cpu = cpu_seconds(pid)
    t = time.monotonic()
    done = call(a.base, "labtech", "POST", "/results/imports?fileName=bench.csv&commit=true", csv,
                "text/csv")
    checked = "whole file checked again" if a.no_preview else "preview's check kept"
    commit = phase(f"import commit ({done['rows']} rows, {done['samples']} samples; {checked})", t)
    commit_cpu = None if cpu is None else cpu_seconds(pid) - cpu
    if commit_cpu is not None:
        print(f"{'  server CPU during the commit':<45} {commit_cpu:8.2f} s")
    if a.jdbc_url:
        baseline(a, audit_before, written, commit, commit_cpu)

    to_approve = ids[: a.approve]

    def approve(sid):
        call(a.base, "labtech", "POST", f"/samples/{sid}/results/submission")
        call(a.base, "reviewer", "POST", f"/samples/{sid}/results/review")
        return call(a.base, "reviewer", "POST", f"/samples/{sid}/results/approval",
                    {"password": PASSWORD})

    t = time.monotonic()
    with ThreadPoolExecutor(a.threads) as pool:
        reports = list(pool.map(approve, to_approve))
    took = phase(f"submit, review, approve + PDF ({len(reports)} samples)", t)
    print(f"approval throughput: {len(reports) / took:.1f} samples/s")

    server = server_peak_rss_kb(domain)
    client = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak memory: server JVM (VmHWM, domain {domain}) "
          f"{'%.0f MB' % (server / 1024) if server else 'not found'}; client {client / 1024:.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
