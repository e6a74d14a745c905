#!/usr/bin/env python3
"""Prints Khabar's benchmark figures beside the peers' (same data, same run) and writes results.json."""
import json
import platform
import sys
from datetime import datetime, timezone
from pathlib import Path

work = Path(sys.argv[1])


def load(name):
    path = work / name
    return json.loads(path.read_text()) if path.exists() else None


def figures(peers, part):
    return {k: v["value"] for k, v in peers["parts"][part]["figures"].items()} if peers and part in peers["parts"] else {}


def table(title, rows):
    print(f"\n{title}")
    print(f"  {'figure':34} {'khabar':>12}   {'peer':40} {'peer value':>11} {'ratio':>8}")
    for name, ours, peer, value, ratio in rows:
        value_text = f"{value:11.2f}" if isinstance(value, (int, float)) else " " * 11
        ratio_text = f"{ratio:7.2f}x" if ratio is not None else ""
        print(f"  {name:34} {ours:12.2f}   {peer:40} {value_text} {ratio_text:>8}")


results = {"utc": datetime.now(timezone.utc).isoformat(timespec="seconds"), "machine": platform.machine(),
           "figures": {}}

text, ingest, peers_text = load("khabar-text.json"), load("khabar-ingest.json"), load("peers-text.json")
if text and peers_text:
    indic = figures(peers_text, "text")
    ours = text["mb_per_s"]
    rows = [("text chain MB/s (1 core)", ours["pipeline"], "Indic NLP normalize+tokenize+split",
             indic["indic.pipeline_mb_s"], ours["pipeline"] / indic["indic.pipeline_mb_s"])]
    for stage, peer, key in (("normalize", "DevanagariNormalizer", "indic.normalize_mb_s"),
                             ("tokenize", "trivial_tokenize", "indic.trivial_tokenize_mb_s"),
                             ("segment", "sentence_split", "indic.sentence_split_mb_s")):
        rows.append((f"{stage} MB/s", ours[stage], peer, indic[key], ours[stage] / indic[key]))
    rows.append(("stem MB/s", ours["stem"], "(Indic NLP has no stemmer)", None, None))
    table("Text layer, hindi-news-2020 (target: chain >= 100 MB/s per core)", rows)
    results["figures"]["text"] = {"khabar": text, "indic": indic}
news, replay_path = load("khabar-ingest-news.json"), work / "khabar-ingest-replay.jsonl"


def stages(summary):
    s = summary["stages"]
    return (f"read {s['read']:.2f} s, clean+analyze {s['analyze']:.2f} s wall ({s['analyze_work']:.2f} s of work), "
            f"second look {s['second_look']:.2f} s, load for link {s['candidates']:.2f} s, link {s['link']:.2f} s, "
            f"store {s['save']:.2f} s, commit {s.get('commit', 0):.2f} s, waited on link {s['wait']:.2f} s")


if news:
    best = news["best"]
    summary = best["summary"]
    print("\nkhabar ingest of hindi-news-2020 (1,021 articles, every stage, new SQLite database; the whole command's "
          "wall time, best of 5; goal >= 2,000 articles/s)")
    runs = ", ".join(f"{r['seconds']:.2f}" for r in news["runs"])
    print(f"  {summary['articles'] / best['seconds']:.0f} articles/s: {best['seconds']:.2f} s wall "
          f"(all runs {runs}), {summary['cpu_seconds']:.2f} s of CPU, "
          f"peak RSS {best['peak_rss_mb']:.0f} MB")
    print(f"  stages of the best run: {stages(summary)}")
    results["figures"]["ingest_news"] = news
if replay_path.exists():
    lines = [json.loads(line) for line in replay_path.read_text().splitlines() if line.strip()]
    print("\nkhabar ingest of the peers' replay of hindi-news-2020 (~97 near-copies of each article; one run each, "
          "new database; goal >= 2,000 articles/s, time per article flat)")
    print(f"  {'documents':>10} {'seconds':>8} {'articles/s':>10} {'ms/article':>10} {'peak RSS MB':>11} {'copies':>7} "
          f"{'passages':>8} {'occurrences':>11}")
    for line in lines:
        best = line["best"]
        s = best["summary"]
        print(f"  {s['articles']:10d} {best['seconds']:8.1f} {s['articles'] / best['seconds']:10.0f} "
              f"{1000 * best['seconds'] / s['articles']:10.3f} {best['peak_rss_mb']:11.0f} {s['duplicates']:7d} "
              f"{s['passages']:8d} {s['passage_occurrences']:11d}")
    for line in lines:
        print(f"  stages at {line['best']['summary']['articles']}: {stages(line['best']['summary'])}")
    results["figures"]["ingest_replay"] = lines

minhash, peers_dedup = load("khabar-minhash.json"), load("peers-dedup.json")
if minhash and peers_dedup:
    peer = figures(peers_dedup, "minhash")
    ours = minhash["docs_per_s"]
    rows = []
    for name, key, against in (
            ("one-permutation, from raw text", "one-permutation.from_text", "incl_shingling"),
            ("classic 128 hashes, from raw text", "classic.from_text", "incl_shingling"),
            ("one-permutation, from shingles", "one-permutation.from_shingles", "excl_shingling"),
            ("classic 128 hashes, from shingles", "classic.from_shingles", "excl_shingling")):
        for lib in ("datasketch", "rensa"):
            value = peer.get(f"{lib}.docs_per_s_{against}")
            if value:
                rows.append((name, ours[key], f"{lib} docs/s {against.replace('_', ' ')}", value, ours[key] / value))
    table(f"MinHash signatures, 128 slots, word 5-shingles, one core, {minhash['documents']} replay documents "
          "(targets: >= 30x datasketch, >= 1.5x rensa)", rows)
    results["figures"]["minhash"] = {"khabar": minhash, "peers": peer}

evaluation = load("khabar-dedup-eval.json")
if evaluation:
    quality = figures(peers_dedup, "dedup-quality")
    print("\nNear-duplicate pairs on the peers' 5,000-document sample (+ spelling-variant copies), "
          "against exact Jaccard on the same shingles (target: P and R >= 0.98 at 0.8)")
    print(f"  {'threshold':>9} {'LSH':>6} {'gold':>7} {'found':>7} {'precision':>9} {'recall':>7}")
    for point in evaluation["curve"]:
        print(f"  {point['threshold']:9.1f} {point['lsh']:>6} {point['gold']:7d} {point['predicted']:7d} "
              f"{point['precision']:9.4f} {point['recall']:7.4f}")
    print(f"  spelling-variant copies found as exact duplicates: {evaluation['spelling_variants_found_as_exact']}"
          f" of {evaluation['spelling_variants_pure']}")
    if quality:
        print("  peers on their own gold (whitespace shingles of the raw text), threshold 0.8:")
        for name in ("datasketch_lsh", "datasketch_lsh_verified", "rensa_lsh16", "rensa_lsh16_verified"):
            print(f"    {name:28} P {quality[name + '.precision']:.4f}  R {quality[name + '.recall']:.4f}")
    if "against_peers_gold" in evaluation:
        g = evaluation["against_peers_gold"]
        print(f"    {'khabar (cleaned text, keys)':28} P {g['precision']:.4f}  R {g['recall']:.4f}   ({g['note']})")
    results["figures"]["dedup_quality"] = {"khabar": evaluation, "peers": quality}

scale_path = work / "khabar-dedup-scale.jsonl"
if scale_path.exists():
    lines = [json.loads(line) for line in scale_path.read_text().splitlines() if line.strip()]
    print("\nEnd-to-end dedup of the replay (parse, clean, fingerprint on every core, stream into LSH groups)")
    print(f"  {'documents':>10} {'seconds':>8} {'docs/s':>7} {'peak RSS MB':>11} {'LSH index MB':>12} {'groups':>7}")
    for line in lines:
        print(f"  {line['documents']:10d} {line['seconds']:8.1f} {line['docs_per_s']:7.0f} {line['peak_rss_mb']:11.0f} "
              f"{line['lsh_index_mb']:12.0f} {line['groups']:7d}")
    results["figures"]["dedup_scale"] = lines


ner, ner_layers = load("khabar-ner.json"), load("khabar-ner-layers.json")
if ner:
    print("\nNER span F1 on held-out data (goal >= 0.80; published CRF on comparable Hindi data: 0.724)")
    print(f"  {'corpus':28} {'what':10} {'micro':>7} {'macro':>7} {'PER':>7} {'LOC':>7} {'ORG':>7}")
    for what, data in (("tagger", ner), ("layers", ner_layers)):
        for corpus, r in (data or {}).items():
            print(f"  {corpus:28} {what:10} {r['micro']['f1']:7.4f} {r['macro_f1']:7.4f} {r['person']['f1']:7.4f} "
                  f"{r['place']['f1']:7.4f} {r['organization']['f1']:7.4f}")
    results["figures"]["ner"] = {"tagger": ner, "layers": ner_layers}
dates = {split: load(f"khabar-dates-{split}.json") for split in ("dev", "test", "all")}
if any(dates.values()):
    print("\nILTIMEX time expressions (goal >= 0.88 strict F1; published: rules 0.83, best combination 0.88)")
    print(f"  {'split':6} {'docs':>5} {'strict P':>9} {'strict R':>9} {'strict F1':>9} {'relaxed F1':>10}")
    for split, data in dates.items():
        if data and split in data:
            r = data[split]
            print(f"  {split:6} {r['documents']:5d} {r['strict']['precision']:9.4f} {r['strict']['recall']:9.4f} "
                  f"{r['strict']['f1']:9.4f} {r['relaxed']['f1']:10.4f}")
    results["figures"]["dates"] = {k: v[k] for k, v in dates.items() if v and k in v}
names = load("khabar-names.json")
if names:
    print("\nCross-script names, right English name ranked first of 300 (goals: players >= 99%, candidates >= 97%)")
    for group in ("player", "candidate"):
        r = names[group]
        print(f"  {group:10} {r['names']:6d} names  strict {r['accuracy_strict']:.4f}  ties shared {r['accuracy_expected']:.4f}")
    results["figures"]["names"] = {g: {k: v for k, v in names[g].items() if k != "some_misses"} for g in ("player", "candidate")}
analysis = load("khabar-analysis.json")
if analysis:
    rates = analysis["mb_per_s"]
    print(f"\nWhole per-document analysis of hindi-news-2020 on one core (goal >= 5 MB/s): whole {rates['whole']} MB/s; "
          f"cleaning {rates['cleaning']}, text layer {rates['text']}, annotation {rates['annotation']} MB/s (tagger "
          f"{rates['annotation.tagger']}, other layers {rates['annotation.layers']}, coreference "
          f"{rates['annotation.coreference']}, quotes {rates['annotation.quotes']}, dates {rates['annotation.dates']}); "
          f"{analysis['mentions']} mentions, {analysis['quotes']} quotes, {analysis['dates']} dates")
    results["figures"]["analysis"] = analysis

baseline, scored = load("peers-stories.json"), load("stories-baseline-scored.json")
if baseline and scored:
    print(f"\nStories on the UCI headlines' scoring half ({scored['articles']} headlines, {scored['goldStories']} stories; "
          f"goal pairwise F1 >= 0.80)")
    print(f"  TF-IDF + agglomerative (threshold {baseline['threshold']} tuned on the other half): pairwise "
          f"P {scored['pairwise']['precision']:.3f} R {scored['pairwise']['recall']:.3f} F1 {scored['pairwise']['f1']:.3f}; "
          f"B-cubed F1 {scored['bcubed']['f1']:.3f} (scikit-learn's own pairwise F1 {baseline['score']['f1']:.3f})")
    ours = load("khabar-stories.json")
    if ours:
        print(f"  khabar online assignment: pairwise P {ours['pairwise']['precision']:.3f} R {ours['pairwise']['recall']:.3f} "
              f"F1 {ours['pairwise']['f1']:.3f}; B-cubed F1 {ours['bcubed']['f1']:.3f}; ratio of pairwise F1 "
              f"{ours['pairwise']['f1'] / scored['pairwise']['f1']:.2f}x")
    results["figures"]["stories"] = {"baseline": baseline, "baseline_scored": scored, "khabar": ours}
    hindi_base, hindi_ours = load("stories-baseline-hi-scored.json"), load("khabar-stories-hi.json")
    if hindi_base and hindi_ours:
        print(f"\nStories on the scoring half of the labelled hindi-news-2020 articles ({hindi_ours['articles']} articles, "
              f"{hindi_ours['goldStories']} stories; goal pairwise F1 >= 0.85)")
        for name, figures in (("TF-IDF + agglomerative", hindi_base), ("khabar online assignment", hindi_ours)):
            print(f"  {name:26} pairwise P {figures['pairwise']['precision']:.3f} R {figures['pairwise']['recall']:.3f} "
                  f"F1 {figures['pairwise']['f1']:.3f}; B-cubed F1 {figures['bcubed']['f1']:.3f}")
        results["figures"]["stories_hindi"] = {"baseline": hindi_base, "khabar": hindi_ours}
    crossling = load("khabar-stories-crosslingual.json")
    if crossling:
        print(f"  Hindi + English (March window and 30 English reports written for the test, {crossling['articles']} "
              f"articles): pairwise P {crossling['pairwise']['precision']:.3f} R {crossling['pairwise']['recall']:.3f} "
              f"F1 {crossling['pairwise']['f1']:.3f}; B-cubed F1 {crossling['bcubed']['f1']:.3f}")
        joins = load("khabar-crosslingual-joins.json")
        if joins:
            print(f"    English reports that joined their Hindi story {joins['joined_their_story']:.2f} "
                  f"(of {joins['reports']}); English distractors kept apart {joins['stayed_apart']:.2f} "
                  f"(of {joins['distractors']})")
        results["figures"]["stories_crosslingual"] = {"scores": crossling, "joins": joins}
speed_path = work / "khabar-stories-speed.jsonl"
if speed_path.exists():
    rows = [json.loads(line) for line in speed_path.read_text().splitlines() if line.strip()]
    print("\nStory assignment, hindi-news-2020 replayed with dates 100 days later per pass, one thread "
          "(goal >= 5,000 articles/s, flat as articles pile up)")
    for row in rows:
        print(f"  {row['articles']:7d} articles  {row['stories']:6d} stories ({row.get('open_stories', 0)} open)  "
              f"assign {row['assign_per_s']:6.0f}/s (last stretch {row['assign_per_s_last_stretch']:6.0f}/s)  "
              f"peak {row['peak_rss_mb']} MB  saved state {row.get('state_mb', 0):.1f} MB "
              f"({row.get('state_bytes_per_story', 0)} bytes per story)")
    results["figures"]["stories_speed"] = rows

peers_search, ours_search = load("peers-search.json"), load("khabar-search.json")
if peers_search and ours_search:
    search_figures = {k: v["value"] for k, v in peers_search["parts"].get("search", {}).get("figures", {}).items()}
    def peer(name):
        value = search_figures.get(name)
        return value if value is not None else float("nan")
    print(f"\nSearch on the 100,000-document replay, one core, 3-word OR queries, top 10 (goal >= 20,000 q/s and docs/s)")
    print(f"  khabar   index {ours_search['index_docs_per_s']:8.0f} docs/s  queries {ours_search['queries_per_s']:8.0f} q/s  "
          f"index memory {ours_search['index_memory_mb']:.0f} MB")
    for name in ("tantivy_hindi_regex", "tantivy_whitespace", "bm25s", "fts5"):
        print(f"  {name:20} index {peer(name + '.index_docs_per_s'):8} docs/s  queries {peer(name + '.queries_per_s'):8} q/s  "
              f"memory {peer(name + '.index_rss_delta_mb')} MB")
    dpil = ours_search.get("dpil", {})
    print(f"  DPIL known-item MRR@10: khabar {dpil.get('mrr10', float('nan')):.3f} (recall@10 {dpil.get('recall10', float('nan')):.3f}); "
          + ", ".join(f"{n} {peer('dpil.' + n + '.mrr10')}" for n in ("bm25s", "tantivy_hindi_regex", "fts5")) + " (goal >= 0.75)")
    for split in ("dev", "held"):
        names = load(f"khabar-search-names-{split}.json")
        if names:
            print(f"  Latin names → Hindi articles ({split}, {names['entities']} entities): P@10 {names['latin_p10']:.3f} "
                  f"(without entity names {names['latin_p10_without_names']:.3f}; the Devanagari name "
                  f"{names['hindi_p10']:.3f}; goal >= 0.85)")
    results["figures"]["search"] = {"khabar": ours_search}

(work / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
