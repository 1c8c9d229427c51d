"""Quality gate: each evaluation set's figures must stay at or above the floors
in baseline.json. Floors are only ever raised (bench/raise_floors.py); lowering
one is a visible edit of that file, to be justified in its commit."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SHARED, requires_shared

BASELINE = Path(__file__).with_name("baseline.json")
FLOORS: dict[str, dict[str, float]] = json.loads(BASELINE.read_text(encoding="utf-8"))["floors"]

pytestmark = [pytest.mark.gold, pytest.mark.slow, requires_shared]


def metric(report: dict[str, Any], path: str) -> float:
    """A figure by dotted path in `EvalReport.as_dict()`, e.g. 'scores.events.strict.f1'."""
    value: Any = report
    for key in path.split("."):
        value = value[key]
    return float(value or 0.0)


@pytest.fixture(scope="module")
def reports() -> dict[str, dict[str, Any]]:
    from dyadwatch.config import Settings
    from dyadwatch.evaluate import run_eval

    return {name: run_eval(name, SHARED, Settings()).as_dict() for name in FLOORS}


@pytest.mark.parametrize(
    "set_name, path", [(s, p) for s, paths in FLOORS.items() for p in paths]
)
def test_figure_is_at_or_above_its_floor(
    reports: dict[str, dict[str, Any]], set_name: str, path: str
) -> None:
    measured = metric(reports[set_name], path)
    floor = FLOORS[set_name][path]
    assert measured >= floor, f"{set_name} {path}: {measured:.4f} fell below the floor {floor}"


def test_no_set_has_unreadable_documents(reports: dict[str, dict[str, Any]]) -> None:
    failed = {name: r["documents_failed"] for name, r in reports.items() if r["documents_failed"]}
    assert not failed
