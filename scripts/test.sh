#!/usr/bin/env bash
# Runs every Studio test on a fresh machine of this kind: installs what is missing (PostgreSQL, ffmpeg,
# Chromium, fontconfig, an SMTP server), starts a private PostgreSQL cluster for the run, runs the suite on SQLite and PostgreSQL,
# then stops the cluster it started.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v ffmpeg >/dev/null 2>&1 || need+=(ffmpeg)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# SkiaSharp's native library (pictures) links against fontconfig.
ldconfig -p | grep -q libfontconfig.so.1 || need+=(libfontconfig1)
# The e-mail tests' SMTP server, in Debian's own Python (another python3 may come first on the PATH).
/usr/bin/python3 -c "import aiosmtpd" >/dev/null 2>&1 || need+=(python3-aiosmtpd)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

# A private cluster in a temporary folder: nothing else on the machine is touched.
pgbin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
pgdir=$(mktemp -d /tmp/studio-pg.XXXXXX)
pgport=${STUDIO_TEST_PG_PORT:-55432}
# PostgreSQL refuses to run as root: as root the cluster belongs to the postgres user, otherwise to the caller.
if [ "$(id -u)" = 0 ]; then
  chown postgres "$pgdir"
  run_pg() { su postgres -s /bin/sh -c "$*"; }
else
  run_pg() { sh -c "$*"; }
fi
cleanup() { run_pg "$pgbin/pg_ctl -D $pgdir/data -m fast stop" >/dev/null 2>&1 || true; rm -rf "$pgdir"; }
trap cleanup EXIT
run_pg "$pgbin/initdb -D $pgdir/data -U postgres -A trust" >/dev/null
run_pg "$pgbin/pg_ctl -D $pgdir/data -o '-p $pgport -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off' -l $pgdir/log -w start" >/dev/null
postgres="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres"

# Migrations for both providers are checked by tests/Unit/Architecture/MigrationsTests.
dotnet build Studio.sln -c Release -nologo -v q
# The browser tests run Studio on its embedded SQLite (a fresh data directory each): once is enough. They run on
# their own, not beside the API tests' ffmpeg encodes: on two cores those starve the browser's server of CPU.
echo "== Browser tests (SQLite)"
STUDIO_TEST_POSTGRES= dotnet test tests/E2E -c Release --no-build -nologo "$@"
echo "== API and domain tests on SQLite"
STUDIO_TEST_POSTGRES= dotnet test tests/Unit -c Release --no-build -nologo "$@"
echo "== API and domain tests on PostgreSQL"
STUDIO_TEST_POSTGRES="$postgres" dotnet test tests/Unit -c Release --no-build -nologo "$@"
