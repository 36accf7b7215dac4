#!/usr/bin/env bash
# Runs the benchmarks and prints their figures: the with-tasks list on SQLite and PostgreSQL, and the comment
# load run, the time tables and the quotas on PostgreSQL, and the 5,000-shot list in a browser. PostgreSQL is a private cluster in a temporary folder (installed from apt if missing).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
fi

pgbin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
pgdir=$(mktemp -d /tmp/studio-bench-pg.XXXXXX)
pgport=${STUDIO_BENCH_PG_PORT:-55433}
chown postgres "$pgdir"
run_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
cleanup() { run_pg "$pgbin/pg_ctl -D $pgdir/data -m fast stop" >/dev/null 2>&1 || true; rm -rf "$pgdir"; }
trap cleanup EXIT
run_pg "$pgbin/initdb -D $pgdir/data -U postgres -A trust" >/dev/null
# Durable settings (fsync on), unlike the test cluster: the figures are those of a real server.
run_pg "$pgbin/pg_ctl -D $pgdir/data -o '-p $pgport -k $pgdir -c listen_addresses=127.0.0.1 -c max_connections=200' -l $pgdir/log -w start" >/dev/null
postgres="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres"

dotnet build bench/Studio.Bench -c Release -nologo -v q
run() { dotnet run -c Release --no-build --project bench/Studio.Bench -- "$@"; }
echo "== shots/with-tasks on SQLite";      STUDIO_BENCH_POSTGRES= run shots
echo "== shots/with-tasks on PostgreSQL";  STUDIO_BENCH_POSTGRES="$postgres" run shots
echo "== comment load on PostgreSQL";      STUDIO_BENCH_POSTGRES="$postgres" run comments
echo "== time tables on PostgreSQL";      STUDIO_BENCH_POSTGRES="$postgres" run timesheets
echo "== quotas on PostgreSQL";           STUDIO_BENCH_POSTGRES="$postgres" run quotas
echo "== shot list in Chromium (SQLite)";  STUDIO_BENCH_POSTGRES= run ui
# The media run (two 60 s 1080p clips through the pipeline, then the same and Zou's encodes run directly) takes about
# half an hour on two cores: run it on its own with `dotnet run -c Release --project bench/Studio.Bench -- media`.
