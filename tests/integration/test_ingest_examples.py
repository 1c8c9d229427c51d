"""The demo articles in examples/ read cleanly, with their stated metadata."""

from __future__ import annotations

from pathlib import Path

from dyadwatch.config import Settings
from dyadwatch.ingest import iter_documents
from dyadwatch.types import Document

EXAMPLES = Path(__file__).parents[2] / "examples"


def test_examples_read_without_errors_and_with_metadata() -> None:
    items = list(iter_documents([EXAMPLES], Settings()))
    errors = [i for i in items if not isinstance(i, Document)]
    assert errors == []
    docs = {d.doc_id: d for d in items if isinstance(d, Document)}
    assert "README" not in docs  # the folder's notes are not a document
    by_format: dict[str, int] = {}
    for doc in docs.values():
        by_format[doc.fmt] = by_format.get(doc.fmt, 0) + 1
        assert doc.title, doc.doc_id
        assert doc.published and doc.published[:4] in {"2023", "2024", "2025"}, doc.doc_id
        assert doc.language == "en"
        assert doc.boilerplate_lines == (), doc.doc_id
        if doc.fmt in {"txt", "html"}:
            assert doc.author, doc.doc_id
            assert 150 <= len(doc.text.split()) <= 350, doc.doc_id
    assert by_format == {"html": 1, "txt": 4, "jsonl": 3}
    page = docs["seoul-moscow-consultations"]
    assert page.outlet == "Example Observer"
    assert page.raw is not None and "<article>" in page.raw
    assert "Home" not in page.text
