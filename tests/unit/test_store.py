"""The DuckDB store: named migrations, one transaction per document, idempotent writes."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

import pytest

from dyadwatch.errors import StoreError
from dyadwatch.store.db import TABLES, Store, migrations
from dyadwatch.types import Actor, Document, Event, Evidence, Extraction, Quote, Sentence, Speaker

TEXT = "Seoul protested. Moscow said it was calm."


def _extraction(doc_id: str = "d1", text: str = TEXT) -> Extraction:
    document = Document(doc_id=doc_id, text=text, clean_text=text, source=f"{doc_id}.txt",
                        content_hash=hashlib.sha256(text.encode()).hexdigest(), language="en")
    ev = Evidence(doc_id, 0, 16, text[:16], 0)
    event = Event(doc_id, f"{doc_id}:e1", "ACCUSE",
                  Actor("Seoul", country="KOR", sector="GOV", kind="country"),
                  Actor("Moscow", country="RUS", sector="GOV", kind="country"), ev, 0.8)
    flagged = replace(event, event_id=f"{doc_id}:e2", flags=("negated",))
    quote = Quote(doc_id, f"{doc_id}:q1", "it was calm", False,
                  Speaker("Moscow", country="RUS", sector="GOV", chain=("wire",)), "said",
                  29, 40, 0.7, 1)
    sentences = (
        Sentence(doc_id, 0, 0, 16, text[:16]), Sentence(doc_id, 1, 17, len(text), text[17:])
    )
    return Extraction(document, sentences, (event, flagged), (quote,))


@pytest.fixture()
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Store.open(tmp_path / "t.duckdb") as s:
        yield s


def test_migrations_are_recorded_by_name(store: Store) -> None:
    assert store.applied_migrations() == [name for name, _ in migrations()]
    assert store.migrate() == []  # nothing pending on a second open


def test_reopening_applies_nothing_twice(tmp_path: Path) -> None:
    path = tmp_path / "x.duckdb"
    Store.open(path).close()
    with Store.open(path) as s:
        assert s.migrate() == []
        assert len(s.applied_migrations()) == len(migrations())


def test_write_is_idempotent(store: Store) -> None:
    store.write_extraction(_extraction())
    first = store.counts()
    store.write_extraction(_extraction())
    assert store.counts() == first
    assert first["documents"] == 1 and first["events"] == 2 and first["quotes"] == 1
    assert first["sentences"] == 2 and first["actors"] == 2


def test_changed_content_replaces_the_old_version(store: Store) -> None:
    store.write_extraction(_extraction())
    assert store.status("d1", _extraction().document.content_hash) == "same"
    changed = _extraction(text="Seoul protested loudly. Nothing else.")
    assert store.status("d1", changed.document.content_hash) == "changed"
    store.write_extraction(changed)
    assert store.counts()["documents"] == 1
    rows = store.query("SELECT text FROM documents")
    assert rows == [("Seoul protested loudly. Nothing else.",)]


def test_flagged_events_are_kept_with_their_flags(store: Store) -> None:
    store.write_extraction(_extraction())
    rows = store.query("SELECT event_id, flags FROM events ORDER BY event_id")
    assert rows == [("d1:e1", []), ("d1:e2", ["negated"])]


def test_a_failed_write_leaves_the_previous_version(store: Store) -> None:
    store.write_extraction(_extraction())
    broken = _extraction()
    bad_quote = replace(broken.quotes[0], quote_id="d1:q9", start=None)  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="d1"):
        store.write_extraction(replace(broken, quotes=(bad_quote,)))
    assert store.counts()["quotes"] == 1
    assert store.counts()["documents"] == 1


def test_every_table_exists(store: Store) -> None:
    assert set(store.counts()) == set(TABLES)


def test_unopenable_database_is_a_store_error(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    with pytest.raises(StoreError, match="cannot open"):
        Store.open(folder)


def test_each_actor_is_stored_once_with_its_fields(store: Store) -> None:
    store.write_extraction(_extraction("d1"))
    store.write_extraction(_extraction("d2"))  # the same actors in another document
    rows = store.query("SELECT country, sector, kind FROM actors ORDER BY country")
    assert rows == [("KOR", "GOV", "country"), ("RUS", "GOV", "country")]
