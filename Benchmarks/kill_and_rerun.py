#!/usr/bin/env python3
"""Kills `khabar ingest` at random moments, runs it again each time, and compares the result with a clean run.

    python3 Benchmarks/kill_and_rerun.py KHABAR INPUT.jsonl [--kills 10] [--seed 1]

The killed database is one file: each round starts `khabar ingest` on it, kills it with SIGKILL after a random
delay, and checks `PRAGMA integrity_check`; after the last round one more ingest finishes the input. Then its
documents, copies and passage occurrences must equal a clean run's, every article must be stored once, and every
mention must point at a stored entity.
(Entities themselves may differ: which names a batch learns from depends on where the batches began.) Prints one JSON object; exits 1 when anything differs.
"""
import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time


EXTRA = []


def ingest(khabar, db, source):
    return subprocess.run([khabar, "ingest", "--json", "--db", db, source] + EXTRA, capture_output=True, text=True)


def tables(db):
    with sqlite3.connect(db) as connection:
        def column(sql):
            return [row[0] for row in connection.execute(sql)]
        return {
            "documents": column("SELECT id FROM documents ORDER BY id"),
            "copies": column("SELECT document_id || ' ' || original_id || ' ' || kind FROM duplicates ORDER BY 1"),
            "occurrences": column(
                "SELECT passage_id || ' ' || document_id || ' ' || start || ':' || \"end\" FROM passage_occurrences "
                "ORDER BY 1"),
            "orphan_entity_rows": column(
                "SELECT count(*) FROM entity_documents x LEFT JOIN entities e ON e.id = x.entity_id "
                "WHERE e.id IS NULL"),
            "documents_without_mentions_row": column(
                "SELECT count(*) FROM documents d LEFT JOIN mentions m ON m.document_id = d.id "
                "WHERE m.document_id IS NULL"),
            "integrity": column("PRAGMA integrity_check"),
            # Mentions per entity and article, and quotes per speaker and article.
            "entity_mentions": column(
                "SELECT entity_id || ' ' || document_id || ' ' || mentions FROM entity_documents ORDER BY 1"),
            "quote_speakers": column(
                "SELECT document_id || ' ' || position || ' ' || coalesce(speaker_id, '-') FROM quotes ORDER BY 1"),
        }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("khabar")
    parser.add_argument("input")
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--lending", help="passed to khabar ingest (none, short-forms, all)")
    options = parser.parse_args()
    if options.lending:
        EXTRA.extend(["--lending", options.lending])
    rng = random.Random(options.seed)
    work = tempfile.mkdtemp(prefix="khabar-kill-")
    clean_db, killed_db = os.path.join(work, "clean.sqlite"), os.path.join(work, "killed.sqlite")

    started = time.monotonic()
    clean = ingest(options.khabar, clean_db, options.input)
    clean_seconds = time.monotonic() - started
    if clean.returncode != 0:
        print(clean.stderr, file=sys.stderr)
        sys.exit(1)

    rounds = []
    for _ in range(options.kills):
        delay = rng.uniform(0.3, max(0.5, clean_seconds * 0.6))
        process = subprocess.Popen([options.khabar, "ingest", "--json", "--db", killed_db, options.input] + EXTRA,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        finished = process.poll() is not None
        if not finished:
            process.send_signal(signal.SIGKILL)
        process.wait()
        with sqlite3.connect(killed_db) as connection:
            integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
            stored = connection.execute("SELECT count(*) FROM documents").fetchone()[0]
        rounds.append({"killed_after_s": round(delay, 2), "finished_first": finished, "stored": stored,
                       "integrity": integrity})

    final = ingest(options.khabar, killed_db, options.input)
    a, b = tables(clean_db), tables(killed_db)
    same = {name: a[name] == b[name] for name in ("documents", "copies", "occurrences")}
    checks = {
        "rerun_status": final.returncode,
        "same": same,
        "documents": len(b["documents"]),
        "stored_once": len(b["documents"]) == len(set(b["documents"])),
        "orphan_entity_rows": b["orphan_entity_rows"][0],
        "documents_without_mentions": {"clean": a["documents_without_mentions_row"][0],
                                       "killed": b["documents_without_mentions_row"][0]},
        # Where the killed store's mentions and quote speakers differ from the clean run's (short forms lent
        # from the corpus depend on where batches began).
        "entity_mention_rows_differing": len(set(a["entity_mentions"]) ^ set(b["entity_mentions"])),
        "entity_mention_rows": len(a["entity_mentions"]),
        "quotes_with_other_speaker": len(set(a["quote_speakers"]) - set(b["quote_speakers"])),
        "quotes": len(a["quote_speakers"]),
        "integrity": b["integrity"],
        "integrity_failures_during_kills": sum(r["integrity"] != "ok" for r in rounds),
    }
    ok = (final.returncode == 0 and all(same.values()) and checks["stored_once"]
          and checks["orphan_entity_rows"] == 0
          and checks["integrity"] == ["ok"] and checks["integrity_failures_during_kills"] == 0)
    print(json.dumps({"ok": ok, "clean_seconds": round(clean_seconds, 1), "rounds": rounds, "checks": checks},
                     indent=1))
    subprocess.run(["rm", "-rf", work])
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
