#!/usr/bin/env python3
"""Times `dkg serve` opening hubs of a big store: each API request the explorer page makes when a
node is opened (its card, its expansion on the canvas, its lineage, the card's next page), alone
and all at once as the page asks for them, on the server side (wall time to the first byte and
to the end, the server's own Server-Timing, the server process's CPU time), then the page itself
in headless Chromium (bench/explorer_hub.js: the card, the canvas and the lineage drawn, the
longest gap between frames). Not a test: figures depend on the machine and its load, so the
load average is printed beside them. Run it on a quiet machine to compare with docs/serve.md.

  bench/serve_hub.py [--store DB] [--dkg BIN] [--runs N] [--no-browser] [NODE_ID ...]

Defaults: the 1M-node store of bench/scale.sh (/work/big/scale-1000000.db, read only), build/dkg,
5 runs, nodes #130 (a country of 263,320 edges) and #530236 (a dialogue of 3,137 edges and
3,133 lineage entries). The server never migrates a store: one made by an older dkg is copied and
the copy migrated first (`dkg --db copy.db stats` opens it for writing), then given as --store.
"""
import argparse
import http.client
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TICK = os.sysconf("SC_CLK_TCK")


def load():
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def cpu_seconds(pid):
    """User + system CPU time of a process, in seconds (from /proc)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def peak_rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def get(port, target):
    """One request on a new connection, as curl makes it: (status, first byte s, total s, bytes,
    the server's own answer time in ms from Server-Timing)."""
    t0 = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    conn.request("GET", target)
    res = conn.getresponse()
    first = time.perf_counter() - t0
    body = res.read()
    total = time.perf_counter() - t0
    timing = res.getheader("Server-Timing") or ""
    m = re.search(r"answer;dur=([0-9.]+)", timing)
    conn.close()
    return res.status, first, total, len(body), float(m.group(1)) if m else None, body


def fmt(xs, scale=1000.0):
    xs = [x * scale for x in xs if x is not None]
    if not xs:
        return "-"
    return f"{statistics.median(xs):.0f} ({min(xs):.0f}-{max(xs):.0f})"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", default="/work/big/scale-1000000.db")
    ap.add_argument("--dkg", default=os.path.join(ROOT, "build", "dkg"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("nodes", nargs="*", default=["130", "530236"])
    a = ap.parse_args()

    print(f"dkg serve on {a.store} ({os.path.getsize(a.store) / 2**20:.0f} MB), {os.cpu_count()} cores, "
          f"load average {load()}")
    t0 = time.perf_counter()
    server = subprocess.Popen([a.dkg, "--db", a.store, "serve", "--port", "0"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    line = server.stderr.readline()
    m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if not m:
        server.kill()
        sys.exit("dkg serve did not start: " + line.strip() +
                 ("\n(copy the store and migrate the copy: dkg --db COPY stats; then --store COPY)"
                  if "migration" in line else ""))
    port = int(m.group(1))
    # The server reads its graph index before it answers: ready when /api/style answers.
    get(port, "/api/style")
    print(f"ready after {time.perf_counter() - t0:.2f} s (the graph index loaded), "
          f"CPU {cpu_seconds(server.pid):.2f} s")
    threading.Thread(target=server.stderr.read, daemon=True).start()

    def measure(name, target):
        walls, firsts, answers, cpus, size = [], [], [], [], 0
        for _ in range(a.runs):
            c0 = cpu_seconds(server.pid)
            status, first, total, size, answer, body = get(port, target)
            cpus.append(cpu_seconds(server.pid) - c0)
            if status != 200:
                print(f"  {name}: HTTP {status}: {body[:200]!r}")
                return None
            walls.append(total)
            firsts.append(first)
            answers.append(None if answer is None else answer / 1000)
        print(f"  {name:<34} wall {fmt(walls):>14} ms   first byte {fmt(firsts):>14} ms   "
              f"server answer {fmt(answers):>14} ms   server CPU {fmt(cpus):>12} ms   {size:>7} B")
        return body

    q = urllib.parse.quote
    kinds = {}
    print(f"\nserver side, {a.runs} requests each, one at a time: median (min-max)")
    measure("/api/stats (the page's header)", "/api/stats")
    for node in a.nodes:
        ref = q("#" + node)
        body = measure(f"#{node} card, first 100 edges", f"/api/node?q={ref}&limit=100")
        if body is None:
            continue
        card = json.loads(body)
        kind = kinds[node] = card["node"]["kind"]
        print(f"  (#{node} is a {kind}, {card['node']['name']})")
        measure(f"#{node} expansion, first 100", f"/api/export?around={ref}&depth=1&format=json&limit=101")
        if kind in ("meeting", "dialogue", "agreement"):
            measure(f"#{node} lineage, first 100", f"/api/lineage?q={ref}&limit=100")
        measure(f"#{node} card, next 100 edges", f"/api/node?q={ref}&limit=100&offset=100")

    print("\nserver side, the page's requests for one node all at once (as the page sends them)")
    for node in a.nodes:
        ref = q("#" + node)
        targets = {"card": f"/api/node?q={ref}&limit=100",
                   "expansion": f"/api/export?around={ref}&depth=1&format=json&limit=101"}
        if kinds.get(node) in ("meeting", "dialogue", "agreement"):
            targets["lineage"] = f"/api/lineage?q={ref}&limit=100"  # the page asks it after the card
        for run in range(a.runs):
            results = {}
            c0 = cpu_seconds(server.pid)
            t0 = time.perf_counter()

            def one(name, target):
                results[name] = get(port, target)

            threads = [threading.Thread(target=one, args=item) for item in targets.items()]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.perf_counter() - t0
            cpu = cpu_seconds(server.pid) - c0
            parts = ", ".join(f"{n} {r[2] * 1000:.0f} ms" + ("" if r[0] == 200 else f" (HTTP {r[0]})")
                              for n, r in results.items())
            print(f"  #{node} run {run + 1}: all in {wall * 1000:.0f} ms ({parts}); server CPU {cpu * 1000:.0f} ms; "
                  f"load {load()}")

    if not a.no_browser:
        print(f"\nthe page, in headless Chromium ({a.runs} runs a node)", flush=True)
        subprocess.run(["node", os.path.join(ROOT, "bench", "explorer_hub.js"), f"http://127.0.0.1:{port}/",
                        ",".join(a.nodes), str(a.runs)], check=False)

    print(f"\nserver process: CPU {cpu_seconds(server.pid):.2f} s in all, peak RSS {peak_rss_mb(server.pid):.0f} MB; "
          f"load average {load()}")
    server.terminate()
    server.wait()


if __name__ == "__main__":
    main()
