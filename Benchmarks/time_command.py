#!/usr/bin/env python3
"""Times a whole command as a user runs it: wall seconds and peak memory, best of N runs, a new database each.

    time_command.py RUNS DB_TEMPLATE -- COMMAND ...   ({db} in the command is replaced by a fresh path)

Prints one JSON object: every run's wall seconds and peak RSS (MB), the best run, and the command's own
--json summary of that run when it printed one.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

runs = int(sys.argv[1])
command = sys.argv[sys.argv.index("--") + 1:]
results = []
for _ in range(runs):
    folder = tempfile.mkdtemp(prefix="khabar-time-")
    db = os.path.join(folder, "k.sqlite")
    argv = ["/usr/bin/time", "-f", "%M"] + [part.replace("{db}", db) for part in command]
    started = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True)
    wall = time.perf_counter() - started
    peak_kb = int(done.stderr.strip().splitlines()[-1])
    summary = None
    try:
        summary = json.loads(done.stdout)
    except ValueError:
        pass
    results.append({"seconds": wall, "peak_rss_mb": peak_kb / 1024, "status": done.returncode, "summary": summary})
    subprocess.run(["rm", "-rf", folder])
best = min(results, key=lambda r: r["seconds"])
print(json.dumps({"command": command, "runs": [{k: v for k, v in r.items() if k != "summary"} for r in results],
                  "best": best}, indent=2))
