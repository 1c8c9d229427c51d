"""The event classifier's training script: data helpers and failure on missing data."""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO / "training" / "event_classifier"))

import cameo_patterns  # noqa: E402
import own_sentences  # noqa: E402
import train  # noqa: E402

from dyadwatch.extract.event_classifier import CLASSES  # noqa: E402


def test_missing_shared_folder_stops_with_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="training data not found"):
        train.main(["--shared", str(tmp_path / "nowhere"), "--out", str(tmp_path / "m.npz")])
    assert not (tmp_path / "m.npz").exists()


def test_split_sentences_splits_paragraphs_and_sentences() -> None:
    text = "First one here. Second one “quoted.” Third.\n\nNew paragraph line"
    assert train.split_sentences(text) == [
        "First one here.", "Second one “quoted.”", "Third.", "New paragraph line",
    ]


def test_convention_retypes_a_lead_by_its_verb() -> None:
    assert train.by_convention("Sudan agrees to lift the curfew", "CONCEDE") == "AGREE"
    assert train.by_convention("Chile urges Peru to free the sailors", "RETREAT") == "REQUEST"
    assert train.by_convention("Rebels refuse to disarm", "RETREAT") == "REJECT"
    # Only the listed labels are re-typed, and only on an early verb.
    assert train.by_convention("Troops attacked after talks were agreed", "ASSAULT") == "ASSAULT"
    late = "Police lifted the curfew in the city after the two sides finally agreed"
    assert train.by_convention(late, "CONCEDE") == "CONCEDE"


def test_class_balance_weights_rare_classes_up() -> None:
    examples = [train.Example("a", "ASSAULT", 1.0, "own")] * 9
    examples += [train.Example("b", "AID", 1.0, "own")]
    weights = train.balanced(examples)
    assert weights[-1] > weights[0]


def test_cameo_code_to_plover_type() -> None:
    table = {"030": "AGREE", "0311": "AGREE", "112": "ACCUSE"}
    assert cameo_patterns.plover_type("1122", table) == "ACCUSE"  # 3-digit parent
    assert cameo_patterns.plover_type("0311", table) == "AGREE"  # exact
    assert cameo_patterns.plover_type("042:043", table) == "CONSULT"  # root fallback
    assert cameo_patterns.plover_type("012", table) == "NONE"  # statements
    assert cameo_patterns.plover_type("---", table) is None


def test_own_sentences_cover_every_class_and_are_deterministic() -> None:
    first = own_sentences.own_examples(random.Random(5))
    second = own_sentences.own_examples(random.Random(5))
    assert first == second
    counts = Counter(label for _, label in first)
    assert set(counts) == set(CLASSES)
    assert min(counts.values()) >= 40
    assert all("{" not in text for text, _ in first)  # every slot filled


@pytest.mark.skipif(not SHARED.exists(), reason="needs ../shared (training data)")
def test_cameo_pseudo_sentences_from_shared_have_known_labels() -> None:
    examples = cameo_patterns.cameo_examples(SHARED)
    labels = Counter(label for _, label in examples)
    assert len(examples) > 1000
    assert set(labels) <= set(CLASSES)
    assert labels["ACCUSE"] > 100 and labels["NONE"] > 100
