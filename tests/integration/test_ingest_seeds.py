"""Metadata and boilerplate on the five seed texts, compared with the seed gold.

The seed texts and gold live in ../shared (not in this repository); the test is
skipped when that folder is absent.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dyadwatch.config import Settings
from dyadwatch.ingest import iter_documents
from dyadwatch.types import Document

SHARED = Path(__file__).parents[2].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD_DOCS = SHARED / "gold" / "seeds.docs.jsonl"

pytestmark = pytest.mark.skipif(
    not (SEEDS.is_dir() and GOLD_DOCS.is_file()),
    reason=f"seed texts and gold not found under {SHARED}",
)


def _gold() -> dict[str, dict[str, Any]]:
    rows = [json.loads(line) for line in GOLD_DOCS.read_text(encoding="utf-8").splitlines()]
    return {row["doc_id"]: row for row in rows if row}


def _documents() -> dict[str, Document]:
    docs: dict[str, Document] = {}
    for item in iter_documents([SEEDS], Settings()):
        assert isinstance(item, Document), f"seed not read: {item}"
        docs[item.doc_id] = item
    return docs


@pytest.mark.parametrize("field", ["title", "author", "outlet", "published"])
def test_seed_metadata_matches_gold(field: str) -> None:
    docs, gold = _documents(), _gold()
    assert set(gold) <= set(docs)
    wrong = {
        doc_id: (getattr(docs[doc_id], field), row[field])
        for doc_id, row in gold.items()
        if getattr(docs[doc_id], field) != row[field]  # gold nulls count too
    }
    assert wrong == {}, f"{field}: (ours, gold) {wrong}"


def test_seed_boilerplate_matches_gold() -> None:
    docs, gold = _documents(), _gold()
    wrong = {
        doc_id: sorted(set(docs[doc_id].boilerplate_lines) ^ set(row["boilerplate_lines"]))
        for doc_id, row in gold.items()
        if list(docs[doc_id].boilerplate_lines) != row["boilerplate_lines"]
    }
    assert wrong == {}, f"lines in only one of ours/gold: {wrong}"


def test_seed_clean_text_is_aligned_and_english() -> None:
    for doc in _documents().values():
        assert len(doc.clean_text) == len(doc.text)
        assert doc.language == "en"
        for line in doc.boilerplate_lines:
            assert line in doc.text
            assert line not in doc.clean_text
