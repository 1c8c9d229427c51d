"""Typed records that flow through the pipeline.

All records are frozen dataclasses: a stage returns new records rather than
mutating what it was given. Offsets (`start`, `end`) are always character
offsets into `Document.text`, the text as read; `Document.clean_text` has the
same length (boilerplate is blanked, not cut), so an offset is valid in both.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

__all__ = [
    "PLOVER_TYPES",
    "SECTORS",
    "Actor",
    "DateEstimate",
    "Document",
    "Event",
    "Evidence",
    "Extraction",
    "Quote",
    "Sentence",
    "Speaker",
    "record_to_dict",
]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
    "MOBILIZE", "COERCE", "ASSAULT",
)
SECTORS: tuple[str, ...] = (
    "GOV", "MIL", "LEG", "JUD", "DIP", "BUS", "MED", "CVL", "IGO", "OPP",
)

Precision = Literal["day", "month", "year"]


@dataclass(frozen=True)
class DateEstimate:
    """A document date inferred from dated facts in the text, as a month range."""

    earliest: str  # YYYY-MM
    latest: str  # YYYY-MM
    why: str


@dataclass(frozen=True)
class Document:
    """One input document after ingestion.

    `text` is the text as read (for HTML: the extracted main text); `clean_text`
    is `text` with boilerplate lines blanked to spaces, same length.
    """

    doc_id: str
    text: str
    clean_text: str
    source: str  # file path, with ":LINE" for a JSONL record
    content_hash: str
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # YYYY-MM-DD, stated
    published_estimate: DateEstimate | None = None
    language: str | None = None
    boilerplate_lines: tuple[str, ...] = ()
    raw: str | None = None  # original markup (HTML) when it differs from text
    fmt: str = "txt"  # txt | md | html | jsonl

    @property
    def words(self) -> int:
        return len(self.clean_text.split())


@dataclass(frozen=True)
class Evidence:
    doc_id: str
    start: int
    end: int
    text: str
    sentence_index: int | None = None


@dataclass(frozen=True)
class Sentence:
    doc_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Actor:
    """A resolved actor mention: who, in PLOVER/ISO terms, a span of text stands for."""

    text: str
    name: str | None = None  # canonical person or organisation name
    country: str | None = None  # ISO 3166-1 alpha-3, or "IGO"
    sector: str | None = None  # one of SECTORS, or None
    role: str | None = None
    kind: str = "unknown"  # person | country | organisation | group | unknown
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Speaker(Actor):
    """An actor who said something; `chain` lists intermediaries, innermost last
    (e.g. the outlet that quotes a post that quotes a minister)."""

    chain: tuple[str, ...] = ()


@dataclass(frozen=True)
class Event:
    doc_id: str
    event_id: str
    type: str  # one of PLOVER_TYPES
    source: Actor
    target: Actor
    evidence: Evidence
    confidence: float
    mode: str | None = None
    date: str | None = None  # YYYY-MM-DD | YYYY-MM | YYYY
    date_precision: Precision | None = None
    more_evidence: tuple[Evidence, ...] = ()
    method: str = "rules"
    flags: tuple[str, ...] = ()  # e.g. "negated", "hypothetical", "planned": kept, not emitted


@dataclass(frozen=True)
class Quote:
    doc_id: str
    quote_id: str
    text: str
    direct: bool
    speaker: Speaker | None
    cue: str | None
    start: int
    end: int
    confidence: float
    sentence_index: int | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything the per-document function produced for one document."""

    document: Document
    sentences: tuple[Sentence, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    warnings: tuple[str, ...] = field(default_factory=tuple)
    # False when the document was stored but not analysed (unsupported language).
    analysed: bool = True

    @property
    def emitted_events(self) -> tuple[Event, ...]:
        """Events that go into the contract output (flagged ones stay in the store)."""
        return tuple(e for e in self.events if not e.flags)


def record_to_dict(record: Any) -> dict[str, Any]:
    """A plain dict of a record, for JSON and the store."""
    return asdict(record)
