#!/usr/bin/env bash
# The "PostgreSQL's floor" figures of docs/PERFORMANCE.md: how many finished sessions PostgreSQL alone can store per
# second on this machine, with no server and no load generator taking cores from it, when each transaction holds
# B sessions (B = 1 is one session per transaction; larger B is what group commit can reach at best).
#
#   1. starts a throwaway PostgreSQL cluster (as the server bench does: own folder, loopback, fsync on) and seeds
#      10,000 users x 30 days with the app's own schema (Supple.Bench.Server seed);
#   2. runs pgbench (from Debian's postgresql package) with session-batch.sql for each B, and
#      with session-row.sql (one row per session, a lower bound for any design), for DURATION seconds each at 8 clients;
#   3. reads the machine's busy CPU time from /proc/stat around each run.
# Usage: bench/pg-floor/run.sh [--duration S] [--batches "1 8 32 128"] [--out DIR]   (as root; ~3 minutes)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/bench/pg-floor"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
duration=15 batches="1 8 32 128" out="$root/artifacts/bench/pg-floor"
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration="$2"; shift ;;
    --batches) batches="$2"; shift ;;
    --out) out="$2"; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done
mkdir -p "$out"
log() { printf '[pg-floor %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
command -v pgbench >/dev/null || { echo "pgbench not found: apt-get install postgresql" >&2; exit 1; }

pg_bin="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")"
pg_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
pg_dir="$(mktemp -d /tmp/supple-pg-floor.XXXXXX)"
cleanup() {
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap cleanup EXIT
chown postgres:postgres "$pg_dir"
runuser -u postgres -- "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U supple >"$pg_dir/initdb.log" 2>&1
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=512MB -c max_wal_size=4GB" start >/dev/null
"$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U supple -d postgres -qc "CREATE DATABASE supple_bench" >/dev/null
db="Host=127.0.0.1;Port=$pg_port;Username=supple;Database=supple_bench"
log "seeding 10,000 users x 30 days"
dotnet build bench/Supple.Bench.Server -c Release >"$out/build.log" 2>&1 || { tail -30 "$out/build.log"; exit 1; }
dotnet bench/Supple.Bench.Server/bin/Release/net10.0/Supple.Bench.Server.dll seed "$db" --users 10000 --days 30 >"$out/seed.log"

busy() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
ticks=$(getconf CLK_TCK) cores=$(nproc)
table="$out/pg-floor.md"
{
  echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') alone on $cores cores; pgbench -M prepared, 8 clients, ${duration} s per row; started $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "| Script | Sessions per transaction | Transactions/s | Sessions/s | Machine busy | CPU per session |"
  echo "|---|---:|---:|---:|---:|---:|"
} >"$table"
run() { # script, B
  local before after tps
  before=$(busy)
  pgbench -h 127.0.0.1 -p "$pg_port" -U supple -n -M prepared -c 8 -j 2 -T "$duration" -D B="$2" -f "$here/$1" supple_bench >"$out/$1-$2.txt" 2>&1
  after=$(busy)
  tps=$(awk '/^tps/ {print $3}' "$out/$1-$2.txt")
  awk -v s="$1" -v b="$2" -v tps="$tps" -v d="$((after - before))" -v hz="$ticks" -v c="$cores" -v t="$duration" 'BEGIN {
    sps = tps * b; busy = d / hz;
    printf "| `%s` | %d | %\047.0f | %\047.0f | %.0f %% | %.3f ms |\n", s, b, tps, sps, 100 * busy / (c * t), 1000 * busy / (sps * t) }' >>"$table"
  log "$1 B=$2: $(tail -n 1 "$table")"
}
for b in $batches; do run session-batch.sql "$b"; done
run session-row.sql 1
run session-row.sql 128
cat "$table"
