#!/usr/bin/env python3
"""Order sensitivity of stories: `khabar analyze --json` of the same articles in their own order and shuffled
five times; compares the stories (as sets of article ids) with the run in the corpus's own order.

Usage: python3 Benchmarks/story_order.py .build/release/khabar ../shared/data/hindi-news-2020/articles.jsonl [--lending none]

For each run it prints the number of stories, the share of article pairs on which it agrees with the first
run (together in both or apart in both, over pairs together in either), and how many stories are identical.
"""
import json
import os
import random
import subprocess
import sys
import tempfile


EXTRA = sys.argv[3:]


def stories(binary, path):
    out = subprocess.run([binary, "analyze", "--json", path] + EXTRA, check=True, capture_output=True, text=True).stdout
    report = json.loads(out)
    external = {d["id"]: d.get("externalID") or d["id"] for d in report["documents"]}
    return [frozenset(external[i] for i in s["documents"]) for s in report["stories"]]


def pairs(groups):
    return {(a, b) for g in groups for a in g for b in g if a < b}


def main():
    binary, corpus = sys.argv[1], sys.argv[2]
    with open(corpus, encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    first = stories(binary, corpus)
    base_pairs, base_sets = pairs(first), set(first)
    print(f"{'run':12} {'stories':>8} {'pairs agree':>12} {'same stories':>13}")
    print(f"{'own order':12} {len(first):8d} {1.0:12.3f} {len(first):13d}")
    rng = random.Random(7)
    for k in range(1, 6):
        shuffled = lines[:]
        rng.shuffle(shuffled)
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
            f.writelines(shuffled)
            path = f.name
        try:
            run = stories(binary, path)
        finally:
            os.unlink(path)
        run_pairs = pairs(run)
        either = base_pairs | run_pairs
        agree = len(base_pairs & run_pairs) / len(either) if either else 1.0
        print(f"{'shuffle ' + str(k):12} {len(run):8d} {agree:12.3f} {len(base_sets & set(run)):13d}")


if __name__ == "__main__":
    main()
