"""What every extractor gets besides the parsed Doc."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dyadwatch.resolve.actors import ActorResolver
    from dyadwatch.types import Document

__all__ = ["ExtractionContext"]


@dataclass(frozen=True)
class ExtractionContext:
    """The document being read, how to resolve actors, and the date that anchors
    relative and year-less dates ("on June 26", "last week")."""

    document: Document
    resolver: ActorResolver
    # YYYY-MM-DD, YYYY-MM or YYYY: the stated publication date; or an estimated
    # range "YYYY-MM/YYYY-MM".
    reference_date: str | None = None
