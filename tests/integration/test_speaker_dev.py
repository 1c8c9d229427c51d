"""Speakers on the project's own pronoun and description set (tests/data/speaker_dev.jsonl:
short news-style texts written for this project), parsed by the model."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from dyadwatch.config import Settings
from dyadwatch.engine.process import Processor

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training" / "quotes"))
from speaker_dev import score_speaker_dev  # noqa: E402

pytestmark = pytest.mark.slow

# Measured 84/84 when the set was written; a few misses are tolerated, as the parser's
# attachments may shift with a new model.
MIN_ACCURACY = 0.9


def test_speakers_of_the_own_dev_set() -> None:
    result = score_speaker_dev(Processor.create(Settings()))
    assert result.total > 50
    assert result.right / result.total >= MIN_ACCURACY, "\n".join(result.misses)
