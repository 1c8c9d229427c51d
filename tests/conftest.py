"""Shared fixtures. Tests that need ../shared (gold, evaluation sets) skip with a
reason when it is absent: users of the repository do not have it."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"

requires_shared = pytest.mark.skipif(
    not (SHARED / "eval" / "score.py").exists(),
    reason=f"needs the shared evaluation folder at {SHARED} (not distributed with the repository)",
)


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared() -> Path:
    return SHARED


@pytest.fixture(scope="session")
def processor():  # type: ignore[no-untyped-def]
    """One loaded pipeline for every test that needs the model."""
    from dyadwatch.config import Settings
    from dyadwatch.engine.process import Processor

    return Processor.create(Settings())
