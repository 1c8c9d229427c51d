"""PLOVER 2.0 events over a parsed Doc (being built: see issue 3)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dyadwatch.extract.context import ExtractionContext
    from dyadwatch.types import Event, Quote

__all__ = ["extract_events"]


def extract_events(
    doc: Doc, context: ExtractionContext, quotes: Sequence[Quote] = ()
) -> list[Event]:
    """Events in `doc`; `quotes` lets a quoted accusation or threat become an event."""
    return []
