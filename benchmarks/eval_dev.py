"""Accuracy on the development data (../shared/data), when it is present: one table of metric, value, aim, wall time.

    python benchmarks/eval_dev.py [--shared ../shared] [--runs DIR] [--all] [--only seeds,polnear,ecb,stories,basil3]

Runs `newsview report` over the seed pair, PolNeAR dev and ECB+ dev, and
`newsview stories` over BASIL and ECB+, through the shared runner and scorers;
then every BASIL triplet as one three-way comparison (there is no gold for
those: the rows say whether each triplet analyses cleanly, how widely its facts
are carried, and how many entities and quotes all three share). Without
`--all` only the metrics that have an aim, and the three-way rows, are printed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARTS = ("seeds", "polnear", "ecb", "stories", "basil3")
AIMS = {  # issue #5 and the seed gold
    "seeds entity_b3_f1": 1.0, "seeds statement_recall": 1.0, "seeds fact_f1": 0.85,
    "polnear content_f1": 0.80, "polnear direct_content_f1": 0.95, "polnear source_acc": 0.90,
    "polnear cue_acc": 0.90, "ecb named_b3_f1": 0.90, "ecb b3_f1": 0.70,
    "stories basil_pair_f1": 0.97, "stories ecb_pair_f1": 0.92,
}


def run(cmd: list[str]) -> tuple[str, float]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"eval_dev: {' '.join(cmd)} failed:\n{proc.stderr[-2000:]}")
    return proc.stdout, time.perf_counter() - start


def scores(output: str) -> dict:
    data = json.loads(output)
    return data[0] if isinstance(data, list) else data


def scored(prefix: str, output: str, wall: float) -> list[tuple[str, float, float]]:
    return [(f"{prefix} {k}", v, wall) for k, v in scores(output).items() if isinstance(v, (int, float))]


def three_way(basil: Path) -> list[tuple[str, float, float]]:
    """Each BASIL triplet as one comparison of three outlets, through the same API the TUI and the report use."""
    from newsview.analysis import analyse
    from newsview.corpus import load_paths

    manifest = json.loads((basil / "manifest.json").read_text(encoding="utf-8"))["articles"]
    triplets = defaultdict(list)
    for entry in manifest:
        triplets[entry["triplet"]].append(str(basil / entry["file"]))
    start = time.perf_counter()
    ok, reach, entities, quotes, conflicts = 0, defaultdict(int), [], [], 0
    for paths in triplets.values():
        corpus = load_paths(sorted(paths))
        comparison = analyse(corpus.articles, use_cache=False)
        report = comparison.to_dict()
        texts = {a["id"]: a["text"] for a in report["articles"]}
        covered = all(_covered(texts[aid], [m for f in report["facts"] for m in f["members"] if m["article"] == aid])
                      for aid in texts)
        ok += len(texts) == 3 and covered and all(len(f["articles"]) == {"one": 1, "some": 2, "all": 3}[f["reach"]]
                                                  for f in report["facts"])
        for fact in report["facts"]:
            reach[fact["reach"]] += 1
            conflicts += fact["status"] == "conflict"
        entities.append(sum(len(e["counts"]) == 3 for e in report["entities"] if e["named"]))
        quoted = {s["id"]: s for s in report["statements"]}
        quotes.append(sum(1 for s in quoted.values() if len({s["article"], *(quoted[m]["article"] for m in s["matches"])}) == 3))
    wall = time.perf_counter() - start
    total = sum(reach.values()) or 1
    n = len(triplets)
    return [("basil3 triplets analysed cleanly", ok / n, wall),
            ("basil3 facts carried by all 3 (share)", reach["all"] / total, wall),
            ("basil3 facts carried by 2 of 3 (share)", reach["some"] / total, wall),
            ("basil3 facts carried by 1 (share)", reach["one"] / total, wall),
            ("basil3 named entities in all 3 (mean)", sum(entities) / n, wall),
            ("basil3 quotes carried by all 3 (mean)", sum(quotes) / n, wall),
            ("basil3 facts in conflict (mean)", conflicts / n, wall),  # no gold: a watch on false alarms
            ("basil3 seconds per triplet", wall / n, wall)]


def _covered(text: str, members: list[dict]) -> bool:
    """Every word of the text lies in some fact member (the report's whole-text coverage rule)."""
    inside = bytearray(len(text))
    for m in members:
        inside[m["start"]:m["end"]] = b"\1" * (m["end"] - m["start"])
    return all(inside[i] or not ch.isalnum() for i, ch in enumerate(text))


def failures(folder: Path) -> int:
    """Articles whose analysis raised: the report still comes out (see comparison), so only its warnings tell."""
    return sum("analysis failed" in w for f in folder.glob("*.json")
               for w in json.loads(f.read_text(encoding="utf-8")).get("warnings", []))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--runs", default=str(Path(tempfile.gettempdir()) / "newsview-eval"))
    ap.add_argument("--all", action="store_true", help="print every metric the scorers give")
    ap.add_argument("--only", default=",".join(PARTS), help="comma-separated parts to run")
    args = ap.parse_args()
    parts = set(args.only.split(","))
    shared = Path(args.shared)
    if not (shared / "data" / "polnear").is_dir():
        print(f"eval_dev: no development data in {shared}/data; nothing to measure")
        return 0
    py, ev = sys.executable, shared / "eval"
    newsview = str(Path(sys.executable).parent / "newsview")
    runner = [py, str(ev / "run_tool.py"), "dev", "--runs", args.runs]
    rows: list[tuple[str, float, float]] = []

    if "seeds" in parts:
        out, wall = run([newsview, "report", "--no-cache", "--format", "json",
                         *sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))])
        report = Path(args.runs) / "seeds.json"
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(out, encoding="utf-8")
        metrics, _ = run([py, str(ev / "score.py"), "--gold", str(shared / "gold" / "seeds.yaml"), "--report",
                          str(report), "--json"])
        rows += scored("seeds", metrics, wall)
    for part, scorer in (("polnear", "score_polnear.py"), ("ecb", "score_ecb.py")):
        if part in parts:
            _, wall = run(runner + ["--only", part, "--cmd", f"{newsview} report --format json {{paths}}"])
            metrics, _ = run([py, str(ev / scorer), f"{args.runs}/dev", "--json"])
            rows += scored(part, metrics, wall)
            rows.append((f"{part} articles_failed", failures(Path(args.runs) / "dev" / f"{part}-dev"), wall))
    if "stories" in parts:
        _, wall = run(runner + ["--task", "stories", "--cmd", f"{newsview} stories --format json {{paths}}"])
        metrics, _ = run([py, str(ev / "score_stories.py"), f"{args.runs}/dev", "--json"])
        rows += scored("stories", metrics, wall)
    if "basil3" in parts:
        rows += three_way(shared / "data" / "basil")

    if not args.all:
        rows = [r for r in rows if r[0] in AIMS or r[0].startswith("basil3") or r[0].endswith("_failed")]
    width = max(len(r[0]) for r in rows)
    print(f"{'metric':{width}}  {'value':>7}  {'aim':>6}  {'wall s':>7}")
    for name, value, wall in rows:
        aim = AIMS.get(name)
        verdict = "" if aim is None else f"{'≥' if value >= aim else '<'}{aim:.2f}"
        print(f"{name:{width}}  {value:7.3f}  {verdict:>6}  {wall:7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
