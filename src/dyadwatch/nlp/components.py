"""Custom spaCy components, registered under versioned names.

Each component computes what to change with a pure function (testable on a
hand-built Doc) and only then sets it on the Doc.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["LINE_BREAKS", "line_break_starts", "mark_line_breaks"]

LINE_BREAKS = "dyadwatch_line_breaks_v1"


def line_break_starts(doc: Doc) -> list[int]:
    """Indices of tokens that follow a whitespace token holding a line break: a
    title, byline or caption line is never part of the next sentence."""
    return [
        token.i + 1
        for token in doc[:-1]
        if "\n" in token.text and token.text.isspace() and not doc[token.i + 1].text.isspace()
    ]


@Language.component(LINE_BREAKS)
def mark_line_breaks(doc: Doc) -> Doc:
    # Set before the parser runs: spaCy's parser keeps preset sentence starts.
    for index in line_break_starts(doc):
        doc[index].is_sent_start = True
    return doc
