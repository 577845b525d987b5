#!/usr/bin/env bash
# The event store, end to end: generates ARTICLES (default 2,000) articles from the samples (countries,
# capitals and leaders swapped, each with its own URL, outlet and date), then prints
#   - extract vs ingest throughput (articles/s, wall and CPU, start-up included) and peak RSS,
#   - database size per 1,000 articles,
#   - p50/p95 latency of events --dyad … --since …, search and stats on that database (or on DB if given,
#     e.g. one of 1,000,000 events built with a larger ARTICLES: about 13 events per article).
# Targets (issue 5): ingest >= 80% of extract; query p95 < 50 ms on 1,000,000 events.
# Usage: bench/store-bench.sh [ARTICLES] [DB]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
articles="${1:-2000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bench="$root/bench/Parley.StoreBench/bin/Release/net10.0/Parley.StoreBench.dll"
dotnet build "$root/bench/Parley.StoreBench" -c Release -nologo -v quiet >/dev/null
"$root/parley" --version >/dev/null # build the CLI first, outside the measurement

dotnet "$bench" corpus "$root/samples" "$work/corpus.jsonl" "$articles"
measure() { # label, command…
  local label="$1"; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  read -r seconds user system kb <"$work/time"
  python3 -c "import sys; a,s,c,kb=int(sys.argv[1]),float(sys.argv[2]),float(sys.argv[3])+float(sys.argv[4]),int(sys.argv[5]); print(f'{sys.argv[6]:8} {a} articles in {s:.1f} s: {a/s:.0f} articles/s wall, {a/c:.0f} per CPU-second, peak RSS {kb/1024:.0f} MB')" \
    "$articles" "$seconds" "$user" "$system" "$kb" "$label"
}
measure extract "$root/parley" extract "$work/corpus.jsonl" --format jsonl
measure ingest "$root/parley" ingest "$work/corpus.jsonl" --db "$work/bench.db"
python3 -c "import os,sys; print(f'database: {os.path.getsize(sys.argv[1])/1e6/int(sys.argv[2])*1000:.1f} MB per 1,000 articles')" "$work/bench.db" "$articles"
dotnet "$bench" queries "${2:-$work/bench.db}" 50
