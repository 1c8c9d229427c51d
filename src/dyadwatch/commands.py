"""One library function per CLI command; the CLI only parses flags and prints.

    summary = extract_to_jsonl(["corpus/"], "pred.jsonl", settings, on_error=print)
    summary = ingest_to_store(["corpus/"], settings)          # into settings.db_path
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dyadwatch.config import Settings
from dyadwatch.contract import extraction_rows
from dyadwatch.engine.local import run_local
from dyadwatch.engine.process import Item, Result
from dyadwatch.errors import InputError, MalformedRecordError
from dyadwatch.ingest import iter_documents
from dyadwatch.resolve.suggest import RoleNoun, Suggestion
from dyadwatch.store.db import Store
from dyadwatch.types import Document, Extraction

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dyadwatch.resolve.actors import ActorResolver

__all__ = [
    "RunSummary",
    "StoreSummary",
    "extract_to_jsonl",
    "ingest_to_store",
    "store_summary",
    "suggest_actors",
    "suggest_role_nouns",
]

ErrorHandler = Callable[[InputError], None]
ProgressHandler = Callable[[Extraction | InputError], None]


@dataclass
class RunSummary:
    """What a run did; `exit_code` is 1 when any document could not be read."""

    documents_read: int = 0
    documents_failed: int = 0
    documents_stored: int = 0
    documents_unchanged: int = 0
    events: int = 0
    quotes: int = 0
    words: int = 0
    seconds: float = 0.0
    errors: list[InputError] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 1 if self.documents_failed else 0

    def line(self) -> str:
        parts = [
            f"documents read {self.documents_read}",
            f"failed {self.documents_failed}",
        ]
        if self.documents_stored or self.documents_unchanged:
            parts.append(f"stored {self.documents_stored}")
            parts.append(f"unchanged {self.documents_unchanged}")
        parts += [f"events {self.events}", f"quotes {self.quotes}", f"{self.seconds:.1f} s"]
        return ", ".join(parts)

    def count(self, result: Extraction | InputError) -> None:
        if isinstance(result, InputError):
            self.documents_failed += 1
            self.errors.append(result)
            return
        self.documents_read += 1
        self.events += len(result.emitted_events)
        self.quotes += len(result.quotes)
        self.words += result.document.words


def _unique_ids(items: Iterable[Item]) -> Iterator[Item]:
    """Refuse a second document with an id already seen in this run (two files
    with the same stem would otherwise overwrite each other silently)."""
    seen: dict[str, str] = {}
    for item in items:
        if isinstance(item, Document):
            first = seen.setdefault(item.doc_id, item.source)
            if first != item.source:
                yield MalformedRecordError(
                    item.source, f"document id {item.doc_id!r} already used by {first}"
                )
                continue
        yield item


def _run(
    inputs: Sequence[str | Path], settings: Settings, skip: Callable[[Document], bool] | None
) -> Iterator[Result]:
    items: Iterable[Item] = _unique_ids(iter_documents(inputs, settings))
    if skip is not None:
        items = (i for i in items if not (isinstance(i, Document) and skip(i)))
    yield from run_local(items, settings)


def extract_to_jsonl(
    inputs: Sequence[str | Path],
    out: str | Path,
    settings: Settings,
    on_result: ProgressHandler | None = None,
) -> RunSummary:
    """Run extraction and write contract JSONL to `out` (no database)."""
    summary = RunSummary()
    started = time.perf_counter()
    with open(out, "w", encoding="utf-8") as fh:
        for result in _run(inputs, settings, skip=None):
            summary.count(result)
            if isinstance(result, Extraction):
                for row in extraction_rows(result):
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            if on_result:
                on_result(result)
    summary.seconds = time.perf_counter() - started
    return summary


def ingest_to_store(
    inputs: Sequence[str | Path],
    settings: Settings,
    force: bool = False,
    on_result: ProgressHandler | None = None,
) -> RunSummary:
    """Extract and store each document in its own transaction. A document whose
    id and content are already stored is skipped unless `force`."""
    summary = RunSummary()
    started = time.perf_counter()
    with Store.open(settings.db_path) as store:
        run_id = store.start_run("ingest")
        known = store.content_hashes()

        def unchanged(document: Document) -> bool:
            same = not force and known.get(document.doc_id) == document.content_hash
            summary.documents_unchanged += same
            return same

        for result in _run(inputs, settings, skip=unchanged):
            summary.count(result)
            if isinstance(result, Extraction):
                store.write_extraction(result)
                summary.documents_stored += 1
            else:
                store.record_input_error(result)
            if on_result:
                on_result(result)
        summary.documents_read += summary.documents_unchanged
        summary.seconds = time.perf_counter() - started
        store.finish_run(
            run_id,
            documents_read=summary.documents_read,
            documents_new=summary.documents_stored,
            documents_failed=summary.documents_failed,
            events=summary.events,
            quotes=summary.quotes,
        )
    return summary


def suggest_actors(
    inputs: Sequence[str | Path],
    settings: Settings,
    limit: int = 30,
    on_error: Callable[[InputError], None] | None = None,
) -> list[Suggestion]:
    """Frequent names in `inputs` that the actor dictionary cannot resolve."""
    from dyadwatch.resolve.suggest import suggest_unresolved

    resolver, docs = _parsed_inputs(inputs, settings, on_error)
    return suggest_unresolved(docs, resolver, limit=limit)


def suggest_role_nouns(
    inputs: Sequence[str | Path],
    settings: Settings,
    limit: int = 30,
    on_error: Callable[[InputError], None] | None = None,
) -> list[RoleNoun]:
    """Frequent nouns in subject or object position ("teachers", "nurses") that the
    actor dictionary does not know: candidates for its role nouns."""
    from dyadwatch.resolve.suggest import suggest_role_nouns as role_nouns

    resolver, docs = _parsed_inputs(inputs, settings, on_error)
    return role_nouns(docs, resolver, limit=limit)


def _parsed_inputs(
    inputs: Sequence[str | Path], settings: Settings,
    on_error: Callable[[InputError], None] | None,
) -> tuple[ActorResolver, Iterator[Doc]]:
    """The resolver and the parsed supported documents of `inputs` (errors reported)."""
    from dyadwatch.engine.process import Processor

    processor = Processor.create(settings)
    documents: list[Document] = []
    for item in iter_documents(inputs, settings):
        if isinstance(item, InputError):
            if on_error:
                on_error(item)
        elif processor.supported(item):
            documents.append(item)
    return processor.resolver, iter(processor.nlp.pipe(d.clean_text for d in documents))


@dataclass
class StoreSummary:
    counts: dict[str, int]
    top_dyads: list[tuple[str, str, int]]
    event_types: list[tuple[str, int]]
    speakers: list[tuple[str, int]]
    flagged_events: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "counts": self.counts,
            "flagged_events": self.flagged_events,
            "top_dyads": [list(d) for d in self.top_dyads],
            "event_types": [list(t) for t in self.event_types],
            "speakers": [list(s) for s in self.speakers],
        }


def store_summary(db_path: str | Path, limit: int = 5) -> StoreSummary:
    """Counts, most active dyads (either direction), event types and top speakers."""
    with Store.open(db_path, read_only=True) as store:
        dyads = store.query(
            "SELECT least(source_country, target_country) AS a, "
            "greatest(source_country, target_country) AS b, count(*) AS n FROM events "
            "WHERE len(flags) = 0 AND source_country IS NOT NULL AND target_country IS NOT NULL "
            "AND source_country <> target_country GROUP BY a, b ORDER BY n DESC, a, b LIMIT ?",
            [limit],
        )
        types = store.query(
            "SELECT type, count(*) n FROM events WHERE len(flags) = 0 "
            "GROUP BY type ORDER BY n DESC, type LIMIT ?",
            [limit],
        )
        speakers = store.query(
            "SELECT coalesce(speaker_name, speaker_role, speaker_text) s, count(*) n FROM quotes "
            "WHERE s IS NOT NULL GROUP BY s ORDER BY n DESC, s LIMIT ?",
            [limit],
        )
        flagged = store.query("SELECT count(*) FROM events WHERE len(flags) > 0")
        return StoreSummary(
            store.counts(),
            [(str(a), str(b), int(n)) for a, b, n in dyads],
            [(str(t), int(n)) for t, n in types],
            [(str(s), int(n)) for s, n in speakers],
            int(flagged[0][0]),
        )
