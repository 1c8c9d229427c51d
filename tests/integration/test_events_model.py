"""Event extraction with the real spaCy parse, on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadwatch.extract.context import ExtractionContext
from dyadwatch.extract.events import EventExtractor, extract_events
from dyadwatch.resolve.actors import ActorResolver
from dyadwatch.types import Document, Event

pytestmark = pytest.mark.slow

Setup = tuple[object, ActorResolver, EventExtractor]


@pytest.fixture(scope="module")
def setup() -> Setup:
    import spacy

    from dyadwatch.config import MODEL_NAME

    return spacy.load(MODEL_NAME), ActorResolver.from_package(), EventExtractor.from_package()


def extract(setup: Setup, text: str) -> list[Event]:
    nlp, resolver, extractor = setup
    doc = nlp(text)  # type: ignore[operator]
    document = Document("t", text, text, "test", "hash", published="2024-07-15")
    context = ExtractionContext(document, resolver, "2024-07-15")
    return extract_events(doc, context, extractor=extractor)


def emitted(events: list[Event]) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source.country, e.target.country) for e in events if not e.flags}


def test_sanctions_with_prepositional_target(setup: Setup) -> None:
    events = extract(setup, "Japan imposed new sanctions on Russia on Monday.")
    assert ("SANCTION", "JPN", "RUS") in emitted(events)


def test_passive_and_coordination(setup: Setup) -> None:
    events = extract(setup, "The border post was shelled by Armenia and Azerbaijan.")
    assert {("ASSAULT", "ARM", None), ("ASSAULT", "AZE", None)} <= emitted(events)


def test_negated_and_planned_are_flagged(setup: Setup) -> None:
    text = "Canada did not expel Chinese diplomats. Canada will expel Chinese diplomats."
    events = extract(setup, text)
    assert not emitted(events)
    assert {e.flags for e in events} == {("negated",), ("planned",)}


def test_reciprocal_agreement_is_one_event(setup: Setup) -> None:
    events = extract(setup, "Egypt and Sudan agreed to reopen the border crossing.")
    assert emitted(events) & {("AGREE", "EGY", "SDN"), ("AGREE", "SDN", "EGY")}
    assert len([e for e in events if e.type == "AGREE"]) == 1


def test_repeated_mention_is_merged(setup: Setup) -> None:
    text = ("Turkey imposed sanctions on Syria on Tuesday. "
            "Turkey's sanctions on Syria hit trade, officials said.")
    events = [e for e in extract(setup, text) if e.type == "SANCTION" and not e.flags]
    assert len(events) == 1
    assert len(events[0].more_evidence) == 1
    assert events[0].evidence.text.startswith("Turkey imposed")


def test_evidence_offsets_point_into_the_text(setup: Setup) -> None:
    text = "Officials met on Friday.\n\nFrance condemned Iran's missile test."
    for event in extract(setup, text):
        assert text[event.evidence.start:event.evidence.end] == event.evidence.text


SHARED = Path(__file__).resolve().parents[3] / "shared"


@pytest.mark.skipif(not (SHARED / "corpus" / "seeds").exists(), reason="../shared not present")
def test_seed_documents_run_without_errors(setup: Setup) -> None:
    for path in sorted((SHARED / "corpus" / "seeds").glob("*.txt")):
        events = extract(setup, path.read_text(encoding="utf-8"))
        assert all(0.0 < e.confidence <= 1.0 for e in events)
