"""Quote drafts (a quote before its speaker is resolved) and the rules that join or drop
them: a quote interrupted by its cue, quoted words listed in one phrase, a single quoted
word inside a reported clause. Pure offset and string work on drafts; no spaCy parse.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from dyadwatch.extract.quote_marks import DOUBLE_MARKS

if TYPE_CHECKING:
    from spacy.tokens import Span

    from dyadwatch.types import Speaker

__all__ = ["QUOTE_CHARS", "TRAILING", "Draft", "join_pieces", "mostly_covered", "strip_span",
           "without_single_words"]

TRAILING = " \t\n\r.,;:!?\u00a0"
QUOTE_CHARS = "\"“”„«»‘’'"
_GAP_WORDS = 20  # at most this many words between the halves of an interrupted quote
_GLUE_WORDS = 3  # at most this many words between quoted fragments listed in one phrase
_LIST_GLUE = frozenset({"and", "or", "a", "an", "the", "who", "is", "was", "as", "but", "not"})
_NO_QUOTE_MARKS = str.maketrans({c: " " for c in DOUBLE_MARKS})


@dataclass
class Draft:
    """A quote before its speaker is resolved."""

    start: int
    end: int
    direct: bool
    cue: str | None
    speaker: Span | None
    confidence: float
    floating: bool = False
    resolved: Speaker | None = None
    # Where a cue after the closing mark ends ("…,” she said| …"), with its speaker.
    tail_end: int | None = None


def join_pieces(text: str, drafts: list[Draft]) -> list[Draft]:
    """ “A,” she said, “B.” is one quote interrupted by its cue: one record from A to B,
    the cue inside (PolNeAR and GGT both annotate it so). After a full stop (“A,” she
    said. “B.”) B is a quote of its own, floating (GGT's convention; PolNeAR joins it)."""
    out: list[Draft] = []
    for draft in drafts:
        last = out[-1] if out else None
        if last is not None and (_interrupts(text, last, draft) or _coordinated(text, last, draft)):
            out[-1] = replace(last, end=draft.end, tail_end=None)
            continue
        out.append(draft)
    return out


def _interrupts(text: str, first: Draft, second: Draft) -> bool:
    """Only the cue (with its speaker and, before a quote with no cue of its own, a few
    words of setting: "…,” she said on Friday, “…”) and punctuation between two spans,
    in one sentence."""
    cue_end = first.tail_end
    if cue_end is None or not first.end < cue_end <= second.start:
        return False
    gap = text[first.end:second.start]
    after_cue = text[cue_end:second.start]
    if "\n" in gap or len(gap.split()) > _GAP_WORDS or any(c in "!?;" for c in gap) or (
            "." in after_cue):
        return False
    rest = after_cue.rstrip(TRAILING + QUOTE_CHARS + "—–-")
    if not rest.strip(TRAILING):
        return True
    return second.floating and not any(c in QUOTE_CHARS for c in rest)


def _coordinated(text: str, first: Draft, second: Draft) -> bool:
    """ called him a “liar,” a “bully” and “unstable”: quoted words listed in one phrase
    are one quote (a list split into fragments would be counted as several)."""
    if second.start < first.end or second.speaker is not None and (
            first.speaker is None or second.speaker.start != first.speaker.start):
        return False
    glue = text[first.end:second.start].translate(_NO_QUOTE_MARKS).replace(",", " ").split()
    return len(glue) <= _GLUE_WORDS and all(w.lower() in _LIST_GLUE for w in glue)


def without_single_words(text: str, drafts: list[Draft]) -> list[Draft]:
    """A single quoted word inside a reported clause (said it was “fraud”) is the clause's,
    not a quote of its own; longer fragments are emitted twice, as the seed gold has them."""
    clauses = [(d.start, d.end) for d in drafts if not d.direct]
    return [d for d in drafts if not d.direct or len(text[d.start:d.end].split()) > 1
            or not any(a <= d.start and d.end <= b for a, b in clauses)]


def mostly_covered(start: int, end: int, covered: list[tuple[int, int]]) -> bool:
    inside = sum(max(0, min(end, b) - max(start, a)) for a, b in covered)
    return inside >= 0.6 * (end - start)


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in QUOTE_CHARS):
        start += 1
    while end > start and (text[end - 1] in TRAILING or text[end - 1] in QUOTE_CHARS):
        end -= 1
    return start, end
