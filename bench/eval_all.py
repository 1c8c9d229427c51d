"""Every evaluation set in one table: the figures the issues ask for.

    .venv/bin/python bench/eval_all.py [--shared ../shared] [--jobs 1]

Each set goes through the same path as `dyadwatch eval SET` (extraction, then
../shared/eval/score.py); words/s includes loading the model once per set.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from dyadwatch.config import Settings
from dyadwatch.evaluate import run_eval

REPO = Path(__file__).resolve().parents[1]
SETS = ("seeds", "plover_gsr", "petr2_gsr", "conflibert_quad", "ggt_quotes", "polnear_dev",
        "polnear_test")


def _row(name: str, report: dict[str, Any]) -> str:
    s = report["scores"]
    cells = [f"{name:16s}", f"{report['words'] / max(report['seconds'], 1e-9):7.0f} w/s"]
    if s:
        ev, qu = s["events"], s["quotes"]
        if ev["strict"]["gold"]:
            cells.append(f"events strict F1 {ev['strict']['f1']:.3f} typed {ev['typed']['f1']:.3f}"
                         f" dyad {ev['dyad']['f1']:.3f} date acc {ev['date_accuracy']}")
        if qu["strict"]["gold"]:
            cells.append(f"quotes strict F1 {qu['strict']['f1']:.3f} spk "
                         f"{qu['strict']['speaker_accuracy']} | ggt F1 {qu['ggt']['f1']:.3f} "
                         f"spk {qu['ggt']['speaker_accuracy']}")
        docs = {k: v for k, v in (s.get("documents") or {}).items() if v["n"]}
        if docs:
            cells.append("docs " + " ".join(f"{k}={v['accuracy']}" for k, v in docs.items()))
    if report["quad"]:
        cells.append(f"quad accuracy {report['quad']['accuracy']:.3f}")
    return "  ".join(cells)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("sets", nargs="*", default=list(SETS))
    args = parser.parse_args()
    for name in args.sets:
        report = run_eval(name, args.shared, Settings(jobs=args.jobs)).as_dict()
        print(_row(name, report), flush=True)


if __name__ == "__main__":
    main()
