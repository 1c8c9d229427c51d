"""Run every gated evaluation set and raise the floors in tests/gold/baseline.json
to what is measured now, less a small margin. Floors never go down here.

    .venv/bin/python bench/raise_floors.py [--shared ../shared] [--margin 0.01] [--dry-run]
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

from dyadwatch.config import Settings
from dyadwatch.evaluate import run_eval

REPO = Path(__file__).resolve().parents[1]
BASELINE = REPO / "tests" / "gold" / "baseline.json"


def _metric(report: dict, path: str) -> float:
    value = report
    for key in path.split("."):
        value = value[key]
    return float(value or 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--margin", type=float, default=0.01)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    for set_name, floors in baseline["floors"].items():
        report = run_eval(set_name, args.shared, Settings()).as_dict()
        for path, floor in floors.items():
            measured = _metric(report, path)
            proposed = math.floor((measured - args.margin) * 1000) / 1000
            new = max(floor, proposed)
            print(f"{set_name:16s} {path:38s} measured {measured:.4f} "
                  f"floor {floor:.3f} -> {new:.3f}")
            floors[path] = new
    if not args.dry_run:
        BASELINE.write_text(json.dumps(baseline, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
