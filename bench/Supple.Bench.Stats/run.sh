#!/usr/bin/env bash
# The `supple stats` benchmark of docs/PERFORMANCE.md ("History and statistics").
#  1. publishes `supple` for linux-x64 with ReadyToRun, and a plain "hello world" console app for comparison;
#  2. generates 1 year and 10 years of daily history (SQLite, summary rows maintained as in normal use);
#  3. times, in one hyperfine run: hello world, `supple --version` (start-up only), `supple stats` on 1 and 10 years;
#  4. times the statistics query alone (in-process, cold and warm) and the peak memory of `supple stats`.
# Usage: bench/Supple.Bench.Stats/run.sh [output folder, default artifacts/bench/stats]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$root/artifacts/bench/stats}"
mkdir -p "$out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== publishing supple (ReadyToRun) and hello world"
dotnet publish "$root/src/Supple.Cli" -c Release -r linux-x64 --self-contained false -o "$out/supple" >"$out/publish.log" 2>&1
"$root/bench/hello/publish.sh" "$out/hello" "$out/publish.log"

echo "== generating 1 and 10 years of history"
dotnet build "$root/bench/Supple.Bench.Stats" -c Release >>"$out/publish.log" 2>&1
bench="$root/bench/Supple.Bench.Stats/bin/Release/net10.0/Supple.Bench.Stats.dll"
dotnet "$bench" generate 365 "$out/one-year.db"
dotnet "$bench" generate 3650 "$out/ten-years.db"

supple="$out/supple/supple"
echo "== wall time (hyperfine, one run, output discarded: stats prints plain text)"
hyperfine -N --warmup 5 --runs 40 --export-json "$out/hyperfine.json" --export-markdown "$out/hyperfine.md" \
  -n "hello world" "$out/hello/hello" \
  -n "supple --version (start-up)" "$supple --version" \
  -n "supple stats, 1 year" "env SUPPLE_DB=$out/one-year.db $supple stats" \
  -n "supple stats, 10 years" "env SUPPLE_DB=$out/ten-years.db $supple stats" \
  -n "supple stats --json, 10 years" "env SUPPLE_DB=$out/ten-years.db $supple stats --json"
python3 - "$out/hyperfine.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
def m(name): return r[name]["median"] * 1000
h, one, ten = m("hello world"), m("supple stats, 1 year"), m("supple stats, 10 years")
print(f"medians: hello {h:.1f} ms, stats 1y {one:.1f} ms, stats 10y {ten:.1f} ms, start-up (--version) {m('supple --version (start-up)'):.1f} ms")
print(f"stats 10y / hello = {ten / h:.2f} (target <= 3), stats 10y / stats 1y = {ten / one:.2f} (target <= 1.2)")
PY

echo "== the query alone (in-process; first call includes opening SQLite and first use of the code)"
dotnet "$bench" query "$out/one-year.db" 500
dotnet "$bench" query "$out/ten-years.db" 500

echo "== peak memory of supple stats (10 years)"
/usr/bin/time -f "max RSS %M KB" env SUPPLE_DB="$out/ten-years.db" "$supple" stats >/dev/null
