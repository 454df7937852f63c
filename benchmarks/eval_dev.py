"""Accuracy on the development data (../shared/data), when it is present: one table of metric, value, wall time.

    python benchmarks/eval_dev.py [--shared ../shared] [--runs DIR]

Runs `newsview report` over PolNeAR dev and ECB+ dev, `newsview stories` over
BASIL and ECB+, and the seed pair, through the shared runner and scorers.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(cmd: list[str]) -> tuple[str, float]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"eval_dev: {' '.join(cmd)} failed:\n{proc.stderr[-2000:]}")
    return proc.stdout, time.perf_counter() - start


def scores(output: str) -> dict:
    data = json.loads(output)
    return data[0] if isinstance(data, list) else data


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--runs", default=str(Path(tempfile.gettempdir()) / "newsview-eval"))
    args = ap.parse_args()
    shared = Path(args.shared)
    if not (shared / "data" / "polnear").is_dir():
        print(f"eval_dev: no development data in {shared}/data; nothing to measure")
        return 0
    py, ev = sys.executable, shared / "eval"
    newsview = str(Path(sys.executable).parent / "newsview")
    rows: list[tuple[str, str, float]] = []

    out, wall = run([newsview, "report", "--format", "json", "seeds/000_bc20113c5b07d9bb.txt",
                     "seeds/004_c99cd6f376a91b6b.txt"])
    report = Path(args.runs) / "seeds.json"
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text(out, encoding="utf-8")
    metrics, _ = run([py, str(ev / "score.py"), "--gold", str(shared / "gold" / "seeds.yaml"), "--report",
                      str(report), "--json"])
    rows += [(f"seeds {k}", f"{v:.3f}", wall) for k, v in scores(metrics).items()]

    runner = [py, str(ev / "run_tool.py"), "dev", "--runs", args.runs,
              "--cmd", f"{newsview} report --format json {{paths}}"]
    _, wall = run(runner + ["--only", "polnear"])
    metrics, _ = run([py, str(ev / "score_polnear.py"), f"{args.runs}/dev", "--json"])
    rows += [(f"polnear {k}", f"{v:.3f}", wall) for k, v in scores(metrics).items() if isinstance(v, float)]
    _, wall = run(runner + ["--only", "ecb"])
    metrics, _ = run([py, str(ev / "score_ecb.py"), f"{args.runs}/dev", "--json"])
    rows += [(f"ecb {k}", f"{v:.3f}", wall) for k, v in scores(metrics).items() if isinstance(v, float)]
    _, wall = run([py, str(ev / "run_tool.py"), "dev", "--runs", args.runs, "--task", "stories",
                   "--cmd", f"{newsview} stories --format json {{paths}}"])
    metrics, _ = run([py, str(ev / "score_stories.py"), f"{args.runs}/dev", "--json"])
    rows += [(f"stories {k}", f"{v:.3f}", wall) for k, v in scores(metrics).items() if isinstance(v, float)]

    width = max(len(r[0]) for r in rows)
    print(f"{'metric':{width}}  {'value':>7}  {'wall s':>7}")
    for name, value, wall in rows:
        print(f"{name:{width}}  {value:>7}  {wall:7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
