#!/usr/bin/env bash
# The one test command: installs what is missing (as root on Debian/Ubuntu), starts a throwaway PostgreSQL,
# runs unit tests, integration tests on SQLite and on PostgreSQL, and browser tests; prints "N passed, N failed".
# Every prerequisite is required: a missing one fails the run, it never skips tests.
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
results=$(mktemp -d)
pg_root=""
pg_bin=""

say() { printf '\n== %s\n' "$*"; }
die() { printf 'test.sh: %s\n' "$*" >&2; exit 1; }

install_prerequisites() {
  local missing=()
  [ -x "${MOTCUA_CHROMIUM:-/usr/bin/chromium}" ] || missing+=(chromium)
  [ -f /usr/share/fonts/truetype/noto/NotoSans-Regular.ttf ] || missing+=(fonts-noto-core)
  command -v pdftoppm >/dev/null || missing+=(poppler-utils)
  ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || missing+=(postgresql)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    say "installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
      || die "apt-get install ${missing[*]} failed"
  else
    die "missing prerequisites: ${missing[*]}. Install them (Debian/Ubuntu: sudo apt-get install ${missing[*]}) or run this script as root."
  fi
}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

start_postgres() {
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  local port=55432
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  pg_root=$(mktemp -d)
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$pg_root"
  as_postgres "$pg_bin/initdb -D $pg_root/data -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync" >"$pg_root/initdb.log" 2>&1 \
    || { cat "$pg_root/initdb.log"; die "initdb failed"; }
  as_postgres "$pg_bin/pg_ctl -D $pg_root/data -l $pg_root/log -w -o '-c listen_addresses=127.0.0.1 -p $port -k $pg_root -c fsync=off -c max_connections=300' start" >/dev/null \
    || { cat "$pg_root/log"; die "PostgreSQL did not start"; }
  export MOTCUA_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  say "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
}

stop_postgres() {
  if [ -n "$pg_root" ] && [ -d "$pg_root/data" ]; then
    as_postgres "$pg_bin/pg_ctl -D $pg_root/data -m fast -w stop" >/dev/null 2>&1
    rm -rf "$pg_root"
  fi
  rm -rf "$results"
}
trap stop_postgres EXIT

run_tests() { # name project [env...]
  local name=$1 project=$2; shift 2
  say "$name"
  env "$@" dotnet test "$project" --no-build --nologo 2>&1 | tee "$results/$name.log"
  local code=${PIPESTATUS[0]}
  local summary
  summary=$(grep -E '(Passed|Failed)!  ?- Failed: ' "$results/$name.log" | tail -n 1)
  local passed failed
  passed=$(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<<"$summary")
  failed=$(sed -E 's/.*Failed: *([0-9]+),.*/\1/' <<<"$summary")
  [[ "$passed" =~ ^[0-9]+$ ]] || passed=0
  [[ "$failed" =~ ^[0-9]+$ ]] || failed=0
  if [ "$code" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi # the run itself broke
  if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then failed=1; echo "no test ran in $name"; fi
  total_passed=$((total_passed + passed)); total_failed=$((total_failed + failed))
}

install_prerequisites
say "build"
dotnet build MotCua.slnx --nologo -v quiet -clp:ErrorsOnly || die "build failed"
start_postgres

total_passed=0; total_failed=0
run_tests unit tests/MotCua.UnitTests
run_tests integration-sqlite tests/MotCua.IntegrationTests MOTCUA_TEST_DB=Sqlite
run_tests integration-postgresql tests/MotCua.IntegrationTests MOTCUA_TEST_DB=PostgreSQL
run_tests browser tests/MotCua.BrowserTests

echo
echo "$total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
