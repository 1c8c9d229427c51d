"""The per-document seam: order, errors passed through, languages not supported."""

from __future__ import annotations

import hashlib

import pytest

from dyadwatch.errors import EmptyDocumentError, InputError
from dyadwatch.types import Document, Extraction

pytestmark = pytest.mark.slow


def _document(doc_id: str, text: str, language: str = "en") -> Document:
    return Document(doc_id=doc_id, text=text, clean_text=text, source=f"{doc_id}.txt",
                    content_hash=hashlib.sha256(text.encode()).hexdigest(), language=language)


def test_results_keep_input_order_with_errors_and_other_languages(processor) -> None:  # type: ignore[no-untyped-def]
    items = [
        _document("a", "Japan and South Korea held talks in Tokyo on Monday."),
        EmptyDocumentError("b.txt", "no text"),
        _document("c", "Le ministre a rencontré son homologue à Paris.", language="fr"),
        _document("d", "Russia accused Ukraine of shelling the border on Tuesday."),
    ]
    results = list(processor.process_many(items))
    assert [r.document.doc_id if isinstance(r, Extraction) else r.where for r in results] == [
        "a", "b.txt", "c", "d"]
    french = results[2]
    assert isinstance(french, Extraction) and not french.analysed
    assert french.warnings == ("c: language fr not supported for extraction yet",)
    assert not french.sentences and not french.events
    assert isinstance(results[1], InputError)
    assert all(r.analysed and r.sentences for r in (results[0], results[3]))


def test_a_failing_document_does_not_stop_the_others(processor, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def broken(doc, context, quotes=(), *, extractor=None):  # type: ignore[no-untyped-def]
        if context.document.doc_id == "bad":
            raise RuntimeError("boom")
        return []

    monkeypatch.setattr("dyadwatch.engine.process.extract_events", broken)
    results = list(processor.process_many([_document("bad", "Talks began."),
                                           _document("ok", "Talks ended.")]))
    assert isinstance(results[0], InputError) and "RuntimeError: boom" in results[0].reason
    assert isinstance(results[1], Extraction)


def test_the_transformer_setting_reaches_each_worker_s_event_classifier() -> None:
    from dyadwatch.config import Settings
    from dyadwatch.engine.process import Processor
    from dyadwatch.extract.event_classifier import EventTypeClassifier

    words_only = Processor.create(Settings(event_transformer=False))
    assert isinstance(words_only.events.classifier, EventTypeClassifier)
    text = "Russia accused Ukraine of shelling the border on Tuesday."
    extraction = words_only.process(_document("w", text))
    assert [e.type for e in extraction.events] == ["ACCUSE"]
