#!/usr/bin/env python3
"""Order sensitivity of corpus entities: ingest the same articles in their own order, shuffled five times, and
in two halves one after the other; compare what `khabar entities` lists.

Usage: python3 Benchmarks/entity_order.py .build/release/khabar ../shared/data/hindi-news-2020/articles.jsonl [--lending none]

For each run it prints the total mentions and, against the run in the corpus's own order, the share of
mentions whose entity (by display name and type) got the same count, and the entities whose id differs.
"""
import json
import os
import random
import subprocess
import sys
import tempfile


def ingest(binary, paths, db, extra):
    for path in paths:
        subprocess.run([binary, 'ingest', path, '--db', db] + extra, check=True, capture_output=True)
    out = subprocess.run([binary, 'entities', '--db', db, '--limit', '1000000', '--json'] + extra,
                         check=True, capture_output=True, text=True).stdout
    return {(e['name'], e['type']): (e['mentionCount'], e['id']) for e in json.loads(out)}


def main():
    binary, corpus, extra = sys.argv[1], sys.argv[2], sys.argv[3:]
    lines = [line for line in open(corpus, encoding='utf-8').read().splitlines() if line.strip()]
    work = tempfile.mkdtemp(prefix='khabar-order-')
    runs = []
    for label, seed in [('own order', None)] + [(f'shuffle {k}', k) for k in range(1, 6)] + [('two halves', 'halves')]:
        order = list(lines)
        if isinstance(seed, int):
            random.Random(seed).shuffle(order)
        parts = [order] if seed != 'halves' else [order[:len(order) // 2], order[len(order) // 2:]]
        paths = []
        for n, part in enumerate(parts):
            path = os.path.join(work, f'{label.replace(" ", "-")}-{n}.jsonl')
            with open(path, 'w', encoding='utf-8') as f:
                f.write('\n'.join(part) + '\n')
            paths.append(path)
        runs.append((label, ingest(binary, paths, os.path.join(work, f'{label.replace(" ", "-")}.sqlite'), extra)))
    base = runs[0][1]
    total = sum(count for count, _ in base.values())
    print(f'{"run":12} {"mentions":>9} {"same count":>11} {"ids differ":>10}')
    for label, entities in runs:
        mentions = sum(count for count, _ in entities.values())
        same = sum(count for key, (count, _) in base.items() if entities.get(key, (None,))[0] == count)
        ids = sum(1 for key, (_, ident) in base.items() if key in entities and entities[key][1] != ident)
        print(f'{label:12} {mentions:9d} {same / total:11.3f} {ids:10d}')


if __name__ == '__main__':
    main()
