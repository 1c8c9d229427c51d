"""The extraction contract: an Extraction as JSONL rows (see docs/contract.md).

Field names here are stable: add fields freely, never rename or remove them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from dyadwatch.types import Actor, Event, Extraction, Quote

__all__ = ["document_row", "event_row", "extraction_rows", "quote_row"]


def document_row(extraction: Extraction) -> dict[str, Any]:
    doc = extraction.document
    estimate = doc.published_estimate
    return {
        "kind": "document",
        "doc_id": doc.doc_id,
        "title": doc.title,
        "author": doc.author,
        "outlet": doc.outlet,
        "url": doc.url,
        "published": doc.published,
        "published_estimate": (
            {"earliest": estimate.earliest, "latest": estimate.latest, "why": estimate.why}
            if estimate
            else None
        ),
        "language": doc.language,
        "boilerplate_lines": list(doc.boilerplate_lines),
        "source": doc.source,
        "content_hash": doc.content_hash,
        "warnings": list(extraction.warnings),
    }


def _actor(actor: Actor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {
        "text": actor.text,
        "name": actor.name,
        "country": actor.country,
        "sector": actor.sector,
        "role": actor.role,
    }


def event_row(event: Event) -> dict[str, Any]:
    ev = event.evidence
    return {
        "kind": "event",
        "doc_id": event.doc_id,
        "event_id": event.event_id,
        "type": event.type,
        "mode": event.mode,
        "source": _actor(event.source),
        "target": _actor(event.target),
        "date": event.date,
        "date_precision": event.date_precision,
        "evidence": {"text": ev.text, "start": ev.start, "end": ev.end},
        "more_evidence": [
            {"text": e.text, "start": e.start, "end": e.end} for e in event.more_evidence
        ],
        "confidence": round(event.confidence, 4),
    }


def quote_row(quote: Quote) -> dict[str, Any]:
    speaker = _actor(quote.speaker)
    if speaker is not None and quote.speaker is not None:
        speaker["chain"] = list(quote.speaker.chain)
    return {
        "kind": "quote",
        "doc_id": quote.doc_id,
        "quote_id": quote.quote_id,
        "text": quote.text,
        "direct": quote.direct,
        "speaker": speaker,
        "cue": quote.cue,
        "start": quote.start,
        "end": quote.end,
        "confidence": round(quote.confidence, 4),
    }


def extraction_rows(extraction: Extraction) -> Iterator[dict[str, Any]]:
    """The document line, then its emitted events and quotes."""
    yield document_row(extraction)
    for event in extraction.emitted_events:
        yield event_row(event)
    for quote in extraction.quotes:
        yield quote_row(quote)
