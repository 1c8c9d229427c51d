"""Lines of a plain text with their offsets, and the shape features the
boilerplate and metadata heuristics read (length, final punctuation, names)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "Line",
    "content_stems",
    "ends_sentence",
    "is_function_word",
    "is_name_line",
    "is_paragraph",
    "split_lines",
    "stems_of",
    "word_count",
]

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
# Closing quotes and brackets may follow the final stop (`… he said.”`); an
# opening quote there is a common typo for a closing one.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’“‘»)\]]*\s*$")
# A name token: Capitalised or ALL CAPS, hyphenated parts and apostrophes allowed.
# A trailing stop is allowed only on an initial ("J."): "Poland." ends a sentence.
_NAME_TOKEN = re.compile(
    r"^(?:[^\W\d_]\.|[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*)$", re.UNICODE
)
_NAME_PARTICLES = frozenset(
    {"de", "da", "di", "del", "van", "von", "der", "den", "bin", "al", "la", "le"}
)
# Words too common to tell whether two passages say the same thing.
_FUNCTION_WORD_TEXT = (
    "the a an and or but of to in on at by for with from as is are was were be been being "
    "has have had its it this that these those their there they them his her he she we our "
    "not no so than then also into over under about after before between while which who "
    "whom whose what when where will would can could may might should must shall do does did "
    "all any some more most such very just only other own same both each"
)
_FUNCTION_WORDS = frozenset(_FUNCTION_WORD_TEXT.split())


@dataclass(frozen=True)
class Line:
    """One line of the text: `text` is stripped, `start`/`end` bound the raw line."""

    index: int
    start: int
    end: int
    text: str

    @property
    def empty(self) -> bool:
        return not self.text


def split_lines(text: str) -> list[Line]:
    """All lines (empty ones included) with their offsets in `text`."""
    lines: list[Line] = []
    start = 0
    for index, raw in enumerate(text.split("\n")):
        lines.append(Line(index, start, start + len(raw), raw.strip()))
        start += len(raw) + 1
    return lines


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def word_count(text: str) -> int:
    return len(words(text))


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text))


def is_paragraph(line: Line) -> bool:
    """Running text: a long line, or a shorter one that ends like a sentence."""
    n = word_count(line.text)
    return n >= 30 or (n >= 12 and ends_sentence(line.text))


def is_name_line(text: str) -> bool:
    """A line that is only a person's name: 2-4 capitalised tokens (particles allowed)."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 4:
        return False
    capitalised = 0
    for token in tokens:
        if token.lower() in _NAME_PARTICLES:
            continue
        if not _NAME_TOKEN.match(token) or not token[0].isupper():
            return False
        capitalised += 1
    return capitalised >= 2


def is_function_word(word: str) -> bool:
    return word.lower() in _FUNCTION_WORDS


def content_stems(text: str) -> set[str]:
    """Crude stems (first five letters) of the content words, to compare passages."""
    return {w.lower()[:5] for w in words(text) if len(w) > 2 and w.lower() not in _FUNCTION_WORDS}


def stems_of(texts: Iterable[str]) -> set[str]:
    stems: set[str] = set()
    for text in texts:
        stems |= content_stems(text)
    return stems
