#!/usr/bin/env bash
# End-to-end throughput of event extraction through the CLI, on one core: builds a JSON Lines corpus of
# ARTICLES (default 2,000) articles of about 1,500 words each from the bundled samples, runs
#   taskset -c 0 ./parley extract corpus.jsonl --format jsonl > /dev/null
# and prints articles/s (start-up included) and peak RSS. Targets: >= 200 articles/s, < 300 MB.
# Usage: bench/events-throughput.sh [ARTICLES]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
articles="${1:-2000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Each article strings paragraphs (lines) of the sample texts together (text samples and the texts of the
# JSON Lines samples, shuffled anew for each article) until it has 1,500 to 1,550 words; each has its own
# id and date.
python3 - "$root/samples" "$work/corpus.jsonl" "$articles" <<'PY'
import datetime, glob, json, random, sys
samples, out_path, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
texts = [open(p, encoding="utf-8").read().strip() for p in sorted(glob.glob(samples + "/text/*.txt"))]
for path in sorted(glob.glob(samples + "/jsonl/*.jsonl")):
    with open(path, encoding="utf-8") as f:
        texts += [record["text"].strip() for record in map(json.loads, filter(str.strip, f)) if "text" in record]
words = chars = 0
with open(out_path, "w", encoding="utf-8") as out:
    for i in range(count):
        order = texts[:]
        random.Random(i).shuffle(order)
        paragraphs, length = [], 0
        for paragraph in (p.strip() for text in order for p in text.split("\n") if p.strip()):
            size = len(paragraph.split())
            if length + size > 1550:
                continue # a long paragraph that would overshoot; a later, shorter one fits
            paragraphs.append(paragraph)
            length += size
            if length >= 1500:
                break
        body = "\n\n".join(paragraphs)
        published = datetime.date(2022, 1, 1) + datetime.timedelta(days=i % 1000)
        out.write(json.dumps({"id": f"bench-{i:05d}", "title": paragraphs[0].split("\n", 1)[0], "published": published.isoformat(),
                              "source": "Parley Bench", "text": body}, ensure_ascii=False) + "\n")
        words += length
        chars += len(body)
print(f"corpus: {count} articles of {words / count:.0f} words and {chars / count:.0f} characters on average "
      f"({chars / 1e6:.1f} M characters in all) from {len(texts)} sample texts", file=sys.stderr)
PY

"$root/parley" --version >/dev/null # build the CLI first, outside the measurement
/usr/bin/time -f "%e %M %U %S" -o "$work/time" taskset -c 0 "$root/parley" extract "$work/corpus.jsonl" --format jsonl >/dev/null
read -r seconds kilobytes user system <"$work/time"
python3 - "$articles" "$seconds" "$kilobytes" "$user" "$system" <<'PY'
import sys
articles, seconds, kb, cpu = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]) + float(sys.argv[5])
print(f"{articles} articles in {seconds:.2f} s on one core: {articles / seconds:.0f} articles/s, peak RSS {kb / 1024:.0f} MB "
      f"(CPU time {cpu:.2f} s: {articles / cpu:.0f} articles per CPU-second)")
PY
