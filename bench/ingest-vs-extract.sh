#!/usr/bin/env bash
# Ingest against extract on the same corpus, as issue 5 measures it: each round runs `extract --format jsonl`,
# `ingest --jobs 1` and `ingest --jobs 2` in turn (each ingest into a fresh store), and prints wall time, CPU
# seconds (user + system), peak RSS and the load average before the round; at the end the medians and ingest's
# speed as a share of extract's (extract's wall time over ingest's). Alternating the three in every round keeps
# them in the same minutes of a shared machine; only the CPU figures are worth much when it is loaded.
# BIN is a folder holding parley.dll (default: this checkout's CLI, built first).
# Usage: bench/ingest-vs-extract.sh CORPUS [ROUNDS] [BIN]
set -euo pipefail
# As ./parley runs it.
export DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x2000000}"
corpus="${1:?usage: bench/ingest-vs-extract.sh CORPUS [ROUNDS] [BIN]}"
rounds="${2:-3}"
if [[ -n "${3:-}" ]]; then
  bin="$3"
else
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  bin="$root/.parley-build/bin"
  "$root/parley" --version >/dev/null # build the CLI first, outside the measurement
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# run NAME COMMAND…: one timed run, appended to $work/NAME as "wall cpu rss".
run() {
  local name="$1"
  shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  read -r wall user system rss <"$work/time"
  local cpu
  cpu="$(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }')"
  echo "$wall $cpu $rss" >>"$work/$name"
  printf '  %-14s wall %6.2f s  CPU %6.2f s  RSS %4d MB\n' "$name" "$wall" "$cpu" "$((rss / 1024))"
}

for ((round = 1; round <= rounds; round++)); do
  echo "round $round, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  run extract dotnet "$bin/parley.dll" extract "$corpus" --format jsonl
  for jobs in 1 2; do
    rm -f "$work"/store.db*
    run "ingest-jobs-$jobs" dotnet "$bin/parley.dll" ingest "$corpus" --db "$work/store.db" --jobs "$jobs"
  done
done

python3 - "$work" <<'PY'
import statistics, sys
work = sys.argv[1]
def rows(name):
    return [tuple(map(float, line.split())) for line in open(f"{work}/{name}")]
extract = statistics.median(r[0] for r in rows("extract"))
print(f"medians over the rounds (extract {extract:.2f} s wall):")
for name in ("extract", "ingest-jobs-1", "ingest-jobs-2"):
    r = rows(name)
    wall = statistics.median(x[0] for x in r)
    cpu = statistics.median(x[1] for x in r)
    rss = max(x[2] for x in r) / 1024
    share = f", {100 * extract / wall:.0f} % of extract's speed" if name != "extract" else ""
    print(f"  {name:14} wall {wall:6.2f} s  CPU {cpu:6.2f} s  peak RSS {rss:4.0f} MB{share}")
PY
