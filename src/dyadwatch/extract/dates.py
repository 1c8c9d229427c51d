"""Document dates (stated or estimated) and event dates (being built: see issue 3)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dyadwatch.types import DateEstimate, Document

__all__ = ["document_dates"]


def document_dates(document: Document, doc: Doc) -> tuple[str | None, DateEstimate | None]:
    """(published YYYY-MM-DD if stated, estimate from dated facts when not)."""
    return document.published, document.published_estimate
