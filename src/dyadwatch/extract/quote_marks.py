"""Find spans between quotation marks in raw text, robust to messy typography.

Pure string work, linear in the text length, no spaCy: the parse is used later
to decide whether a marked span is a quotation (with a speaker) or a scare quote.

Handled: curly (“ ” ‘ ’), straight ("), guillemets (« ») and low (the „ “
German pair); quotes spanning sentences; quotes spanning paragraphs in the
news convention (no closing mark at the end of a paragraph, an opening mark at
the start of the next: one span per paragraph, the later ones marked as
continuations); unclosed marks (closed at the paragraph end); a space
before a closing mark; apostrophes inside and at the end of words.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

__all__ = ["DOUBLE_MARKS", "SENTENCE_END", "MarkedSpan", "find_marked_spans", "paragraph_bounds"]

_OPEN_DOUBLE = "“„«"
_CLOSE_DOUBLE = "”»"
_STRAIGHT = '"'
# Every double mark, as tokens or characters: what the quote rules skip or strip.
DOUBLE_MARKS = frozenset(_STRAIGHT + _OPEN_DOUBLE + _CLOSE_DOUBLE)
SENTENCE_END = frozenset({".", "!", "?"})
_OPEN_SINGLE = "‘"
_CLOSE_SINGLE = "’"
_OPENERS_BEFORE = " \t\n([{—–-/:"  # characters after which a straight mark opens
# A span longer than this with no closing mark is treated as a broken mark.
_MAX_UNCLOSED = 2000
_MAX_SINGLE = 400


@dataclass(frozen=True)
class MarkedSpan:
    """Text between a pair of marks: `start`/`end` are the inner offsets, marks excluded."""

    start: int
    end: int
    open_mark: str
    close_mark: str | None  # None: unclosed (closed at a paragraph end or text end)
    single: bool = False  # between single marks (‘ ’)
    # Opens a paragraph right after an unclosed quote: the same speaker goes on.
    continuation: bool = False

    @property
    def closed(self) -> bool:
        return self.close_mark is not None


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line: a line break ends a paragraph in our inputs."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for end in _line_ends(text):
        if text[start:end].strip(" .\t\r\u00a0"):
            bounds.append((start, end))
        start = end + 1
    return bounds


def _line_ends(text: str) -> list[int]:
    ends = [i for i, ch in enumerate(text) if ch == "\n"]
    ends.append(len(text))
    return ends


def _opens_straight(text: str, i: int, width: int = 1) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return (before in _OPENERS_BEFORE or before == "\u00a0") and not after.isspace()


def find_marked_spans(text: str) -> list[MarkedSpan]:
    """Spans between double marks (any style), then single-mark spans outside them."""
    spans: list[MarkedSpan] = []
    for p_start, p_end in paragraph_bounds(text):
        spans.extend(_double_spans(text, p_start, p_end))
    spans = _mark_continuations(text, spans)
    spans.extend(_single_spans(text, spans))
    spans.sort(key=lambda s: s.start)
    return spans


def _double_spans(text: str, p_start: int, p_end: int) -> list[MarkedSpan]:
    """Pair double marks inside one paragraph; an unclosed mark closes at its end."""
    spans: list[MarkedSpan] = []
    open_at: int | None = None
    open_mark = ""
    open_width = 1
    i = p_start - 1
    while i + 1 < p_end:
        i += 1
        ch = text[i]
        width = _paired_apostrophes(text, i)
        if width == 2:
            ch = _STRAIGHT
        elif ch not in _OPEN_DOUBLE and ch not in _CLOSE_DOUBLE and ch != _STRAIGHT:
            continue
        if open_at is None:
            # “ is a closing mark in the „ “ pair, and a stray closer is skipped.
            if ch in _OPEN_DOUBLE or (ch == _STRAIGHT and _opens_straight(text, i, width)):
                open_at, open_mark, open_width = i, ch, width
            i += width - 1
            continue
        if ch in _OPEN_DOUBLE and not (open_mark == "„" and ch == "“") and not (
                _closes_like(text, i, p_end)):
            # A new opener while one is open: the first one lost its closing mark.
            if _looks_like_restart(text, open_at, i):
                end = _trim_end(text, open_at + open_width, i)
                spans.append(MarkedSpan(open_at + open_width, end, open_mark, None))
                open_at, open_mark, open_width = i, ch, width
            continue
        spans.append(MarkedSpan(open_at + open_width, i, open_mark, ch))
        open_at = None
        i += width - 1
    if open_at is not None and p_end - open_at < _MAX_UNCLOSED:
        spans.append(MarkedSpan(open_at + open_width,
                                _trim_end(text, open_at + open_width, p_end), open_mark, None))
    return spans


def _paired_apostrophes(text: str, i: int) -> int:
    """2 where two straight apostrophes stand for one double mark (''as some papers
    print it''), else 1."""
    if text.startswith("''", i) and not text.startswith("'''", i) and (
            i == 0 or text[i - 1] != "'"):
        return 2
    return 1


def _closes_like(text: str, i: int, p_end: int) -> bool:
    """An opening mark typed where a closing one belongs (“It's unusual,“ said X): right
    after a comma or a full stop, with a space after it."""
    return i > 0 and text[i - 1] in ",.?!" and i + 1 < p_end and text[i + 1] == " "


def _looks_like_restart(text: str, open_at: int, i: int) -> bool:
    """An opener after sentence-final punctuation restarts a quote; otherwise it is nested."""
    before = text[open_at + 1:i].rstrip()
    return bool(before) and before[-1] in ".!?"


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _mark_continuations(text: str, spans: list[MarkedSpan]) -> list[MarkedSpan]:
    """News style for a quote over several paragraphs: no closing mark at the end of a
    paragraph, an opening mark at the start of the next. Each paragraph stays its own
    span (quotes are cited paragraph by paragraph); the later ones are marked."""
    out: list[MarkedSpan] = []
    for span in spans:
        if out and not out[-1].closed and _continues(text, out[-1], span):
            span = replace(span, continuation=True)
        out.append(span)
    return out


def _continues(text: str, prev: MarkedSpan, span: MarkedSpan) -> bool:
    gap = text[prev.end:span.start - 1]
    return "\n" in gap and not gap.strip(" .\n\t\r\u00a0")


def _single_spans(text: str, doubles: list[MarkedSpan]) -> list[MarkedSpan]:
    """‘…’ spans outside double quotes (inside them they are nested quotes or scare quotes).

    A ’ between letters, or after "s" before a space, is an apostrophe.
    """
    inside = _covered_mask(len(text), doubles)
    spans: list[MarkedSpan] = []
    open_at: int | None = None
    for i, ch in enumerate(text):
        if ch == "\n":
            open_at = None
        elif inside[i]:
            continue
        elif ch == _OPEN_SINGLE and (i == 0 or not text[i - 1].isalnum()):
            open_at = i
        elif ch == _CLOSE_SINGLE and open_at is not None and _closes_single(text, i):
            if i - open_at < _MAX_SINGLE:
                spans.append(MarkedSpan(open_at + 1, i, _OPEN_SINGLE, ch, single=True))
            open_at = None
    return spans


def _closes_single(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    return not after.isalnum()


def _covered_mask(length: int, spans: list[MarkedSpan]) -> bytearray:
    """1 at every offset inside (or on the marks of) a double-quoted span."""
    mask = bytearray(length + 1)
    for span in spans:
        a, b = max(span.start - 1, 0), min(span.end + 1, length)
        mask[a:b] = b"\x01" * (b - a)
    return mask
