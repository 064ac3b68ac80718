#!/usr/bin/env bash
# "supple start, up to its first step on screen", as one command hyperfine can time.
# Runs `supple start --plain` and returns as soon as the first step of the session is printed (the first line after
# the "session:" header), then kills the session (SIGKILL: what is written so far is the session's start, which a
# crash keeps anyway). Exits 1 if supple ends without showing a step.
# Usage: bench/cli/first-step.sh SUPPLE [more start options, e.g. --db FILE]
supple="$1"
shift
coproc SESSION { exec "$supple" start --plain --accept-disclaimer --pain-before 3 --quiet "$@" 2>&1; }
pid=$SESSION_PID
shown=""
while IFS= read -r line <&"${SESSION[0]}"; do
  case "$line" in
    *"] session: "* | *"] keys: "*) ;;
    "["*"] "*) shown="$line"; break ;;
    *) echo "first-step.sh: $line" >&2 ;;
  esac
done
kill -KILL "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
[ -n "$shown" ]
