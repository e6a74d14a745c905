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


peers = load("peers-text.json")
text = load("khabar-text.json")
ingest = load("khabar-ingest.json")
rows = []
results = {"utc": datetime.now(timezone.utc).isoformat(timespec="seconds"), "machine": platform.machine(),
           "processor": platform.processor(), "figures": {}}

if peers and text:
    indic = peers["parts"]["text"]["figures"]
    peer_mb = indic["indic.pipeline_mb_s"]["value"]
    ours = text["mb_per_s"]
    rows.append(("text chain MB/s (1 core)", ours["pipeline"], "Indic NLP normalize+tokenize+split", peer_mb,
                 ours["pipeline"] / peer_mb))
    rows.append(("normalize MB/s", ours["normalize"], "DevanagariNormalizer", indic["indic.normalize_mb_s"]["value"],
                 ours["normalize"] / indic["indic.normalize_mb_s"]["value"]))
    rows.append(("tokenize MB/s", ours["tokenize"], "trivial_tokenize", indic["indic.trivial_tokenize_mb_s"]["value"],
                 ours["tokenize"] / indic["indic.trivial_tokenize_mb_s"]["value"]))
    rows.append(("sentences MB/s", ours["segment"], "sentence_split", indic["indic.sentence_split_mb_s"]["value"],
                 ours["segment"] / indic["indic.sentence_split_mb_s"]["value"]))
    rows.append(("stem MB/s", ours["stem"], "(Indic NLP has no stemmer)", None, None))
    results["figures"]["text"] = {"khabar": text, "indic": {k: v["value"] for k, v in indic.items()},
                                  "ratio_pipeline": ours["pipeline"] / peer_mb,
                                  "target_mb_s": 100, "meets_target": ours["pipeline"] >= 100}
if ingest:
    rows.append(("ingest articles/s", ingest["articles_per_s"], "(no peer)", None, None))
    rows.append(("ingest peak RSS MB", ingest["peak_rss_mb"], "", None, None))
    results["figures"]["ingest"] = ingest

print(f"{'figure':28} {'khabar':>10}   {'peer':38} {'peer value':>10} {'ratio':>8}")
for name, ours, peer, value, ratio in rows:
    value_text = f"{value:10.2f}" if value is not None else " " * 10
    ratio_text = f"{ratio:7.2f}x" if ratio is not None else ""
    print(f"{name:28} {ours:10.2f}   {peer:38} {value_text} {ratio_text:>8}")
(work / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
