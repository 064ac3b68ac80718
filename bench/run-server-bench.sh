#!/usr/bin/env bash
# The "Server under load" benchmark of docs/PERFORMANCE.md.
#
# For each backend (PostgreSQL, then SQLite):
#   1. seeds USERS users x DAYS days of daily history in bulk (Supple.Bench.Server seed: binary COPY / one SQLite
#      transaction), with the Identity rows and the summary rows;
#   2. starts the real `supple serve --multi-user` (Release, ReadyToRun) on 127.0.0.1 and signs SAMPLE users in
#      through the login API (bearer tokens);
#   3. runs wrk against GET /healthz, POST /api/v1/sessions/completed (7 stretch records, one transaction) and
#      GET /api/v1/stats, ROUNDS rounds in turn, each bounded by DURATION seconds and a request count, at CONNECTIONS
#      connections (throughput), and GET stats again for users nobody POSTs for; then GET stats at
#      LATENCY_CONNECTIONS connections (latency below saturation); the server's CPU time per run comes from
#      /proc/PID/stat;
#   4. samples the server's VmRSS from /proc every 0.5 s and reads VmHWM at the end.
# PostgreSQL is a throwaway cluster on a free loopback port, as in scripts/test.sh. Results: $OUT/server-bench.md.
#
# Usage: bench/run-server-bench.sh [--quick] [--users N] [--days N] [--rounds N] [--duration S]
#                                  [--connections N] [--latency-connections N] [--sample N] [--backends "postgresql sqlite"] [--out DIR]
#                                  [--keep DIR] [--supple PATH] [--profile-sql]
#   --quick: 200 users x 30 days, 1 round of 5 s (a smoke run of the whole pipeline, ~2 minutes).
#   --keep DIR: keep the seeded databases (PostgreSQL cluster, SQLite file) in DIR and reuse them on the next run with
#     the same DIR, users and days (seeding 10,000 users takes most of the run). Each run adds the sessions it POSTs.
#   --profile-sql: load pg_stat_statements and write, per backend run, the statements PostgreSQL executed most
#     (calls, rows, time) to $OUT/postgresql-statements.txt (a profile of the round trips; costs a little).
#   --supple PATH: measure this already published `supple` instead of publishing the worktree's (e.g. a baseline
#     build, to compare before and after on the same data in the same hour).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

users=10000 days=365 rounds=3 duration=15 connections=32 latency_connections=2 threads=2 sample=200 max_per_thread=5000000
backends="postgresql sqlite" out="$root/artifacts/bench/server" keep="" supple_bin="" pg_options=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) users=200 days=30 rounds=1 duration=5 sample=20 ;;
    --users) users="$2"; shift ;;
    --days) days="$2"; shift ;;
    --rounds) rounds="$2"; shift ;;
    --duration) duration="$2"; shift ;;
    --connections) connections="$2"; shift ;;
    --latency-connections) latency_connections="$2"; shift ;;
    --sample) sample="$2"; shift ;;
    --backends) backends="$2"; shift ;;
    --out) out="$2"; shift ;;
    --keep) keep="$2"; shift ;;
    --supple) supple_bin="$2"; shift ;;
    --profile-sql) pg_options="-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all" ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done
mkdir -p "$out"
log() { printf '[server-bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

if [ -z "$supple_bin" ]; then
  log "publishing supple (Release, ReadyToRun) and building the bench tool"
  dotnet publish src/Supple.Cli -c Release -r linux-x64 --self-contained false -o "$out/supple" >"$out/build.log" 2>&1 \
    || { tail -30 "$out/build.log"; exit 1; }
  supple="$out/supple/supple"
else
  log "measuring $supple_bin; building the bench tool"
  supple="$(cd "$(dirname "$supple_bin")" && pwd)/$(basename "$supple_bin")"
  : >"$out/build.log"
fi
dotnet build bench/Supple.Bench.Server -c Release >>"$out/build.log" 2>&1 || { tail -30 "$out/build.log"; exit 1; }
tool=(dotnet "$root/bench/Supple.Bench.Server/bin/Release/net10.0/Supple.Bench.Server.dll")
lua="$root/bench/Supple.Bench.Server/wrk/supple.lua"

pg_dir="" pg_bin="" server_pid="" sampler_pid=""
cleanup() {
  [ -n "$sampler_pid" ] && kill "$sampler_pid" 2>/dev/null || true
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  if [ -n "$pg_dir" ]; then
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
    [ -n "$keep" ] || rm -rf "$pg_dir"
  fi
}
trap cleanup EXIT

start_pg() {
  pg_bin="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")"
  pg_port="$(free_port)"
  local fresh=1
  if [ -n "$keep" ]; then
    pg_dir="$keep/postgresql"
    if [ -f "$pg_dir/data/PG_VERSION" ]; then fresh=""; else rm -rf "$pg_dir"; mkdir -p "$pg_dir"; fi
  else
    pg_dir="$(mktemp -d /tmp/supple-bench-pg.XXXXXX)"
  fi
  chown postgres:postgres "$pg_dir"
  [ -z "$fresh" ] || runuser -u postgres -- "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U supple >"$pg_dir/initdb.log" 2>&1
  # Durable settings as shipped (fsync on); more memory than Debian's default for the 10,000-user tables.
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
    -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=512MB -c max_wal_size=4GB $pg_options" start >/dev/null
  [ -z "$fresh" ] || "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U supple -d postgres -qc "CREATE DATABASE supple_bench" >/dev/null
  log "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port"
}

results="$out/results.jsonl"
: >"$results"
note() { printf '%s\n' "$1" >>"$results"; }
note "{\"kind\":\"run\",\"users\":$users,\"days\":$days,\"rounds\":$rounds,\"duration\":$duration,\"connections\":$connections,\"threads\":$threads,\"sample\":$sample,\"started\":\"$(date -u +%FT%TZ)\",\"load\":\"$(cut -d' ' -f1-3 /proc/loadavg)\"}"

for backend in $backends; do
  if [ "$backend" = postgresql ]; then
    [ -n "$pg_dir" ] || start_pg
    db="Host=127.0.0.1;Port=$pg_port;Username=supple;Database=supple_bench;Maximum Pool Size=${SUPPLE_BENCH_PG_POOL:-100}"
  else
    db="${keep:-$out}/bench.db"
  fi

  seeded="${keep:+$keep/$backend.seeded}"
  if [ -n "$seeded" ] && [ "$(cat "$seeded" 2>/dev/null)" = "$users $days" ]; then
    log "$backend: reusing the $users users x $days days seeded in $keep"
    seed_seconds=0
  else
    if [ "$backend" = postgresql ]; then
      # A kept cluster with another seed: start from an empty database.
      "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U supple -d postgres -qc "DROP DATABASE IF EXISTS supple_bench" -c "CREATE DATABASE supple_bench" >/dev/null
    else
      mkdir -p "$(dirname "$db")"
      rm -f "$db" "$db-wal" "$db-shm" "$db-journal"
    fi
    [ -z "$seeded" ] || rm -f "$seeded"
    log "$backend: seeding $users users x $days days"
    seed_start=$(date +%s.%N)
    "${tool[@]}" seed "$db" --users "$users" --days "$days" | tee "$out/$backend-seed.log" >&2
    seed_seconds=$(echo "$(date +%s.%N) - $seed_start" | bc)
    [ -z "$seeded" ] || echo "$users $days" >"$seeded"
  fi
  size=$([ "$backend" = postgresql ] && "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U supple -d supple_bench -Atc "SELECT pg_database_size('supple_bench')" || stat -c %s "$db")

  port="$(free_port)"
  url="http://127.0.0.1:$port"
  # Information from Supple.Data: on shutdown the server logs what group commit did (sessions per transaction).
  env Supple__Accounts__SignInPerAddressPerMinute=100000 'Logging__LogLevel__Supple.Data=Information' \
    "$supple" serve --multi-user --db "$db" --urls "$url" >"$out/$backend-server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 120); do curl -sf "$url/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
  # /readyz checks the schema on first use, which can outlast its 3 s limit on a busy machine: ask again.
  ready=""
  for _ in $(seq 1 30); do curl -sf "$url/readyz" >/dev/null 2>&1 && { ready=1; break; }; sleep 2; done
  [ -n "$ready" ] || { log "server not ready"; cat "$out/$backend-server.log" >&2; exit 1; }
  log "$backend: supple serve (pid $server_pid) at $url; signing in $sample users"
  "${tool[@]}" tokens "$url" "$out/tokens.lua" --users "$users" --sample "$sample" >&2
  # Other users, half-way between those (nobody POSTs sessions for them during the run): their history stays the
  # seeded year, where the POSTed users gain hundreds of sessions "today", all of them in stats' 30-day pain window.
  "${tool[@]}" tokens "$url" "$out/tokens-unwritten.lua" --users "$users" --sample "$sample" --offset "$(( users / sample / 2 ))" >&2

  rss_file="$out/$backend-rss.txt"
  : >"$rss_file"
  ( while kill -0 "$server_pid" 2>/dev/null; do
      awk '/^VmRSS/ {print $2}' "/proc/$server_pid/status" >>"$rss_file" 2>/dev/null || true
      sleep 0.5
    done ) &
  sampler_pid=$!

  # CPU time (user + system, clock ticks) the server process has used so far.
  server_ticks() { awk '{print $14 + $15}' "/proc/$server_pid/stat"; }
  # CPU time of the whole PostgreSQL cluster: the postmaster (with its ended children) plus its live children.
  db_ticks() {
    [ "$backend" = postgresql ] || { echo 0; return; }
    local pm; pm=$(head -1 "$pg_dir/data/postmaster.pid")
    { awk '{print $14 + $15 + $16 + $17}' "/proc/$pm/stat"
      for c in $(cat "/proc/$pm/task/$pm/children" 2>/dev/null); do awk '{print $14 + $15}' "/proc/$c/stat" 2>/dev/null || true; done
    } | awk '{ s += $1 } END { print s + 0 }' || true
  }
  run_wrk() { # mode seconds label [connections] [tokens file]
    local before after db_before db_after
    before=$(server_ticks)
    db_before=$(db_ticks)
    SUPPLE_BENCH_MODE="$1" SUPPLE_BENCH_TOKENS="${5:-$out/tokens.lua}" SUPPLE_BENCH_MAX="$max_per_thread" \
      timeout $(( $2 + 30 )) wrk -t"$threads" -c"${4:-$connections}" -d"${2}s" --timeout 5s -s "$lua" "$url" >"$out/$backend-$3.txt" 2>&1 || true
    after=$(server_ticks)
    db_after=$(db_ticks)
    local r
    r=$(grep '^RESULT ' "$out/$backend-$3.txt" | sed 's/^RESULT //' || true)
    [ -n "$r" ] || r='{"failed":true}'
    printf '%s,"server_cpu_s":%s,"db_cpu_s":%s}' "${r%\}}" \
      "$(awk -v a="$after" -v b="$before" -v t="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", (a - b) / t }')" \
      "$(awk -v a="$db_after" -v b="$db_before" -v t="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", (a - b) / t }')"
  }
  if [ "$backend" = postgresql ] && [ -n "$pg_options" ]; then
    "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U supple -d supple_bench -qc "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" -c "SELECT pg_stat_statements_reset()" >/dev/null
  fi
  log "$backend: warm-up"
  for mode in healthz post stats; do run_wrk "$mode" 5 "warmup-$mode" >/dev/null; done
  for round in $(seq 1 "$rounds"); do
    for mode in healthz post stats; do
      log "$backend: round $round, $mode (${duration} s, load $(cut -d' ' -f1 /proc/loadavg))"
      r=$(run_wrk "$mode" "$duration" "$round-$mode")
      note "{\"kind\":\"wrk\",\"backend\":\"$backend\",\"round\":$round,\"load\":$(cut -d' ' -f1 /proc/loadavg),\"result\":$r}"
    done
    # GET stats at saturation for users the POST rounds never wrote to (a year of daily history each, as real users
    # have), beside the POSTed ones above, who by now have hundreds of sessions today.
    log "$backend: round $round, stats at $connections connections, users without POSTs"
    r=$(run_wrk stats "$duration" "$round-stats-unwritten" "$connections" "$out/tokens-unwritten.lua")
    note "{\"kind\":\"saturation\",\"users\":\"unwritten\",\"backend\":\"$backend\",\"round\":$round,\"connections\":$connections,\"load\":$(cut -d' ' -f1 /proc/loadavg),\"result\":$r}"
    # Latency of GET stats at a moderate load (wrk keeps $latency_connections requests in flight), not at saturation.
    log "$backend: round $round, stats at $latency_connections connections"
    r=$(run_wrk stats "$duration" "$round-stats-c$latency_connections" "$latency_connections")
    note "{\"kind\":\"latency\",\"backend\":\"$backend\",\"round\":$round,\"connections\":$latency_connections,\"load\":$(cut -d' ' -f1 /proc/loadavg),\"result\":$r}"
    log "$backend: round $round, stats at $latency_connections connections, users without POSTs"
    r=$(run_wrk stats "$duration" "$round-stats-c$latency_connections-unwritten" "$latency_connections" "$out/tokens-unwritten.lua")
    note "{\"kind\":\"latency\",\"users\":\"unwritten\",\"backend\":\"$backend\",\"round\":$round,\"connections\":$latency_connections,\"load\":$(cut -d' ' -f1 /proc/loadavg),\"result\":$r}"
  done

  if [ "$backend" = postgresql ] && [ -n "$pg_options" ]; then
    "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U supple -d supple_bench -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" \
      -c "SELECT calls, rows, round(total_exec_time::numeric, 1) AS total_ms, round(mean_exec_time::numeric, 3) AS mean_ms, left(regexp_replace(query, '\s+', ' ', 'g'), 160) AS query
          FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'supple_bench') ORDER BY calls DESC LIMIT 40" \
      >"$out/postgresql-statements.txt" 2>&1 || true
  fi
  hwm=$(awk '/^VmHWM/ {print $2}' "/proc/$server_pid/status")
  rss_max=$(sort -n "$rss_file" | tail -1)
  kill "$sampler_pid" 2>/dev/null || true; sampler_pid=""
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
  group_commit=$(grep -o 'Group commit: [^"]*' "$out/$backend-server.log" | tail -n 1 || true)
  [ -z "$group_commit" ] || note "{\"kind\":\"groupcommit\",\"backend\":\"$backend\",\"text\":\"$group_commit\"}"
  note "{\"kind\":\"server\",\"backend\":\"$backend\",\"seed_seconds\":$seed_seconds,\"db_bytes\":$size,\"vmhwm_kb\":$hwm,\"rss_max_kb\":${rss_max:-0},\"rss_samples\":$(wc -l <"$rss_file")}"
done

python3 "$root/bench/Supple.Bench.Server/summarise.py" "$results" | tee "$out/server-bench.md"
