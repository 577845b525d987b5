#!/usr/bin/env bash
# Ingest throughput with N concurrent `parley ingest --shard i/N` workers into one PostgreSQL database
# (docs/scaling.md). Usage: bench/ingest-workers.sh CORPUS.jsonl "Host=…;Username=…" [WORKER COUNTS…]
# Each run gets a fresh database parley_bench_N (dropped first); the figure is articles stored / wall time.
# Make a corpus with: dotnet run -c Release --project bench/Parley.StoreBench -- corpus samples CORPUS.jsonl 2000
set -euo pipefail
corpus=$1; server=$2; shift 2
counts=("${@:-1 2 4}")
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/parley" --help >/dev/null   # build once, outside the timings
articles=$(wc -l < "$corpus")
for n in ${counts[@]}; do
  db="parley_bench_$n"
  psql "$(echo "$server" | sed 's/;/ /g; s/Username=/user=/; s/Host=/host=/; s/Port=/port=/')" -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  start=$(date +%s.%N)
  for i in $(seq 1 "$n"); do
    "$root/parley" ingest "$corpus" --db "$server;Database=$db" --shard "$i/$n" > "/tmp/parley-bench-$n-$i.log" 2>&1 &
  done
  wait
  end=$(date +%s.%N)
  stored=$("$root/parley" stats --db "$server;Database=$db" | head -1 | awk '{print $1}' | tr -d ,)
  python3 -c "import sys; n, a, s, t = sys.argv[1:]; t = float(t); print(f'{n} workers: {s} of {a} articles stored in {t:.1f} s = {int(s)/t:.1f} articles/s')" "$n" "$articles" "$stored" "$(echo "$end - $start" | bc)"
done
