#!/usr/bin/env bash
# Ingest's CPU per thread, which a loaded machine skews far less than wall time: ingests CORPUS into a fresh
# SQLite store under `perf record` and prints wall time, process CPU, and the CPU of the writer thread
# (".NET Long Running", the store's batches), of the main thread ("dotnet": reading, and the pipeline with
# --jobs 1) and of the jobs' threads ("Parley pipeline", or pool threads in builds before 1 Dec 2026: the pipeline with --jobs 2 or more).
# Compare two builds by alternating runs; BIN is a folder holding parley.dll (default: this checkout's CLI);
# JOBS is passed as --jobs (default 1, the one pipeline thread earlier figures were taken with).
# Usage: bench/ingest-threads.sh CORPUS [BIN] [JOBS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$1"
bin="${2:-$root/.parley-build/bin}"
jobs="${3:-1}"
[[ -n "${2:-}" ]] || "$root/parley" --version >/dev/null # build the CLI first, outside the measurement
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
hz=999
/usr/bin/time -f "%e %U %S" -o "$work/time" perf record -q -F "$hz" -o "$work/perf" -- dotnet "$bin/parley.dll" ingest "$corpus" --db "$work/store.db" --jobs "$jobs" >/dev/null 2>"$work/err" \
  || { cat "$work/err" >&2; exit 1; }
read -r wall user system <"$work/time"
# Samples per thread name: at $hz samples per second of CPU.
perf report -i "$work/perf" --sort comm --stdio -g none -n 2>/dev/null | grep '%' >"$work/threads"
python3 - "$work/threads" "$hz" "$wall" "$user" "$system" <<'PY'
import sys
threads = {}
for line in open(sys.argv[1]):
    parts = line.split(None, 2)
    threads[parts[2].strip()] = int(parts[1])
hz, wall, cpu = int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]) + float(sys.argv[5])
writer, main, jobs = threads.get(".NET Long Runni", 0) / hz, threads.get("dotnet", 0) / hz, (threads.get("Parley pipeline", 0) + threads.get(".NET TP Worker", 0)) / hz
pipeline = main + jobs
load = open("/proc/loadavg").read().split()[0]
print(f"wall {wall:.1f} s, CPU {cpu:.1f} s: writer {writer:.1f} s, pipeline {pipeline:.1f} s (main thread {main:.1f}, jobs {jobs:.1f}; "
      f"writer/pipeline {writer / pipeline:.2f}); load {load}")
PY
