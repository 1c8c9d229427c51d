"""Boilerplate lines: page furniture that is not the article's own text.

Each rule is a small function over the text's `Layout` that returns the line
indices it claims. Marker rules (menus, share prompts, related-link lists,
disclaimers) read the phrase tables in `patterns`; shape rules (tag lines,
pull-quote captions, teaser blocks of other articles) read line shapes and are
switched off for hard-wrapped text, where every line looks short.

Boilerplate is blanked, not cut: `blank_lines` keeps the text's length and
newlines, so character offsets stay valid in both texts.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from dyadwatch.ingest.lines import (
    Line,
    content_stems,
    ends_sentence,
    is_function_word,
    is_name_line,
    is_paragraph,
    split_lines,
    stems_of,
    word_count,
    words,
)
from dyadwatch.ingest.patterns import (
    DISCLAIMER_STARTS,
    RELATED_MARKERS,
    RELATED_PREFIXES,
    SHARE_PROMPTS,
)

__all__ = ["Layout", "blank_lines", "find_boilerplate", "layout_of"]

_MENU = re.compile(r"^[^\W\d_]{2,3}(?:\s*[|/•·]\s*[^\W\d_]{2,3})+$")
_SEPARATED = re.compile(r"\s+[|•·]\s+")
_TAG_SEPARATOR = re.compile(r"[.,;|·•/]\s")
_QUOTE_MARKS = ("\"", "“", "‘", "'", "«", "„")
_CONNECTORS = frozenset({"of", "and", "the", "for", "in", "on", "de", "du", "la", "to", "&"})


@dataclass(frozen=True)
class Layout:
    """The text's lines, which are paragraphs, and where the running text starts.

    Built once per text by `layout_of`; the rules only read it.
    """

    lines: tuple[Line, ...]
    nonempty: tuple[Line, ...]
    paragraphs: tuple[int, ...]  # indices of paragraph lines, ascending
    wrapped: bool  # hard-wrapped text: line shapes say nothing
    _indices: tuple[int, ...] = field(repr=False, compare=False)  # of the nonempty lines

    @property
    def first_paragraph(self) -> int | None:
        return self.paragraphs[0] if self.paragraphs else None

    def is_paragraph(self, line: Line) -> bool:
        slot = bisect_left(self.paragraphs, line.index)
        return slot < len(self.paragraphs) and self.paragraphs[slot] == line.index

    def in_header(self, line: Line) -> bool:
        return self.first_paragraph is None or line.index < self.first_paragraph

    def next_nonempty(self, line: Line) -> Line | None:
        slot = bisect_right(self._indices, line.index)
        return self.nonempty[slot] if slot < len(self.nonempty) else None

    def previous_nonempty(self, line: Line) -> Line | None:
        slot = bisect_left(self._indices, line.index)
        return self.nonempty[slot - 1] if slot > 0 else None

    def paragraphs_around(self, line: Line, span: int) -> list[Line]:
        """Up to `span` paragraph lines before `line` and `span` after it."""
        slot = bisect_left(self.paragraphs, line.index)
        before = self.paragraphs[max(0, slot - span) : slot]
        after = [i for i in self.paragraphs[slot : slot + span + 1] if i != line.index][:span]
        return [self.lines[i] for i in (*before, *after)]


def layout_of(text: str) -> Layout:
    lines = tuple(split_lines(text))
    nonempty = tuple(ln for ln in lines if not ln.empty)
    paragraphs = tuple(ln.index for ln in nonempty if is_paragraph(ln))
    indices = tuple(ln.index for ln in nonempty)
    return Layout(lines, nonempty, paragraphs, _looks_wrapped(list(nonempty)), indices)


def _looks_wrapped(lines: list[Line]) -> bool:
    """Most lines of similar width (55-100 chars) that do not end a sentence."""
    long_lines = [ln for ln in lines if len(ln.text) >= 40]
    if len(long_lines) < 8:
        return False
    fixed = [ln for ln in long_lines if 55 <= len(ln.text) <= 100]
    ending = [ln for ln in long_lines if ends_sentence(ln.text)]
    return len(fixed) >= 0.6 * len(long_lines) and len(ending) < 0.3 * len(long_lines)


def _short(line: Line, limit: int) -> bool:
    if len(line.text) > limit * 40:  # no need to count the words of a long line
        return False
    return 0 < word_count(line.text) <= limit or (not words(line.text) and bool(line.text))


def _starts_with_any(text: str, phrases: tuple[str, ...]) -> bool:
    lowered = text.lower()
    return any(lowered.startswith(p) for p in phrases)


def menu_lines(layout: Layout) -> set[int]:
    """Language switchers and navigation bars: `EN|FR|RU`, `Home | World | Asia`."""
    found: set[int] = set()
    for line in layout.nonempty:
        items = _SEPARATED.split(line.text)
        if _MENU.match(line.text) or (
            len(items) >= 3 and all(0 < word_count(i) <= 3 for i in items)
        ):
            found.add(line.index)
    return found


def share_lines(layout: Layout) -> set[int]:
    """`Follow us on:`, `Share this article` and the like."""
    return {
        ln.index for ln in layout.nonempty
        if _short(ln, 8) and _starts_with_any(ln.text, SHARE_PROMPTS)
    }


def link_lines(layout: Layout) -> set[int]:
    """Single links to other articles: `READ MORE: …`, `WATCH: …` (the first line
    is the title, even when it opens like one: `Look: …`)."""
    return {
        ln.index for ln in layout.nonempty[1:]
        if _short(ln, 30) and _starts_with_any(ln.text, RELATED_PREFIXES)
    }


def disclaimer_lines(layout: Layout) -> set[int]:
    return {
        ln.index for ln in layout.nonempty
        if _short(ln, 60) and _starts_with_any(ln.text, DISCLAIMER_STARTS)
    }


def related_link_lines(layout: Layout) -> set[int]:
    """A `More on this topic` marker and the short link lines under it. In the
    header (a menu item, say) only the marker: the title and byline follow it."""
    found: set[int] = set()
    in_list = False
    for line in layout.nonempty:
        if line.text.lower().rstrip(" :.").strip() in RELATED_MARKERS:
            in_list = not layout.in_header(line)
            found.add(line.index)
        elif in_list and word_count(line.text) < 30 and not layout.is_paragraph(line):
            found.add(line.index)
        else:
            in_list = False
    return found


def _capitalised_words(text: str) -> tuple[int, int]:
    """(capitalised words, all words except connectors)."""
    tokens = [w for w in words(text) if w.lower() not in _CONNECTORS]
    return sum(1 for w in tokens if w[0].isupper()), len(tokens)


def tag_lines(layout: Layout) -> set[int]:
    """A header line listing tags: every word capitalised, items run together with
    separators and no final stop (`Kim Putin. Republic of Korea Russia`)."""
    header = [ln for ln in layout.nonempty if layout.in_header(ln)]
    found: set[int] = set()
    for line in header[1:]:  # the first line is the title candidate
        capitalised, total = _capitalised_words(line.text)
        if (
            total >= 2 and capitalised == total and not ends_sentence(line.text)
            and not is_name_line(line.text) and _TAG_SEPARATOR.search(line.text)
            and not any(ch.isdigit() for ch in line.text)
        ):
            found.add(line.index)
    return found


def _sentence_case(text: str) -> bool:
    tokens = words(text)
    lower = sum(1 for w in tokens if w[0].islower())
    return len(tokens) >= 5 and tokens[0][0].isupper() and lower >= 0.4 * len(tokens)


def _near_paragraph_stems(layout: Layout, line: Line, span: int = 2) -> set[str]:
    return stems_of(p.text for p in layout.paragraphs_around(line, span))


def _caption_shaped(line: Line) -> bool:
    """Short, no final stop, not a quotation, not cut off mid-sentence."""
    tokens = words(line.text)
    return (
        5 <= len(tokens) <= 30
        and not ends_sentence(line.text)
        and not line.text.endswith((":", "?", ",", ";", "-", "–"))
        and not line.text.startswith(_QUOTE_MARKS)
        and not is_function_word(tokens[-1])
    )


def caption_lines(layout: Layout) -> set[int]:
    """Pull-quotes and captions: a short line without a final stop, standing alone
    between paragraphs, shaped like a sentence or repeating a nearby paragraph."""
    found: set[int] = set()
    for line in layout.nonempty:
        if layout.in_header(line) or layout.is_paragraph(line) or not _caption_shaped(line):
            continue
        before, after = layout.previous_nonempty(line), layout.next_nonempty(line)
        if before is None or after is None:
            continue
        if not (layout.is_paragraph(before) and layout.is_paragraph(after)):
            continue
        if after.text[0].islower():  # a paragraph broken in two, not a caption
            continue
        stems = content_stems(line.text)
        overlap = len(stems & _near_paragraph_stems(layout, line)) / max(1, len(stems))
        if _sentence_case(line.text) or overlap >= 0.6:
            found.add(line.index)
    return found


def teaser_lines(layout: Layout) -> set[int]:
    """Another article embedded in the page: a title-like line, a person-name line
    right under it, and that article's lead paragraph."""
    found: set[int] = set()
    for line in layout.nonempty:
        if layout.in_header(line) or layout.is_paragraph(line):
            continue
        if not 2 <= word_count(line.text) <= 15 or line.text.endswith("."):
            continue
        name = layout.lines[line.index + 1] if line.index + 1 < len(layout.lines) else None
        if name is None or name.empty or not is_name_line(name.text):
            continue
        lead = layout.next_nonempty(name)
        if lead is None or word_count(lead.text) < 10:
            continue
        found |= {line.index, name.index, lead.index}
    return found


_MARKER_RULES: tuple[Callable[[Layout], set[int]], ...] = (
    menu_lines, share_lines, link_lines, disclaimer_lines, related_link_lines,
)
_SHAPE_RULES: tuple[Callable[[Layout], set[int]], ...] = (tag_lines, teaser_lines, caption_lines)


def find_boilerplate(layout: Layout) -> list[Line]:
    """The boilerplate lines, in text order."""
    indices: set[int] = set()
    rules = _MARKER_RULES if layout.wrapped else _MARKER_RULES + _SHAPE_RULES
    for rule in rules:
        indices |= rule(layout)
    return [layout.lines[i] for i in sorted(indices)]


def blank_lines(text: str, lines: list[Line]) -> str:
    """`text` with each given line replaced by spaces (newlines kept, same length)."""
    chars = list(text)
    for line in lines:
        for i in range(line.start, line.end):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)
