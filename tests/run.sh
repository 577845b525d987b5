#!/usr/bin/env bash
# Runs Parley's whole test suite and ends with one line "N passed, N failed, N skipped".
# Used by the README and by .ci/run; works from any directory.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

# The browser tests (tests/Parley.Web.Tests/Browser) drive the system's Chromium through Playwright.
if ! command -v chromium >/dev/null 2>&1; then
  echo "tests/run.sh: installing chromium from Debian for the browser tests…" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >&2 || echo "tests/run.sh: could not install chromium; the browser tests will fail" >&2
fi

# The PostgreSQL store tests run against a throwaway cluster on a free loopback port, started here as the
# non-root postgres user (PostgreSQL refuses root) and stopped on exit; PARLEY_TEST_POSTGRES tells the tests.
start_postgres() {
  if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
    echo "tests/run.sh: installing postgresql from Debian for the PostgreSQL store tests…" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2 || { echo "tests/run.sh: could not install postgresql; the PostgreSQL tests will fail" >&2; return; }
  fi
  local bin port pgdata
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  pgdata=$(mktemp -d /tmp/parley-pg.XXXXXX)
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  local as=()
  if [[ $(id -u) -eq 0 ]]; then chown postgres:postgres "$pgdata"; as=(runuser -u postgres --); fi
  chmod 700 "$pgdata"
  "${as[@]}" "$bin/initdb" -D "$pgdata" -U postgres -E UTF8 --locale=C.UTF-8 --auth-local=trust --auth-host=trust >/dev/null \
    && "${as[@]}" "$bin/pg_ctl" -D "$pgdata" -l "$pgdata/server.log" -w -t 30 -o "-c listen_addresses=127.0.0.1 -p $port -k $pgdata -c fsync=off -c max_connections=200" start >/dev/null \
    || { echo "tests/run.sh: PostgreSQL did not start; see $pgdata/server.log" >&2; return; }
  # Expanded now: the function's locals are gone when the trap runs.
  trap "$(printf '%q ' "${as[@]}" "$bin/pg_ctl" -D "$pgdata" -m fast -w stop) >/dev/null; rm -rf $(printf '%q' "$pgdata")" EXIT
  export PARLEY_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "tests/run.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
}
start_postgres

dotnet build Parley.slnx -c Release -nologo -v quiet || { echo "0 passed, 1 failed"; exit 1; }
# The ./parley launcher publishes the CLI ReadyToRun on first use; done here, before the tests, so that the
# launcher test times a launch and not that publish, which took over its 3 minutes beside the other tests
# on a loaded machine.
"$root/parley" --version >/dev/null || { echo "0 passed, 1 failed"; exit 1; }
dotnet test Parley.slnx -c Release --no-build -nologo --logger "trx" --results-directory "$results" 2>&1 | tee "$results/console.log"
status=${PIPESTATUS[0]}

# Sum the counters of every TRX file so that a run that executed no test shows as such.
read -r passed failed skipped < <(python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
p = f = s = 0
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    c = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    p += int(c.get("passed", 0)); f += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0))
    s += int(c.get("notExecuted", 0))
print(p, f, s)
PY
)
if [[ "$status" -eq 0 && "${passed:-0}" -eq 0 ]]; then
  echo "no test ran"; status=1
fi
echo "${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
exit "$status"
