#!/usr/bin/env python3
"""Story summaries as a reader meets them: `khabar analyze --json` of a corpus, then, over the stories of two or
more articles, how much the chosen sentences repeat each other and how much of the story they cover.

Usage: python3 Benchmarks/story_summaries.py .build/release/khabar ../shared/data/hindi-news-2020/articles.jsonl

- redundancy: the highest word-set Jaccard between two sentences of one summary (mean over stories, and the
  highest of all);
- entity coverage: of the entities two or more of the story's articles mention, the share named in the summary;
- date coverage: of the dates (resolved values) two or more of its articles mention, the share in the summary.
Also prints two summaries in full.
"""
import itertools
import json
import subprocess
import sys
from collections import defaultdict


def main():
    binary, corpus = sys.argv[1], sys.argv[2]
    report = json.loads(subprocess.run([binary, "analyze", "--json", corpus], check=True, capture_output=True,
                                       text=True).stdout)
    mentions = defaultdict(lambda: defaultdict(set))  # document -> entity -> mention texts
    for entity in report["entities"]:
        for m in entity["mentions"]:
            mentions[m["document"]][entity["id"]].add(m["text"])
    dates = defaultdict(dict)  # document -> value -> text
    for d in report["dates"]:
        if d.get("value"):
            dates[d["document"]][d["value"]] = d["text"]
    stories = [s for s in report["stories"] if len(s["documents"]) >= 2 and s["summary"]]
    redundancies, entity_cover, date_cover = [], [], []
    for story in stories:
        words = [set(sentence.split()) for sentence in story["summary"]]
        pairs = [len(a & b) / len(a | b) for a, b in itertools.combinations(words, 2)]
        redundancies.append(max(pairs, default=0.0))
        text = " ".join(story["summary"])
        seen = defaultdict(int)
        names = defaultdict(set)
        for doc in set(story["documents"]):
            for entity, texts in mentions[doc].items():
                seen[entity] += 1
                names[entity] |= texts
        shared = [e for e, n in seen.items() if n >= 2]
        if shared:
            entity_cover.append(sum(any(t in text for t in names[e]) for e in shared) / len(shared))
        values = defaultdict(int)
        date_texts = defaultdict(set)
        for doc in set(story["documents"]):
            for value, t in dates[doc].items():
                values[value] += 1
                date_texts[value].add(t)
        shared_dates = [v for v, n in values.items() if n >= 2]
        if shared_dates:
            date_cover.append(sum(any(t in text for t in date_texts[v]) for v in shared_dates) / len(shared_dates))

    def mean(xs):
        return sum(xs) / len(xs) if xs else float("nan")

    print(f"stories of 2+ articles with a summary: {len(stories)}")
    print(f"redundancy (word Jaccard between two chosen sentences): mean of maxima {mean(redundancies):.3f}, "
          f"highest {max(redundancies, default=0):.3f}")
    print(f"entity coverage: {mean(entity_cover):.3f} over {len(entity_cover)} stories; "
          f"date coverage: {mean(date_cover):.3f} over {len(date_cover)} stories")
    for story in sorted(stories, key=lambda s: -len(s["documents"]))[:2]:
        print(f"\n{story['headline']} ({len(story['documents'])} articles)")
        for sentence, doc in zip(story["summary"], story["summaryDocuments"]):
            print(f"  - {sentence}  [{doc}]")


if __name__ == "__main__":
    main()
