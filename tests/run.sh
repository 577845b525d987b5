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

dotnet build Parley.slnx -c Release -nologo -v quiet || { echo "0 passed, 1 failed"; exit 1; }
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
