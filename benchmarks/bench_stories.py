"""Story grouping at scale: `newsview stories` on 1,000 and more synthetic articles.

    .venv/bin/python benchmarks/bench_stories.py [--articles 1000 2000] [--seed 7]

The articles are bench_analysis's synthetic ones (2-5 reports of each invented event, with shared newsroom
boilerplate), written to a temporary folder. For each size it prints the wall time of the whole command in a
fresh process (start-up, reading the files, grouping, JSON out), the CPU time of the grouping alone in this process
(steadier than wall time on a busy machine), and how well
the stories match the invented events (pairwise F1), so a faster grouping that groups worse shows.
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_analysis import synthetic_events  # noqa: E402


def pair_f1(truth: dict[str, int], found: dict[str, str]) -> float:
    """Pairwise F1 of the found grouping against the true one, over pairs of articles in one true or found group."""
    def pairs(labels: dict) -> set:
        groups = defaultdict(list)
        for item, label in labels.items():
            groups[label].append(item)
        return {frozenset(p) for g in groups.values() for p in itertools.combinations(sorted(g), 2)}
    t, f = pairs(truth), pairs(found)
    hit = len(t & f)
    return 2 * hit / (len(t) + len(f)) if t or f else 1.0


def measure(count: int, seed: int, figure: float) -> dict:
    from newsview.corpus.loader import load_file
    from newsview.corpus.stories import build_stories

    events = synthetic_events(count, seed, figure)
    with tempfile.TemporaryDirectory(prefix="nv-bench-stories-") as folder:
        paths = []
        for i, (_, text) in enumerate(events):
            path = Path(folder) / f"{i:05d}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))
        start = time.perf_counter()
        run = subprocess.run([sys.executable, "-m", "newsview", "stories", "--format", "json", *paths],
                             capture_output=True, text=True)
        if run.returncode:
            raise SystemExit(f"newsview stories failed: {run.stderr.strip()[-300:]}")
        command = time.perf_counter() - start
        articles = [load_file(p)[0] for p in paths]
        start = time.process_time()
        build_stories(articles)
        grouping = time.process_time() - start
    stories = json.loads(run.stdout)["stories"]
    truth = {p: event for p, (event, _) in zip(paths, events)}
    found = {path: s["id"] for s in stories for path in s["articles"]}
    return {"articles": count, "events": len({e for e, _ in events}), "stories": len(stories),
            "pair F1": f"{pair_f1(truth, found):.3f}", "command s": f"{command:.2f}", "grouping CPU s": f"{grouping:.2f}"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, nargs="+", default=[1000, 2000])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--figure", type=float, default=0.0, help="share of stories that name one public figure")
    args = ap.parse_args(argv)
    rows = [measure(n, args.seed, args.figure) for n in args.articles]
    keys = list(rows[0])
    widths = [max(len(k), *(len(str(r[k])) for r in rows)) for k in keys]
    print("  ".join(k.rjust(w) for k, w in zip(keys, widths)))
    for r in rows:
        print("  ".join(str(r[k]).rjust(w) for k, w in zip(keys, widths)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
