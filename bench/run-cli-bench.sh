#!/usr/bin/env bash
# The "Commands a person types" and "supple serve" benchmarks of docs/PERFORMANCE.md, on the build people install.
#
#  1. packs `supple` as the README does (dotnet pack src/Supple.Cli -c Release) and installs it with
#     `dotnet tool install --tool-path` from that package folder: the runtime-specific ReadyToRun package that the
#     .NET tool installer picks for this machine (Supple.linux-x64 here), not a build made for the benchmark;
#  2. publishes a .NET "hello world" (the floor every figure is compared with);
#  3. writes two synthetic histories as `supple export --format json` files — 10 years (3,308 sessions and 3,308 pain
#     entries over 3,650 days) and 1 year (331 and 331 over 365 days) — and seeds a database with each through the
#     installed `supple import`, then accepts the disclaimer there once;
#  4. times, in ONE hyperfine run (-N, no shell; each run on a fresh copy of the seeded databases, copied by --prepare,
#     which is not timed): hello world, `supple --version`, and every everyday command on 10 years and on 1 year;
#  5. reads the peak memory (max RSS, /usr/bin/time) of each command on 10 years;
#  6. runs bench/cli/serve_bench.py: `supple serve` on the 10-year file — time to /readyz, idle RSS after every page,
#     first page load bytes.
# Prints a Markdown report (also $OUT/cli-bench.md); raw hyperfine JSON and logs are beside it.
#
# Usage: bench/run-cli-bench.sh [--out DIR] [--supple PATH] [--runs N] [--warmup N] [--quick] [--no-serve]
#   --supple PATH: measure this `supple` (e.g. an installed baseline) instead of packing and installing the worktree.
#   --quick: 5 runs after 1 warm-up (a smoke run of the pipeline).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

out="$root/artifacts/bench/cli" supple="" runs=30 warmup=3 serve=1
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="$2"; shift ;;
    --supple) supple="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    --warmup) warmup="$2"; shift ;;
    --quick) runs=5 warmup=1 ;;
    --no-serve) serve=0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done
mkdir -p "$out"
out="$(cd "$out" && pwd)"
log() { printf '[cli-bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
command -v hyperfine >/dev/null || { echo "hyperfine is needed (apt-get install hyperfine)" >&2; exit 1; }

if [ -z "$supple" ]; then
  log "packing supple as the README does, and installing it from the package folder"
  rm -rf "$out/packages" "$out/tools" "$out/nuget"
  dotnet pack src/Supple.Cli -c Release -o "$out/packages" --artifacts-path "$out/build" >"$out/pack.log" 2>&1 \
    || { tail -30 "$out/pack.log"; exit 1; }
  # A NuGet folder of its own, so a package of the same version cached by an earlier pack is not installed instead.
  NUGET_PACKAGES="$out/nuget" dotnet tool install --tool-path "$out/tools" --source "$out/packages" Supple >>"$out/pack.log" 2>&1 \
    || { tail -30 "$out/pack.log"; exit 1; }
  supple="$out/tools/supple"
fi
installed="$(readlink -f "$supple")"
log "measuring $installed"

log "publishing hello world"
bench/hello/publish.sh "$out/hello" "$out/pack.log"
hello="$out/hello/hello"

log "seeding 10 years and 1 year of history through supple import"
dotnet build bench/Supple.Bench.Stats -c Release >>"$out/pack.log" 2>&1 || { tail -30 "$out/pack.log"; exit 1; }
generator="$root/bench/Supple.Bench.Stats/bin/Release/net10.0/Supple.Bench.Stats.dll"
dotnet "$generator" export 3650 3308 3308 "$out/ten-years.json"
dotnet "$generator" export 365 331 331 "$out/one-year.json"
for years in ten-years one-year; do
  rm -f "$out/$years.db" "$out/$years.db-wal" "$out/$years.db-shm"
  "$supple" import "$out/$years.json" --db "$out/$years.db"
  # The disclaimer is accepted once, as a person would on their first session; that session is left in the history.
  bench/cli/first-step.sh "$supple" --db "$out/$years.db"
  # Everything into the main file, so that copying it alone copies the whole history.
  python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute("PRAGMA wal_checkpoint(TRUNCATE)"); c.close()' "$out/$years.db"
done
ls -l "$out/ten-years.db" "$out/one-year.db" | awk '{print "  " $5 " bytes  " $9}' >&2

# Every timed run starts from the seeded files: the writing commands (pain, log, start) do not pile up rows.
prepare="bash -c 'for y in ten-years one-year; do cp -f $out/\$y.db $out/run-\$y.db; rm -f $out/run-\$y.db-wal $out/run-\$y.db-shm; done'"
ten="$out/run-ten-years.db" one="$out/run-one-year.db"
first_step="$root/bench/cli/first-step.sh"
commands=(
  "hello world" "$hello"
  "supple --version" "$supple --version"
  "stretches" "$supple stretches"
  "show seated-twist" "$supple show seated-twist"
  "plan" "$supple plan"
)
for pair in "10y:$ten" "1y:$one"; do
  label="${pair%%:*}" db="${pair#*:}"
  commands+=(
    "pain 3, $label" "$supple pain 3 --db $db"
    "log --stretch chest-opener, $label" "$supple log --stretch chest-opener --db $db"
    "history --days 7, $label" "$supple history --days 7 --db $db"
    "stats, $label" "$supple stats --db $db"
    "export --format json, $label" "$supple export --format json --db $db"
    "start to first step, $label" "$first_step $supple --db $db"
  )
done
hyperfine_args=()
for ((i = 0; i < ${#commands[@]}; i += 2)); do
  hyperfine_args+=(-n "${commands[i]}" "${commands[i + 1]}")
done

log "timing (hyperfine -N, $warmup warm-ups, $runs runs each; load average $(cut -d' ' -f1-3 /proc/loadavg))"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine -N --warmup "$warmup" --runs "$runs" --prepare "$prepare" --export-json "$out/hyperfine.json" \
  "${hyperfine_args[@]}" >"$out/hyperfine.txt" 2>&1 || { tail -40 "$out/hyperfine.txt"; exit 1; }
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

log "peak memory (max RSS of each command on 10 years)"
: >"$out/rss.tsv"
for ((i = 2; i < ${#commands[@]}; i += 2)); do
  name="${commands[i]}"
  case "$name" in *", 1y") continue ;; esac
  bash -c "$prepare"
  # shellcheck disable=SC2086
  kb="$(/usr/bin/time -f '%M' -o "$out/time.txt" ${commands[i + 1]} >/dev/null 2>&1; tail -1 "$out/time.txt")"
  printf '%s\t%s\n' "$name" "$kb" >>"$out/rss.tsv"
done

python3 bench/cli/report.py "$out/hyperfine.json" "$out/rss.tsv" "$installed" "$load_before" "$load_after" >"$out/cli-bench.md"
if [ "$serve" = 1 ]; then
  log "supple serve on the 10-year file"
  bash -c "$prepare"
  python3 bench/cli/serve_bench.py "$supple" "$ten" --json "$out/serve.json" >>"$out/cli-bench.md"
fi
cat "$out/cli-bench.md"
