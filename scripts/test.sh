#!/usr/bin/env bash
# Runs every test of Supple and ends with the line "N passed, N failed".
#
# What the tests need is set up here, on loopback only, and torn down at the end:
#   - Debian's postgresql (installed when missing): a throwaway cluster in a temp folder on a free port,
#     exported to the tests as SUPPLE_TEST_PG;
#   - Debian's chromium (installed when missing) at /usr/bin/chromium for the Playwright browser tests;
#   - the API contract tools: Redocly CLI (npm, into artifacts/tools) lints the OpenAPI documents, and the Kiota
#     client generator (the local dotnet tool of .config/dotnet-tools.json) builds a client from them.
# Usage: scripts/test.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~Stats]
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Every test server would watch its appsettings files for changes, one inotify instance each: with hundreds of them
# (the browser tests, the `supple serve` processes) a run can reach the kernel's limit (128 per user on Debian) and
# pages answer 500. No test changes a settings file while a server runs, so the watching is switched off.
export DOTNET_hostBuilder__reloadConfigOnChange=false
# The web tests start several hundred apps in one test process, and each still leaves an inotify watcher of its file
# providers behind when it is disposed (measured: 76 after 4 minutes, growing): at 128 the next app's pages answer
# 500. Polling file watchers use no inotify instance.
export DOTNET_USE_POLLING_FILE_WATCHER=1

log() { printf '[test.sh] %s\n' "$*" >&2; }

need_apt=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v espeak-ng >/dev/null 2>&1 || need_apt+=(espeak-ng)
# The native supple-breaks (Native AOT) links with the system C toolchain and zlib.
command -v cc >/dev/null 2>&1 || need_apt+=(gcc)
[ -e /usr/include/zlib.h ] || need_apt+=(zlib1g-dev)
# npm brings the OpenAPI linter (Redocly CLI) below.
command -v npm >/dev/null 2>&1 || need_apt+=(npm)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    log "installing ${need_apt[*]}"
    apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null 2>&1 \
      || log "could not install ${need_apt[*]}; tests that need them will fail"
  else
    log "not root: cannot install ${need_apt[*]}; tests that need them will fail"
  fi
fi

pg_dir=""
pg_bin=""
stop_pg() {
  if [ -n "$pg_dir" ] && [ -n "$pg_bin" ]; then
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
trap stop_pg EXIT

start_pg() {
  pg_bin="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)")"
  [ -x "$pg_bin/initdb" ] || { log "no PostgreSQL found"; pg_bin=""; return 1; }
  local port
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null || echo 55432)"
  pg_dir="$(mktemp -d /tmp/supple-pg.XXXXXX)"
  if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$pg_dir"
    run_pg() { runuser -u postgres -- "$@"; }
  else
    run_pg() { "$@"; }
  fi
  run_pg "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U supple >"$pg_dir/initdb.log" 2>&1 || { log "initdb failed"; cat "$pg_dir/initdb.log" >&2; return 1; }
  run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
    -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null \
    || { log "PostgreSQL did not start"; cat "$pg_dir/server.log" >&2; return 1; }
  export SUPPLE_TEST_PG="Host=127.0.0.1;Port=$port;Username=supple;Database=postgres;Pooling=true"
  export SUPPLE_TEST_PG_DIR="$pg_dir" SUPPLE_TEST_PG_BIN="$pg_bin"
  log "PostgreSQL on 127.0.0.1:$port"
}
start_pg || true

# The OpenAPI linter and client generator the contract tests run (cached: nothing is fetched when present).
redocly_version="2.77.0"
if [ ! -x artifacts/tools/node_modules/.bin/redocly ] || ! grep -q "\"version\": \"$redocly_version\"" artifacts/tools/node_modules/@redocly/cli/package.json 2>/dev/null; then
  log "installing @redocly/cli@$redocly_version into artifacts/tools"
  mkdir -p artifacts/tools
  npm install --prefix artifacts/tools --no-audit --no-fund --silent "@redocly/cli@$redocly_version" >/dev/null 2>&1 \
    || log "could not install @redocly/cli; the OpenAPI lint tests will fail"
fi
dotnet tool restore >/dev/null 2>&1 || log "dotnet tool restore failed; the Kiota client test will fail"

results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

log "building"
if ! dotnet build Supple.slnx -c Release -warnaserror >"$results/build.log" 2>&1; then
  grep -E "error|Error" "$results/build.log" | sort -u | head -50
  echo "0 passed, 1 failed"
  exit 1
fi

log "testing"
dotnet test Supple.slnx -c Release --no-build \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" "$@"
status=$?

passed=0
failed=0
shopt -s nullglob
for trx in "$results"/*.trx; do
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  e="$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")"
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1  # the run failed outside any test (a crashed host, a missing project)
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
