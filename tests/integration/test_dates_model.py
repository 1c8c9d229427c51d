"""Event dates on text parsed by the model; seed 001 when /work/shared is present."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dyadwatch.extract.dates import DateTracker, document_dates
from dyadwatch.types import Document

pytestmark = pytest.mark.slow

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEED_001 = SHARED / "corpus" / "seeds" / "001_0ff814879346a287.txt"


@pytest.fixture(scope="module")
def nlp() -> Any:
    import spacy

    from dyadwatch.config import MODEL_NAME

    return spacy.load(MODEL_NAME)


def test_dates_follow_the_narrative(nlp: Any) -> None:
    text = ("On March 3, 2023 the foreign minister met the ambassador. He protested the visit.\n\n"
            "The next day the embassy replied.\n\n"
            "Analysts expect trade to double by 2030.")
    tracker = DateTracker("2023-03-10")
    dates = [tracker.date_for(s) for s in nlp(text).sents if s.text.strip()]
    assert dates == [("2023-03-03", "day"), ("2023-03-03", "day"), ("2023-03-04", "day"),
                     (None, None)]


@pytest.mark.skipif(not SEED_001.exists(), reason="shared seed corpus not available")
def test_seed_001_published_and_event_dates(nlp: Any) -> None:
    docs = {json.loads(line)["doc_id"]: json.loads(line)
            for line in (SHARED / "gold" / "seeds.docs.jsonl").read_text().splitlines()}
    meta = docs[SEED_001.stem]
    text = SEED_001.read_text(encoding="utf-8")
    boilerplate = set(meta["boilerplate_lines"])
    clean = "\n".join(" " * len(line) if line.strip() in boilerplate else line
                      for line in text.split("\n"))
    doc = nlp(clean)
    published, _ = document_dates(Document(SEED_001.stem, text, clean, str(SEED_001), "h"), doc)
    assert published == meta["published"]
    tracker = DateTracker(published)
    sentence_dates = [(s.text, tracker.date_for(s)) for s in doc.sents]
    gold = [json.loads(line) for line in (SHARED / "gold" / "seeds.gold.jsonl").read_text()
            .splitlines()]
    events = [g for g in gold if g["kind"] == "event" and g["doc_id"] == SEED_001.stem]
    right = 0
    for event in events:
        date = next((d for t, (d, _) in sentence_dates if t.strip() and t.strip()[:40]
                     in event["evidence"]), None)
        expected = event["date"]
        right += (date is None) if expected is None else bool(date and date.startswith(expected))
    # One date per sentence cannot serve two events of different dates in one sentence
    # (measured 29/37 when written).
    assert right / len(events) >= 0.75
