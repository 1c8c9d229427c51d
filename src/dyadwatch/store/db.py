"""The DuckDB store: schema migrations and one-transaction-per-document writes.

    with Store.open("dyadwatch.duckdb") as store:
        store.status(doc_id, content_hash)   # "new" | "same" | "changed"
        store.write_extraction(extraction)   # replaces that document's rows atomically
        store.counts()

Migrations are the numbered `.sql` files in `store/migrations/`, applied in
order and recorded by name in `schema_migrations`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

import duckdb

from dyadwatch.errors import InputError, MigrationError, StoreError
from dyadwatch.types import Actor, Event, Extraction, Quote

__all__ = ["TABLES", "Store", "actor_id", "migrations"]

TABLES = ("documents", "sentences", "actors", "events", "quotes", "input_errors", "runs")
DocumentStatus = Literal["new", "same", "changed"]


def migrations() -> list[tuple[str, str]]:
    """(name, sql) of every packaged migration, in order."""
    folder = resources.files("dyadwatch.store") / "migrations"
    files = sorted(
        (f for f in folder.iterdir() if f.name.endswith(".sql")), key=lambda f: f.name
    )
    return [(f.name.removesuffix(".sql"), f.read_text(encoding="utf-8")) for f in files]


def actor_id(actor: Actor) -> str | None:
    """A stable id for a canonical actor (name, country, sector), None for no actor."""
    if actor.name is None and actor.country is None:
        return None
    key = f"{actor.name or ''}|{actor.country or ''}|{actor.sector or ''}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass
class Store:
    path: str
    con: duckdb.DuckDBPyConnection

    @classmethod
    def open(cls, path: str | Path, read_only: bool = False) -> Store:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open database {path}: {exc}") from exc
        store = cls(str(path), con)
        if not read_only:
            store.migrate()
        return store

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- schema ---------------------------------------------------------------
    def applied_migrations(self) -> list[str]:
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(name VARCHAR PRIMARY KEY, applied_at TIMESTAMP NOT NULL)"
        )
        rows = self.con.execute("SELECT name FROM schema_migrations ORDER BY name").fetchall()
        return [r[0] for r in rows]

    def migrate(self) -> list[str]:
        """Apply pending migrations, each in its own transaction; return their names."""
        done = set(self.applied_migrations())
        applied = []
        for name, sql in migrations():
            if name in done:
                continue
            try:
                with self.transaction():
                    self.con.execute(sql)
                    self.con.execute(
                        "INSERT INTO schema_migrations VALUES (?, ?)", [name, _now()]
                    )
            except duckdb.Error as exc:
                raise MigrationError(f"migration {name} failed on {self.path}: {exc}") from exc
            applied.append(name)
        return applied

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    # -- documents ------------------------------------------------------------
    def status(self, doc_id: str, content_hash: str) -> DocumentStatus:
        row = self.con.execute(
            "SELECT content_hash FROM documents WHERE doc_id = ?", [doc_id]
        ).fetchone()
        if row is None:
            return "new"
        return "same" if row[0] == content_hash else "changed"

    def content_hashes(self) -> dict[str, str]:
        """doc_id → content hash of every stored document (read once per run)."""
        return dict(self.con.execute("SELECT doc_id, content_hash FROM documents").fetchall())

    def write_extraction(self, extraction: Extraction) -> None:
        """Replace everything stored for this document, in one transaction."""
        doc_id = extraction.document.doc_id
        try:
            with self.transaction():
                for table in ("events", "quotes", "sentences", "documents"):
                    self.con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])
                self._insert_document(extraction)
                self._insert_rows(extraction)
                self.con.execute(
                    "DELETE FROM input_errors WHERE source = ?", [extraction.document.source]
                )
        except duckdb.Error as exc:
            raise StoreError(f"cannot store document {doc_id}: {exc}") from exc

    def record_input_error(self, error: InputError) -> None:
        self.con.execute(
            "INSERT OR REPLACE INTO input_errors VALUES (?, ?, ?, ?)",
            [error.where, error.code, error.reason, _now()],
        )

    def _insert_document(self, extraction: Extraction) -> None:
        d = extraction.document
        est = d.published_estimate
        status = "extracted" if extraction.analysed else "unsupported_language"
        self.con.execute(
            "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                d.doc_id, d.content_hash, d.source, d.fmt, d.title, d.author, d.outlet, d.url,
                d.published, est.earliest if est else None, est.latest if est else None,
                est.why if est else None, d.language, status, list(extraction.warnings),
                list(d.boilerplate_lines), d.text, d.clean_text, d.raw, d.words, _now(),
            ],
        )

    def _insert_rows(self, extraction: Extraction) -> None:
        if extraction.sentences:
            self.con.executemany(
                "INSERT INTO sentences VALUES (?,?,?,?,?)",
                [[s.doc_id, s.index, s.start, s.end, s.text] for s in extraction.sentences],
            )
        actors = [e.source for e in extraction.events] + [e.target for e in extraction.events]
        actors += [q.speaker for q in extraction.quotes if q.speaker is not None]
        actor_rows = _distinct_actor_rows(actors)
        if actor_rows:
            self.con.executemany("INSERT OR IGNORE INTO actors VALUES (?,?,?,?,?,?)", actor_rows)
        if extraction.events:
            self.con.executemany(
                "INSERT OR REPLACE INTO events VALUES "
                "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [_event_values(e) for e in extraction.events],
            )
        if extraction.quotes:
            self.con.executemany(
                "INSERT OR REPLACE INTO quotes VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [_quote_values(q) for q in extraction.quotes],
            )

    # -- runs and counts --------------------------------------------------------
    def start_run(self, command: str) -> str:
        run_id = hashlib.sha1(f"{command}{_now().isoformat()}".encode()).hexdigest()[:12]
        self.con.execute(
            "INSERT INTO runs (run_id, command, started_at) VALUES (?, ?, ?)",
            [run_id, command, _now()],
        )
        return run_id

    def finish_run(self, run_id: str, **figures: int) -> None:
        self.con.execute(
            "UPDATE runs SET finished_at = ?, documents_read = ?, documents_new = ?, "
            "documents_failed = ?, events = ?, quotes = ? WHERE run_id = ?",
            [
                _now(), figures.get("documents_read"), figures.get("documents_new"),
                figures.get("documents_failed"), figures.get("events"), figures.get("quotes"),
                run_id,
            ],
        )

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for table in TABLES:
            row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out

    def query_with_columns(self, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Column names and rows of a query; errors are StoreErrors naming the query."""
        try:
            cursor = self.con.execute(sql)
            rows = cursor.fetchall()
        except duckdb.Error as exc:
            raise StoreError(f"query failed: {exc}") from exc
        return [d[0] for d in cursor.description or []], rows

    def query(self, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
        return self.con.execute(sql, params or []).fetchall()


def _distinct_actor_rows(actors: list[Actor]) -> list[list[Any]]:
    """One row per actor id (a document names the same actor many times)."""
    rows: dict[str, list[Any]] = {}
    for actor in actors:
        key = actor_id(actor)
        if key is not None and key not in rows:
            rows[key] = [key, actor.name, actor.country, actor.sector, actor.role, actor.kind]
    return list(rows.values())


def _actor_values(actor: Actor) -> list[Any]:
    return [actor.text, actor_id(actor), actor.name, actor.country, actor.sector]


def _event_values(e: Event) -> list[Any]:
    more = json.dumps([{"text": m.text, "start": m.start, "end": m.end} for m in e.more_evidence])
    return [
        e.event_id, e.doc_id, e.type, e.mode, *_actor_values(e.source),
        *_actor_values(e.target), e.date, e.date_precision, e.evidence.sentence_index,
        e.evidence.start, e.evidence.end, e.evidence.text, more, e.confidence, e.method,
        list(e.flags),
    ]


def _quote_values(q: Quote) -> list[Any]:
    s = q.speaker
    return [
        q.quote_id, q.doc_id, q.text, q.direct,
        s.text if s else None, actor_id(s) if s else None, s.name if s else None,
        s.country if s else None, s.sector if s else None, s.role if s else None,
        list(s.chain) if s else [], q.cue, q.sentence_index, q.start, q.end, q.confidence,
    ]
