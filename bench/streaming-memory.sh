#!/usr/bin/env bash
# Measures peak memory (RSS) of `parley extract` on a 1 GB JSON Lines file and on a directory of
# 100,000 articles, both generated from samples/ into a temporary folder. Prints wall time and peak RSS.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$root/samples/text" "$work" <<'PY'
import glob, json, os, sys
articles = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(sys.argv[1] + "/*.txt"))]
with open(sys.argv[2] + "/big.jsonl", "w", encoding="utf-8") as out:
    i = size = 0
    while size < 1_000_000_000:
        line = json.dumps({"id": f"a{i}", "text": articles[i % len(articles)], "source": "Parley Wire"}) + "\n"
        out.write(line); size += len(line.encode()); i += 1
for i in range(100_000):
    folder = f"{sys.argv[2]}/many/{i // 1000:03d}"
    os.makedirs(folder, exist_ok=True)
    with open(f"{folder}/{i:06d}.txt", "w", encoding="utf-8") as out:
        out.write(articles[i % len(articles)])
PY

"$root/parley" --version >/dev/null
for input in "$work/big.jsonl" "$work/many"; do
  /usr/bin/time -f "%e s wall, %M KB peak RSS" "$root/parley" extract "$input" --format jsonl 2>"$work/time" | wc -l | xargs echo "documents:"
  echo "$(basename "$input"): $(tail -1 "$work/time")"
done
