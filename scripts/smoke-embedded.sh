#!/usr/bin/env bash
# Starts the app the way the README says (`npm start`, no DATABASE_URL) on a throwaway data folder,
# waits for /api/health = 200, stops it with SIGTERM and checks nothing is left running. Twice:
# the first start initialises and seeds, the second reuses the data. Prints both start times.
set -euo pipefail
cd "$(dirname "$0")/.."
export PORT="${SMOKE_PORT:-3210}" EMBEDDED_PG_PORT="${SMOKE_PG_PORT:-54350}" EMBEDDED_PG_DATA=.data/smoke-postgres
# Its own build folder, so the first start really builds, as on a fresh clone.
export NEXT_DIST_DIR=.next-smoke
unset DATABASE_URL
log=$(mktemp)
tsconfig_before=$(cat tsconfig.json)

# Our PostgreSQL (by its data folder) and anything still in the session `setsid npm start` opened.
# Matched by session, not by name or working folder: the CI runner that called us also runs in
# this checkout, and its command line may well mention "next" or "npm".
leftovers() {
  local session=$1
  pgrep -af "postgres -D $PWD/$EMBEDDED_PG_DATA" || true
  # A zombie (state Z) has already exited; it only waits for a container init that may never reap it.
  ps -o pid=,stat=,args= -s "$session" | awk '$2 !~ /^Z/' || true
}

start_and_stop() {
  local label=$1 limit=$2 t0=$SECONDS
  setsid npm start >"$log" 2>&1 &
  local pid=$!
  until curl -fsS "http://127.0.0.1:$PORT/api/health" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "npm start exited early:"; cat "$log"; exit 1; fi
    if (( SECONDS - t0 > limit )); then echo "no healthy app after ${limit}s:"; cat "$log"; kill -TERM "$pid"; exit 1; fi
    sleep 1
  done
  echo "smoke: $label start healthy in $((SECONDS - t0)) s (limit ${limit} s)"
  # The embedded PostgreSQL takes only its generated passwords, never the old postgres/postgres.
  node -e '
    const pg = require("pg");
    const c = new pg.Client({ host: "127.0.0.1", port: +process.env.EMBEDDED_PG_PORT, user: "postgres", password: "postgres", database: "postgres" });
    c.connect().then(() => { console.log("smoke: postgres/postgres was accepted"); process.exit(1); },
      (e) => process.exit(e.code === "28P01" ? 0 : (console.log("smoke: unexpected", e.message), 1)));
  ' || { kill -TERM "$pid"; exit 1; }
  kill -TERM "$pid"
  wait "$pid" || true
  sleep 1
  local left
  left=$(leftovers "$pid")
  if [ -n "$left" ]; then echo "smoke: processes left after SIGTERM:"; echo "$left"; exit 1; fi
  echo "smoke: after SIGTERM no app or PostgreSQL process is left"
}

rm -rf "$EMBEDDED_PG_DATA" "$NEXT_DIST_DIR"
start_and_stop "first" 180
grep -q "adding the demo squad" "$log" || { echo "smoke: the first start did not seed"; cat "$log"; exit 1; }
grep -q "Building the app" "$log" || { echo "smoke: the first start did not build"; exit 1; }
demo_line=$(grep -m1 "^Demo sign-in: coach@stepdown.test / " "$log") \
  || { echo "smoke: the first start printed no demo sign-in"; cat "$log"; exit 1; }
if grep -q "step-down-demo" "$log"; then echo "smoke: the old published demo password is back"; exit 1; fi
[ "$(stat -c %a "$EMBEDDED_PG_DATA/stepdown-credentials.json")" = 600 ] \
  || { echo "smoke: the PostgreSQL password file is not mode 600"; exit 1; }
start_and_stop "later" 15
if grep -q "adding the demo squad" "$log"; then echo "smoke: a later start seeded again"; exit 1; fi
grep -qxF "$demo_line" "$log" || { echo "smoke: a later start did not print the same demo sign-in"; exit 1; }
echo "smoke: both starts printed the generated demo sign-in; postgres/postgres was refused"
npm run --silent db:status | grep -q "Database schema is up to date" \
  || { echo "smoke: prisma migrate status does not report the schema up to date"; exit 1; }
echo "smoke: prisma migrate status reports the database up to date"
# npm start builds into its own folder here; the committed tsconfig.json must survive that.
[ "$(cat tsconfig.json)" = "$tsconfig_before" ] || { echo "smoke: the build changed tsconfig.json"; exit 1; }
rm -rf "$log" "$EMBEDDED_PG_DATA" "$NEXT_DIST_DIR"
