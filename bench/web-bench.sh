#!/usr/bin/env bash
# A bounded load test of the web server (issue 7), on loopback only: requests/s and p50/p95/p99 latency of
# /api/events, /api/documents/{id}, the document and events pages and /health.
# Without DB, ingests samples/ into a temporary store first (small: every figure is then the cost of the
# server, not of the store); give DB (e.g. one built by bench/store-bench.sh) for a large store.
# Usage: bench/web-bench.sh [DB] [REQUESTS per route, default 2000] [CONCURRENCY, default 8] [SECONDS per route, default 30]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build "$root/bench/Parley.WebBench" -c Release -nologo -v quiet >/dev/null
db="${1:-}"
if [[ -z "$db" ]]; then
  db="$work/samples.db"
  "$root/parley" ingest "$root/samples" --db "$db" >/dev/null
fi
dotnet "$root/bench/Parley.WebBench/bin/Release/net10.0/Parley.WebBench.dll" "$db" "${2:-2000}" "${3:-8}" "${4:-30}"
