#!/usr/bin/env python3
"""The story-clustering baseline Khabar is compared with: scikit-learn TF-IDF + agglomerative clustering.

    stories_baseline.py HEADLINES.tsv OUT_PREFIX
    stories_baseline.py LABELS.jsonl OUT_PREFIX --corpus ARTICLES.jsonl

Reads the UCI News Aggregator headlines (id, title, story columns). Stories are numbered in order of first
appearance; even ones are the tuning half, odd ones the scoring half (the halves `khabar eval stories
--half` uses). The cosine distance threshold of average-linkage clustering over TF-IDF vectors of the titles
is chosen on the tuning half by pairwise F1 and then applied, unchanged, to the scoring half.

With --corpus, the labelled items are articles ({"id", "story"} per line in LABELS.jsonl; the halves are by
first appearance in that file) and each is its title and text from ARTICLES.jsonl; words include Devanagari
vowel signs (scikit-learn's default pattern would cut Hindi words at every sign).

Writes OUT_PREFIX-tune.jsonl and OUT_PREFIX-score.jsonl ({"id", "story"} per headline) so that Khabar's
scorer scores the baseline with the same code as Khabar, and prints the baseline's own figures as JSON
(sklearn's pair confusion matrix) as a cross-check.
"""
import csv
import json
import sys

import numpy as np
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.cluster import pair_confusion_matrix
from sklearn.metrics.pairwise import cosine_distances


def read(path, corpus=None):
    if corpus:
        articles = {}
        with open(corpus, encoding="utf-8") as f:
            for line in f:
                a = json.loads(line)
                articles[a["id"]] = (a.get("title") or "") + "\n" + a.get("text", "")
        with open(path, encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
        rows = [{"id": r["id"], "story": r["story"], "title": articles[r["id"]]} for r in rows]
    else:
        with open(path, newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    number = {}
    for row in rows:
        number.setdefault(row["story"], len(number))
    halves = ([], [])
    for row in rows:
        halves[number[row["story"]] % 2].append(row)
    return halves


def distances(rows):
    """Cosine distances between the TF-IDF vectors of the titles (computed once per half)."""
    vectors = TfidfVectorizer(
        sublinear_tf=True, stop_words="english", token_pattern=r"(?u)[\w\u0900-\u0963\u0971-\u097F]{2,}"
    ).fit_transform(r["title"] for r in rows)
    return cosine_distances(vectors)


def cluster(matrix, threshold):
    model = AgglomerativeClustering(
        n_clusters=None, distance_threshold=threshold, metric="precomputed", linkage="average"
    )
    return model.fit_predict(matrix)


def pairwise(gold, predicted):
    (tn, fp), (fn, tp) = pair_confusion_matrix(gold, predicted)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def main():
    headlines, prefix = sys.argv[1], sys.argv[2]
    corpus = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--corpus" else None
    tune, score = read(headlines, corpus)
    gold_tune = [r["story"] for r in tune]
    matrices = {"tune": distances(tune), "score": distances(score)}
    best = None
    for threshold in np.arange(0.30, 1.0, 0.025):
        figures = pairwise(gold_tune, cluster(matrices["tune"], threshold))
        if best is None or figures["f1"] > best[1]["f1"]:
            best = (float(threshold), figures)
    threshold = best[0]
    result = {"threshold": round(threshold, 3), "tune": best[1]}
    for name, rows in (("tune", tune), ("score", score)):
        labels = cluster(matrices[name], threshold)
        if name == "score":
            result["score"] = pairwise([r["story"] for r in rows], labels)
        with open(f"{prefix}-{name}.jsonl", "w", encoding="utf-8") as out:
            for row, label in zip(rows, labels):
                out.write(json.dumps({"id": row["id"], "story": f"b{label}"}) + "\n")
    result["headlines"] = {"tune": len(tune), "score": len(score)}
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
