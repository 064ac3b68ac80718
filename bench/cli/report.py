#!/usr/bin/env python3
"""Turns bench/run-cli-bench.sh's hyperfine JSON and max-RSS list into the Markdown table of docs/PERFORMANCE.md.

Usage: report.py HYPERFINE_JSON RSS_TSV SUPPLE_PATH LOAD_BEFORE LOAD_AFTER
Targets (issue #15): each command <= 3x hello world on 10 years (wall time, medians of the same hyperfine run),
10 years <= 1.2x 1 year, peak RSS < 60 MB. CPU time (user + system, mean) is shown beside wall time: on a shared
machine it moves less than wall time, which includes waiting for a core.
"""
import datetime
import json
import sys

results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
rss = dict(line.rstrip("\n").split("\t") for line in open(sys.argv[2]) if line.strip())
supple, load_before, load_after = sys.argv[3], sys.argv[4], sys.argv[5]
hello = results["hello world"]


def wall(name):
    return results[name]["median"] * 1000


def cpu(name):
    return (results[name]["user"] + results[name]["system"]) * 1000


def verdict(ok):
    return "met" if ok else "**missed**"


runs = len(hello["times"])
print(f"`{supple}`; one hyperfine run (-N, {runs} runs each); {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC; "
      f"load average {load_before} before, {load_after} after.")
print()
print("| Command | Wall, 10 years (median) | ÷ hello world (≤ 3) | CPU, 10 years | CPU ÷ hello world | Wall, 1 year | 10 y ÷ 1 y (≤ 1.2) | Peak RSS, 10 y (< 60 MB) |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
print(f"| hello world | {wall('hello world'):.1f} ms | 1.00 | {cpu('hello world'):.0f} ms | 1.00 | | | |")
names = ["supple --version", "stretches", "show seated-twist", "plan",
         "pain 3", "log --stretch chest-opener", "history --days 7", "stats", "export --format json", "start to first step"]
for name in names:
    ten = f"{name}, 10y" if f"{name}, 10y" in results else name
    one = f"{name}, 1y" if f"{name}, 1y" in results else None
    ratio = results[ten]["median"] / hello["median"]
    row = f"| `{name}` | {wall(ten):.1f} ms | {ratio:.2f} ({verdict(ratio <= 3)}) | {cpu(ten):.0f} ms | {cpu(ten) / cpu('hello world'):.2f} |"
    if one:
        growth = results[ten]["median"] / results[one]["median"]
        row += f" {wall(one):.1f} ms | {growth:.2f} ({verdict(growth <= 1.2)}) |"
    else:
        row += " (reads no history) | |"
    kb = rss.get(ten)
    row += f" {int(kb) / 1024:.0f} MB ({verdict(int(kb) < 60 * 1024)}) |" if kb else " |"
    print(row)
print()
print("`supple --version` is start-up alone. `start to first step` runs bench/cli/first-step.sh (bash starts")
print("`supple start --plain`, waits for the first step's line, kills it), so it includes starting bash (1–3 ms).")
print("`export` on 1 year is the target's \"export of one year\"; on 10 years it writes ten times as much.")
print()
