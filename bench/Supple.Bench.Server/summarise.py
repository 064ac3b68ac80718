#!/usr/bin/env python3
"""Turns results.jsonl of bench/run-server-bench.sh into the Markdown tables of docs/PERFORMANCE.md."""
import json
import statistics
import sys

rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
run = next(r for r in rows if r["kind"] == "run")
print(f"{run['users']:,} users x {run['days']} days seeded; wrk -t{run['threads']} -c{run['connections']}, "
      f"{run['rounds']} round(s) of {run['duration']} s per request kind; {run['sample']} users signed in; "
      f"started {run['started']}, load average {run['load']}.")
print()
print("| Backend | Round | `/healthz` req/s | POST session req/s | POST ÷ healthz | POST p99 ms | GET stats req/s | GET stats p50 ms | GET stats p99 ms | Errors / non-2xx | Load |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
summary = {}
for backend in dict.fromkeys(r["backend"] for r in rows if r["kind"] == "wrk"):
    wrk = [r for r in rows if r["kind"] == "wrk" and r["backend"] == backend]
    ratios, hz, post, stats_rps, stats_p99, post_p99 = [], [], [], [], [], []
    for rnd in sorted({r["round"] for r in wrk}):
        by = {r["result"].get("mode"): r for r in wrk if r["round"] == rnd}
        h, p, s = (by.get(m, {}).get("result", {}) for m in ("healthz", "post", "stats"))
        if not (h and p and s):
            continue
        errors = sum(x.get(k, 0) for x in (h, p, s) for k in ("connect_errors", "read_errors", "write_errors", "timeouts", "non_2xx"))
        ratio = p["rps"] / h["rps"] if h["rps"] else 0
        ratios.append(ratio); hz.append(h["rps"]); post.append(p["rps"]); post_p99.append(p["p99_ms"])
        stats_rps.append(s["rps"]); stats_p99.append(s["p99_ms"])
        load = statistics.mean(by[m]["load"] for m in by)
        print(f"| {backend} | {rnd} | {h['rps']:,.0f} | {p['rps']:,.0f} | {ratio:.1%} | {p['p99_ms']:.1f} | {s['rps']:,.0f} | {s['p50_ms']:.2f} | {s['p99_ms']:.1f} | {errors} | {load:.0f} |")
    if ratios:
        med = statistics.median
        print(f"| **{backend}, median** | | **{med(hz):,.0f}** | **{med(post):,.0f}** | **{med(ratios):.1%}** | {med(post_p99):.1f} | {med(stats_rps):,.0f} | | **{med(stats_p99):.1f}** | | |")
        summary[backend] = (med(ratios), med(stats_p99))
print()
print("| Backend | Seeding | Database size | Server RSS, max sampled | Server VmHWM (peak RSS) | RSS samples |")
print("|---|---:|---:|---:|---:|---:|")
for r in rows:
    if r["kind"] == "server":
        print(f"| {r['backend']} | {r['seed_seconds']:.0f} s | {r['db_bytes'] / 2**30:.2f} GiB | {r['rss_max_kb'] / 1024:.0f} MB | {r['vmhwm_kb'] / 1024:.0f} MB | {r['rss_samples']} |")
print()
for backend, (ratio, p99) in summary.items():
    hwm = next((r["vmhwm_kb"] / 1024 for r in rows if r["kind"] == "server" and r["backend"] == backend), 0)
    target = " (target ≥ 40 %: " + ("met" if ratio >= 0.4 else "MISSED") + ")" if backend == "postgresql" else ""
    print(f"- {backend}: POST ÷ healthz {ratio:.1%}{target}; GET stats p99 {p99:.1f} ms (target ≤ 10 ms: "
          f"{'met' if p99 <= 10 else 'MISSED'}); peak RSS {hwm:.0f} MB (target ≤ 250 MB: {'met' if hwm <= 250 else 'MISSED'}).")
