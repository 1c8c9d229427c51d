"""Files and folders → Documents, one InputError (yielded, not raised) per
document that cannot be read, so a run over many files goes on."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dyadwatch.config import Settings
from dyadwatch.errors import (
    EmptyDocumentError,
    InputError,
    MalformedRecordError,
    OversizedDocumentError,
    UnsupportedFormatError,
)
from dyadwatch.ingest.boilerplate import blank_lines, find_boilerplate, layout_of
from dyadwatch.ingest.decode import decode_bytes
from dyadwatch.ingest.html import HtmlExtraction, extract_html
from dyadwatch.ingest.language import detect_language
from dyadwatch.ingest.metadata import text_metadata
from dyadwatch.types import Document

__all__ = [
    "FOLDER_NOTES",
    "FORMATS",
    "build_document",
    "iter_documents",
    "read_file",
    "read_jsonl",
    "read_text_document",
]

# File extension → document format.
FORMATS: dict[str, str] = {
    ".txt": "txt", ".md": "md", ".html": "html", ".htm": "html", ".jsonl": "jsonl",
}

# Files that describe a folder rather than being documents in it (README.md next
# to the articles); skipped when walking a folder, read when named explicitly.
FOLDER_NOTES: frozenset[str] = frozenset({"readme", "license", "licence", "changelog"})


@dataclass(frozen=True)
class Stated:
    """Metadata stated by the input itself (HTML markup, JSONL fields); it wins
    over what the text's lines suggest."""

    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None


def build_document(
    doc_id: str, text: str, source: str, fmt: str,
    stated: Stated | None = None, raw: str | None = None,
) -> Document:
    """A Document from text as read: boilerplate, metadata and language filled in."""
    stated = stated or Stated()
    layout = layout_of(text)
    boilerplate = find_boilerplate(layout)
    clean_text = blank_lines(text, boilerplate)
    found = text_metadata(layout, text, {line.index for line in boilerplate})
    return Document(
        doc_id=doc_id,
        text=text,
        clean_text=clean_text,
        source=source,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=stated.title or found.title,
        author=stated.author or found.author,
        outlet=stated.outlet or found.outlet,
        url=stated.url,
        published=stated.published or found.published,
        language=detect_language(clean_text),
        boilerplate_lines=tuple(line.text for line in boilerplate),
        raw=raw,
        fmt=fmt,
    )


def _read_bytes(path: Path, settings: Settings) -> bytes:
    """The file's bytes, after checking its size (before reading it)."""
    where = str(path)
    try:
        size = path.stat().st_size
        if size > settings.max_document_bytes:
            raise OversizedDocumentError(
                where, f"file is {size:,} bytes, over the limit of "
                f"{settings.max_document_bytes:,} bytes (max_document_bytes)",
            )
        return path.read_bytes()
    except OSError as exc:
        raise InputError(where, f"cannot read the file: {exc.strerror or exc}") from exc


def _non_empty(text: str, where: str) -> str:
    if not text.strip():
        raise EmptyDocumentError(where, "the document is empty (no text, or only whitespace)")
    return text


def read_text_document(path: str | Path, settings: Settings) -> Document:
    """One .txt/.md/.html/.htm file as a Document. Raises an InputError subclass."""
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None or fmt == "jsonl":
        raise UnsupportedFormatError(str(path), f"not a single-document format ({path.suffix!r})")
    where = str(path)
    decoded = _non_empty(decode_bytes(_read_bytes(path, settings), where), where)
    if fmt != "html":
        return build_document(path.stem, decoded, where, fmt)
    page = extract_html(decoded, where)
    stated = Stated(page.title, page.author, page.outlet, page.published, page.url)
    return build_document(path.stem, page.text, where, fmt, stated, raw=decoded)


def _string_field(record: dict[str, Any], name: str) -> str | None:
    value = record.get(name)
    return value.strip() if isinstance(value, str) and value.strip() else None


def _record_id(record: Any, where: str, seen: set[str]) -> str:
    if not isinstance(record, dict):
        kind = type(record).__name__
        raise MalformedRecordError(where, f"a record must be a JSON object, not {kind}")
    doc_id = record.get("id")
    if not isinstance(doc_id, str) or not doc_id.strip():
        raise MalformedRecordError(where, f"'id' must be a non-empty string, got {doc_id!r}")
    if doc_id in seen:
        raise MalformedRecordError(where, f"duplicate id {doc_id!r} (an earlier line has it)")
    return doc_id


def _stated_fields(record: dict[str, Any], page: HtmlExtraction | None) -> Stated:
    """The record's own metadata fields; those it lacks come from its HTML, if any."""
    published = _string_field(record, "published")
    if published and not _is_iso_day(published[:10]):
        published = None  # a date we cannot read is no date, not a broken record
    return Stated(
        title=_string_field(record, "title") or (page.title if page else None),
        author=_string_field(record, "author") or (page.author if page else None),
        outlet=_string_field(record, "outlet") or (page.outlet if page else None),
        published=(published[:10] if published else None) or (page.published if page else None),
        url=_string_field(record, "url") or (page.url if page else None),
    )


def _record_document(record: Any, where: str, seen: set[str]) -> Document:
    """One JSONL record (already parsed) as a Document. Raises an InputError."""
    doc_id = _record_id(record, where, seen)
    text, markup = record.get("text"), record.get("html")
    page: HtmlExtraction | None = None
    if isinstance(markup, str) and not (isinstance(text, str) and text.strip()):
        page = extract_html(_non_empty(markup, where), where)
        body = page.text
    elif isinstance(text, str):
        body = text
    else:
        raise MalformedRecordError(where, "no 'text' (or 'html') string in the record")
    body = _non_empty(body.replace("\r\n", "\n").replace("\r", "\n"), where)
    stated = _stated_fields(record, page)
    document = build_document(doc_id, body, where, "jsonl", stated, raw=markup if page else None)
    seen.add(doc_id)  # only ids of documents read: a broken line does not claim its id
    return document


def _is_iso_day(value: str) -> bool:
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def read_jsonl(path: str | Path, settings: Settings) -> Iterator[Document | InputError]:
    """The documents of a JSONL file, one a line; a bad line yields its error."""
    path = Path(path)
    seen: set[str] = set()
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputError(str(path), f"cannot read the file: {exc.strerror or exc}")
        return
    with handle:
        for number, raw_line in enumerate(handle, start=1):
            if not raw_line.strip():
                continue
            where = f"{path}:{number}"
            try:
                yield _jsonl_line(raw_line, where, seen, settings)
            except InputError as error:
                yield error


def _jsonl_line(raw_line: bytes, where: str, seen: set[str], settings: Settings) -> Document:
    if len(raw_line) > settings.max_document_bytes:
        raise OversizedDocumentError(
            where, f"record is {len(raw_line):,} bytes, over the limit of "
            f"{settings.max_document_bytes:,} bytes (max_document_bytes)",
        )
    try:
        record = json.loads(raw_line.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise MalformedRecordError(where, f"line is not UTF-8 text ({exc.reason})") from exc
    except json.JSONDecodeError as exc:
        reason = f"line is not valid JSON ({exc.msg}, column {exc.colno})"
        raise MalformedRecordError(where, reason) from exc
    return _record_document(record, where, seen)


def read_file(path: str | Path, settings: Settings) -> Iterator[Document | InputError]:
    """The documents of one file (one, or one a line for JSONL), errors yielded."""
    path = Path(path)
    if path.suffix.lower() == ".jsonl":
        yield from read_jsonl(path, settings)
        return
    try:
        yield read_text_document(path, settings)
    except InputError as error:
        yield error


def _is_corpus_file(path: Path, folder: Path) -> bool:
    """A readable-format file that is not hidden and not the folder's own notes."""
    parts = path.relative_to(folder).parts
    return (
        path.is_file()
        and path.suffix.lower() in FORMATS
        and not any(part.startswith(".") for part in parts)
        and path.stem.lower() not in FOLDER_NOTES
    )


def _files_under(folder: Path) -> list[Path]:
    """Corpus files in `folder`, recursively, in a stable (sorted) order."""
    return sorted(
        (p for p in folder.rglob("*") if _is_corpus_file(p, folder)),
        key=lambda p: p.relative_to(folder).as_posix(),
    )


def iter_documents(
    paths: Sequence[str | Path], settings: Settings
) -> Iterator[Document | InputError]:
    """Every document in `paths` (files and folders, recursively, sorted), in order.

    An unreadable document yields its InputError instead, and the run goes on.
    Inside a folder, files of other types, hidden files and README/LICENSE notes
    are skipped; a file of another type named explicitly is an UnsupportedFormatError.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for file in _files_under(path):
                yield from read_file(file, settings)
        elif not path.exists():
            yield InputError(str(path), "no such file or folder")
        elif path.suffix.lower() not in FORMATS:
            yield UnsupportedFormatError(
                str(path), f"unsupported file type {path.suffix or '(none)'!r}; "
                "dyadwatch reads .txt, .md, .html, .htm and .jsonl",
            )
        else:
            yield from read_file(path, settings)
