#!/usr/bin/env python3
"""`supple serve` on the embedded default (one person, an SQLite file): how soon it is ready, how much memory it holds
once every page has been served, and how many bytes the first page load transfers.

  1. starts `supple serve --urls http://127.0.0.1:PORT --db FILE` and polls GET /readyz every 5 ms from the moment
     the process is started: "ready" is the first 200;
  2. fetches every page once (Today, Plan, Library, each stretch, History, Assessment, Player, About) and every
     stylesheet, script and picture they name, as a browser opening each page would;
  3. waits IDLE seconds and reads VmRSS and VmHWM from /proc/PID/status;
  4. first page load: GET / and the CSS and JS it names, with "Accept-Encoding: br, gzip" as a browser sends it,
     counting the bytes of each body as sent (compressed when the server compresses);
  5. stops the server (SIGTERM).

Usage: serve_bench.py SUPPLE DB [--idle S] [--runs N] [--json FILE]
Prints one line per run and a Markdown summary (medians when --runs > 1).
"""
import argparse
import http.client
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import time

STRETCHES = ["shoulder-blade-squeeze", "upper-trapezius-stretch", "cat-camel", "thoracic-extension", "childs-pose",
             "chest-opener", "seated-twist"]
PAGES = ["/", "/plan", "/library"] + [f"/library/{s}" for s in STRETCHES] + ["/history", "/assessment", "/player", "/about"]
ASSET = re.compile(r'<(?:link[^>]+href|script[^>]+src|img[^>]+src)="(/[^"]+)"')
CSS_JS = re.compile(r'<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="(/[^"]+)"')


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(port, path, encoding=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Accept-Encoding": encoding} if encoding else {}
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, response.getheader("Content-Encoding") or "identity", body


def status_kb(pid):
    values = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0])
    return values


def cpu_ms(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def one_run(supple, db, idle):
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = dict(os.environ, DOTNET_NOLOGO="1")
    started = time.monotonic()
    server = subprocess.Popen([supple, "serve", "--urls", url, "--db", db], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, env=env)
    try:
        ready = None
        while ready is None:
            if server.poll() is not None:
                raise SystemExit(f"supple serve exited with {server.returncode}: {server.stderr.read().decode()[-2000:]}")
            try:
                if get(port, "/readyz")[0] == 200:
                    ready = time.monotonic() - started
                    ready_cpu = cpu_ms(server.pid)
            except OSError:
                pass
            if ready is None:
                if time.monotonic() - started > 60:
                    raise SystemExit("supple serve was not ready within 60 s")
                time.sleep(0.005)

        seen = set()
        for page in PAGES:
            status, _, body = get(port, page)
            if status != 200:
                raise SystemExit(f"GET {page}: {status}")
            for asset in ASSET.findall(body.decode("utf-8", "replace")):
                if asset not in seen:
                    seen.add(asset)
                    get(port, asset)
        time.sleep(idle)
        memory = status_kb(server.pid)

        status, encoding, html = get(port, "/", "br, gzip")
        load = [("/", encoding, len(html))]
        for asset in CSS_JS.findall(get(port, "/")[2].decode()):
            _, asset_encoding, body = get(port, asset, "br, gzip")
            load.append((asset, asset_encoding, len(body)))
        return {
            "ready_ms": round(ready * 1000, 1),
            "ready_cpu_ms": round(ready_cpu),
            "rss_mb": round(memory["VmRSS"] / 1024, 1),
            "hwm_mb": round(memory["VmHWM"] / 1024, 1),
            "first_load_bytes": sum(size for _, _, size in load),
            "first_load": load,
            "pages": len(PAGES),
            "assets": len(seen),
        }
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("supple")
    parser.add_argument("db")
    parser.add_argument("--idle", type=float, default=5)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json")
    args = parser.parse_args()
    runs = []
    for i in range(args.runs):
        run = one_run(args.supple, args.db, args.idle)
        runs.append(run)
        print(f"run {i + 1}: ready {run['ready_ms']} ms ({run['ready_cpu_ms']} ms of CPU), idle RSS {run['rss_mb']} MB (peak {run['hwm_mb']} MB) after "
              f"{run['pages']} pages and {run['assets']} files, first page load {run['first_load_bytes']:,} bytes "
              f"({', '.join(f'{p} {e} {s:,}' for p, e, s in run['first_load'])})", file=sys.stderr)
    summary = {key: statistics.median(r[key] for r in runs) for key in ("ready_ms", "ready_cpu_ms", "rss_mb", "hwm_mb", "first_load_bytes")}
    summary["runs"] = runs
    if args.json:
        with open(args.json, "w") as f:
            json.dump(summary, f, indent=2)
    print("| `supple serve` (embedded default) | Median of %d | Target | |" % len(runs))
    print("|---|---:|---:|---|")
    print(f"| ready: first 200 from `/readyz` after start | {summary['ready_ms']:.0f} ms | ≤ 1,000 ms | {'met' if summary['ready_ms'] <= 1000 else 'MISSED'} |")
    print(f"| CPU time of the server until then (user + system) | {summary['ready_cpu_ms']:.0f} ms | | |")
    print(f"| idle RSS after serving every page once ({args.idle:g} s idle) | {summary['rss_mb']:.1f} MB | ≤ 120 MB | {'met' if summary['rss_mb'] <= 120 else 'MISSED'} |")
    print(f"| first page load, HTML + CSS + JS as sent (br/gzip accepted) | {summary['first_load_bytes'] / 1024:.1f} KB | ≤ 60 KB | {'met' if summary['first_load_bytes'] <= 60 * 1024 else 'MISSED'} |")


if __name__ == "__main__":
    main()
