"""The document's sentences as every stage numbers them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["nonblank_sentences"]


def nonblank_sentences(doc: Doc) -> Iterator[tuple[Span, int, str]]:
    """(sentence, start offset of its stripped text, stripped text) for each sentence
    with text. Blanked boilerplate leaves whitespace-only sentences; they are skipped,
    so the n-th item is sentence number n in the store and in evidence."""
    for sent in doc.sents:
        text = sent.text.strip()
        if text:
            yield sent, sent.start_char + sent.text.index(text[0]), text
