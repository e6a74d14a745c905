#!/usr/bin/env python3
"""How the English reports of the cross-lingual story set fare: does each join its Hindi story?

    story_crosslingual.py GOLD.jsonl PREDICTED.jsonl

GOLD is Evaluation/gold/crosslingual/stories.jsonl (Hindi articles of the March window and 30 English
reports written for the test, ids EN-01..EN-30); PREDICTED is what `khabar eval stories --corpus … --write`
wrote for the same articles. An English report of a labelled story "joins" when its predicted story holds a
Hindi article of that story (and "wrongly joins" when it holds a Hindi article of another story); a
distractor (a story of its own) "stays apart" when its predicted story holds no Hindi article.
"""
import json
import sys


def labels(path):
    with open(path, encoding="utf-8") as f:
        return {d["id"]: d["story"] for d in map(json.loads, filter(str.strip, f))}


def main():
    gold, predicted = labels(sys.argv[1]), labels(sys.argv[2])
    members = {}
    for article, story in predicted.items():
        members.setdefault(story, set()).add(article)
    english = sorted(a for a in gold if a.startswith("EN-"))
    reports = {"joined": [], "missed": [], "wrong": []}
    distractors = {"apart": [], "joined": []}
    for article in english:
        hindi = {a for a in members.get(predicted.get(article), ()) if not a.startswith("EN-")}
        own = {a for a, s in gold.items() if s == gold[article] and not a.startswith("EN-")}
        if own:
            if hindi & own:
                reports["joined"].append(article)
            elif hindi:
                reports["wrong"].append(article)
            else:
                reports["missed"].append(article)
        else:
            distractors["joined" if hindi else "apart"].append(article)
    n = sum(len(v) for v in reports.values())
    m = sum(len(v) for v in distractors.values())
    result = {
        "reports": n, "joined_their_story": len(reports["joined"]) / max(n, 1),
        "distractors": m, "stayed_apart": len(distractors["apart"]) / max(m, 1),
        "detail": {"reports": reports, "distractors": distractors},
    }
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
