"""Every fact points at its evidence: offsets into the text as read give back the
evidence text exactly, in the output and in the store."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadwatch.commands import ingest_to_store
from dyadwatch.config import Settings
from dyadwatch.errors import InputError
from dyadwatch.ingest import iter_documents
from dyadwatch.store.db import Store

pytestmark = pytest.mark.slow
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_offsets_give_back_the_evidence(processor) -> None:  # type: ignore[no-untyped-def]
    documents = [d for d in iter_documents([EXAMPLES], processor.settings)
                 if not isinstance(d, InputError)]
    assert len(documents) >= 6
    events = quotes = 0
    for extraction in processor.process_many(documents):
        assert not isinstance(extraction, InputError), extraction
        text = extraction.document.text
        for event in extraction.events:
            for ev in (event.evidence, *event.more_evidence):
                assert text[ev.start:ev.end] == ev.text
            events += 1
        for quote in extraction.quotes:
            assert text[quote.start:quote.end] == quote.text
            quotes += 1
        for sentence in extraction.sentences:
            assert text[sentence.start:sentence.end] == sentence.text
    assert events > 10 and quotes > 10


def test_stored_offsets_point_into_the_stored_text(tmp_path: Path) -> None:
    settings = Settings(db_path=str(tmp_path / "e.duckdb"))
    summary = ingest_to_store([EXAMPLES], settings)
    assert summary.exit_code == 0 and summary.events > 0
    with Store.open(settings.db_path, read_only=True) as store:
        wrong = store.query(
            "SELECT e.event_id FROM events e JOIN documents d USING (doc_id) "
            "WHERE substr(d.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) "
            "<> e.evidence_text "
            "UNION ALL SELECT q.quote_id FROM quotes q JOIN documents d USING (doc_id) "
            "WHERE substr(d.text, q.start_char + 1, q.end_char - q.start_char) <> q.text"
        )
        assert wrong == []
        blanked = store.query("SELECT count(*) FROM documents WHERE length(text) <> "
                              "length(clean_text)")
        assert blanked == [(0,)]
