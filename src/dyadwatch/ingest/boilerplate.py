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
from collections.abc import Callable
from dataclasses import dataclass

from dyadwatch.ingest.lines import (
    Line,
    content_stems,
    ends_sentence,
    is_name_line,
    is_paragraph,
    split_lines,
    stems_of,
    word_count,
    words,
)
from dyadwatch.ingest.patterns import DISCLAIMER_STARTS, RELATED_MARKERS, SHARE_PROMPTS

__all__ = ["Layout", "blank_lines", "find_boilerplate", "layout_of"]

_MENU = re.compile(r"^[^\W\d_]{2,3}(?:\s*[|/•·]\s*[^\W\d_]{2,3})+$")
_SEPARATED = re.compile(r"\s+[|•·]\s+")
_TAG_SEPARATOR = re.compile(r"[.,;|·•/]\s")
_CONNECTORS = frozenset({"of", "and", "the", "for", "in", "on", "de", "du", "la", "to", "&"})


@dataclass(frozen=True)
class Layout:
    """The text's lines and where the running text starts."""

    lines: tuple[Line, ...]
    first_paragraph: int | None  # index of the first paragraph line
    wrapped: bool  # hard-wrapped text: line shapes say nothing

    @property
    def nonempty(self) -> list[Line]:
        return [line for line in self.lines if not line.empty]

    def in_header(self, line: Line) -> bool:
        return self.first_paragraph is None or line.index < self.first_paragraph

    def next_nonempty(self, line: Line) -> Line | None:
        return next((ln for ln in self.lines[line.index + 1 :] if not ln.empty), None)

    def previous_nonempty(self, line: Line) -> Line | None:
        return next((ln for ln in reversed(self.lines[: line.index]) if not ln.empty), None)


def layout_of(text: str) -> Layout:
    lines = tuple(split_lines(text))
    first = next((ln.index for ln in lines if not ln.empty and is_paragraph(ln)), None)
    return Layout(lines, first, _looks_wrapped([ln for ln in lines if not ln.empty]))


def _looks_wrapped(lines: list[Line]) -> bool:
    """Most lines of similar width (55-100 chars) that do not end a sentence."""
    long_lines = [ln for ln in lines if len(ln.text) >= 40]
    if len(long_lines) < 8:
        return False
    fixed = [ln for ln in long_lines if 55 <= len(ln.text) <= 100]
    ending = [ln for ln in long_lines if ends_sentence(ln.text)]
    return len(fixed) >= 0.6 * len(long_lines) and len(ending) < 0.3 * len(long_lines)


def _short(line: Line, limit: int) -> bool:
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


def disclaimer_lines(layout: Layout) -> set[int]:
    return {
        ln.index for ln in layout.nonempty
        if _short(ln, 60) and _starts_with_any(ln.text, DISCLAIMER_STARTS)
    }


def related_link_lines(layout: Layout) -> set[int]:
    """A `More on this topic` marker and the short link lines under it."""
    found: set[int] = set()
    in_list = False
    for line in layout.lines:
        if line.empty:
            continue
        if line.text.lower().rstrip(" :.").strip() in RELATED_MARKERS:
            in_list = True
            found.add(line.index)
        elif in_list and word_count(line.text) < 30 and not is_paragraph(line):
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
    paragraphs = [ln for ln in layout.nonempty if is_paragraph(ln)]
    before = [p for p in paragraphs if p.index < line.index][-span:]
    after = [p for p in paragraphs if p.index > line.index][:span]
    return stems_of(p.text for p in before + after)


def caption_lines(layout: Layout) -> set[int]:
    """Pull-quotes and captions: a short line without a final stop, standing alone
    between paragraphs, shaped like a sentence or repeating a nearby paragraph."""
    found: set[int] = set()
    for line in layout.nonempty:
        if layout.in_header(line) or is_paragraph(line) or ends_sentence(line.text):
            continue
        n = word_count(line.text)
        if not 3 <= n <= 30 or line.text.endswith((":", "?")):
            continue
        before, after = layout.previous_nonempty(line), layout.next_nonempty(line)
        if before is None or after is None or not (is_paragraph(before) and is_paragraph(after)):
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
        if layout.in_header(line) or is_paragraph(line) or not 2 <= word_count(line.text) <= 15:
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
    menu_lines, share_lines, disclaimer_lines, related_link_lines,
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
