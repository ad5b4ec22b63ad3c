#!/usr/bin/env python3
"""Check-in desk throughput: `evplan desk` (release build) on a generated roster, N desks posting scans at once,
each scan sent twice (the second is the resend a desk makes when it missed the answer). Prints scans acknowledged
per second and the latency of one scan for 1, 4 and 16 desks. Each scan is committed with synchronous=FULL before
its answer, so the figures are bounded by the disk's fsync rate.

Usage: bench/desk.py [EVPLAN] [--tickets N]   (make bench-desk)
"""
import argparse
import http.client
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid

parser = argparse.ArgumentParser()
parser.add_argument("evplan", nargs="?", default=".build/release/evplan")
parser.add_argument("--tickets", type=int, default=2400)
args = parser.parse_args()
TOKEN = "bench-desk-token"


def write_plan(folder, tickets):
    os.makedirs(folder)
    with open(os.path.join(folder, "event.md"), "w", encoding="utf-8") as f:
        f.write(f"---\nname: 效能測試年會\nlang: zh-TW\ndates: 2027-10-16\nattendees: {tickets}\n---\n# 效能測試年會\n")
    with open(os.path.join(folder, "T8-kktix-attendees.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write("Id,訂單編號,報名序號,檢查碼,票種,票券付款狀態,QR Code 序號,聯絡人 姓名,聯絡人 Email,聯絡人 手機\r\n")
        for n in range(1, tickets + 1):
            f.write(f"{130000000 + n},{160000000 + n},{n},C{n:03d},一般票,paid,qr{n:08x},參加者{n},p{n}@example.org,09{n:08d}\r\n")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(desks, tickets, port):
    latencies = []
    lock = threading.Lock()
    share = [list(range(1 + d, tickets + 1, desks)) for d in range(desks)]

    def desk(index):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
        mine = []
        for ticket in share[index]:
            scan = json.dumps({"id": str(uuid.uuid4()), "ticket": f"qr{ticket:08x}", "desk": f"D{index}"})
            for _ in range(2):
                started = time.perf_counter()
                connection.request("POST", "/api/scans", scan, headers)
                response = connection.getresponse()
                response.read()
                if response.status != 200:
                    raise SystemExit(f"scan answered {response.status}")
                mine.append(time.perf_counter() - started)
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=desk, args=(d,)) for d in range(desks)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - started, latencies


if not os.access(args.evplan, os.X_OK):
    raise SystemExit(f"{args.evplan} is not built: swift build -c release")
print(f"evplan desk, {args.tickets} tickets, every scan posted twice; release build; {os.cpu_count()} cores")
print(f"{'desks':>5} {'posts':>6} {'seconds':>8} {'posts/s':>8} {'scans/s':>8} {'median ms':>10} {'p99 ms':>8}")
for desks in (1, 4, 16):
    work = tempfile.mkdtemp()
    plan = os.path.join(work, "plan")
    write_plan(plan, args.tickets)
    port = free_port()
    server = subprocess.Popen([args.evplan, "desk", plan, "--port", str(port), "--token", TOKEN],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        elapsed, latencies = run(desks, args.tickets, port)
        latencies.sort()
        posts = len(latencies)
        print(f"{desks:>5} {posts:>6} {elapsed:>8.2f} {posts / elapsed:>8.0f} {posts / 2 / elapsed:>8.0f} "
              f"{statistics.median(latencies) * 1000:>10.1f} {latencies[int(len(latencies) * 0.99)] * 1000:>8.1f}")
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(work)
