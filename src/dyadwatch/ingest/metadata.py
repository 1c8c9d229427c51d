"""Title, author, outlet and publication date read from a plain text's lines.

- title: the first content line when it is shaped like a heading (short, one
  sentence, followed by longer text);
- author: a byline in the header (`Name, August 07`, `By Name`, `Kenan AĞAZADE`),
  with an all-caps surname title-cased;
- outlet: a closing sign-off (`… exclusively for the online magazine "X"`) or a
  known sign-off phrase from `patterns.KNOWN_SIGNOFFS`;
- published: a full date in the byline or a dateline; a byline date without a
  year takes the year of the latest full date in the text when the byline date
  is not earlier than it (an article is not published before what it reports).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dyadwatch.ingest.boilerplate import Layout
from dyadwatch.ingest.lines import Line, is_name_line, word_count, words
from dyadwatch.ingest.patterns import KNOWN_SIGNOFFS, SIGNOFF_PATTERNS

__all__ = ["TextMetadata", "normalise_person_name", "parse_date", "text_metadata"]

_MONTH_NAMES = (
    "january february march april may june july august september october november december"
)
_MONTHS: dict[str, int] = {
    name: number
    for number, full in enumerate(_MONTH_NAMES.split(), start=1)
    for name in (full, full[:3], full[:4])
}
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>\d{4}))?\b"
_MDY = re.compile(rf"\b(?P<month>{_MONTH})\s+{_DAY}{_YEAR}")
_DMY = re.compile(rf"\b{_DAY}\s+(?P<month>{_MONTH}){_YEAR}")
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
_BYLINE = re.compile(r"^(?:by\s+)?(?P<name>[^,|–—]+?)\s*(?:[,|–—]\s*(?P<rest>.*))?$", re.IGNORECASE)
_DATELINE = re.compile(r"^[A-Z][A-Za-z .'’-]{1,40},\s*(?P<date>[^—–]{5,30}?)\s*[—–-]\s")
_MAX_TITLE_WORDS = 25
_MAX_DATE_CHARS = 60
_MAX_BYLINE_CHARS = 120
# A stop after a word of 4+ letters, then a capital: abbreviations (Dr., St., U.S.,
# v.) do not end a sentence.
_SENTENCE_BREAK = re.compile(r"[^\W\d_]{4,}[.!?][\"'”’]?\s+[\"'“‘]?[A-Z]")


@dataclass(frozen=True)
class PartialDate:
    year: int | None
    month: int
    day: int

    def iso(self) -> str | None:
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}" if self.year else None


@dataclass(frozen=True)
class TextMetadata:
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: str | None = None


def _valid(year: int | None, month: int, day: int) -> bool:
    try:
        date(year or 2000, month, day)
    except ValueError:
        return False
    return True


def _match_date(match: re.Match[str]) -> PartialDate | None:
    raw_month = match.group("month")
    month = int(raw_month) if raw_month.isdigit() else _MONTHS.get(raw_month.lower().rstrip("."))
    year = int(match.group("year")) if match.group("year") else None
    day = int(match.group("day"))
    if month is None or not _valid(year, month, day):
        return None
    return PartialDate(year, month, day)


def parse_date(text: str) -> PartialDate | None:
    """The first date in `text` (`August 7, 2024`, `7 Aug 2024`, `2024-08-07`, `August 07`)."""
    for pattern in (_ISO, _MDY, _DMY):
        match = pattern.search(text)
        if match and (found := _match_date(match)):
            return found
    return None


def _only_date(text: str) -> PartialDate | None:
    """A date when `text` is nothing but a date (and perhaps a weekday)."""
    if len(text) > _MAX_DATE_CHARS:
        return None
    found = parse_date(text)
    if found is None:
        return None
    leftover = re.sub(rf"{_MONTH}|\d+(?:st|nd|rd|th)?|[,./\-\s]|"
                      r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", "", text)
    return found if not leftover.strip() else None


def full_dates(text: str) -> list[PartialDate]:
    found = []
    for pattern in (_ISO, _MDY, _DMY):
        for match in pattern.finditer(text):
            if match.group("year") and (parsed := _match_date(match)):
                found.append(parsed)
    return found


def normalise_person_name(name: str) -> str:
    """`Kenan AĞAZADE` → `Kenan Ağazade`: all-caps words are title-cased."""
    parts = []
    for token in name.split():
        if len(token) > 1 and token.isupper():
            token = "-".join(p[:1] + p[1:].replace("İ", "I").lower() for p in token.split("-"))
        parts.append(token)
    return " ".join(parts)


def _unmarked(text: str) -> str:
    """A line without Markdown heading and emphasis marks (`## *By Ana Ruiz*`)."""
    return text.strip().lstrip("#").strip().strip("*_").strip()


def parse_byline(text: str) -> tuple[str, PartialDate | None] | None:
    """(author name, date or None) when the line is a byline."""
    if len(text) > _MAX_BYLINE_CHARS:
        return None
    match = _BYLINE.match(_unmarked(text))
    if not match or not is_name_line(match.group("name")):
        return None
    rest = (match.group("rest") or "").strip()
    when = _only_date(rest) if rest else None
    if rest and when is None:
        return None
    return normalise_person_name(match.group("name").strip()), when


def _title_case(text: str) -> bool:
    """Headline capitalisation: nearly every word that is not a short connector."""
    tokens = [w for w in words(text) if len(w) > 3 or w[0].isupper()]
    return len(tokens) >= 3 and sum(1 for w in tokens if w[0].isupper()) >= 0.8 * len(tokens)


def _heading(text: str, next_line: Line | None) -> str | None:
    """`text` without markdown marks when it reads as a heading: a short line in
    headline capitals, or one sentence followed by a line at least as long."""
    title = _unmarked(text)
    if not title or next_line is None or len(title) > _MAX_TITLE_WORDS * 20:
        return None
    if word_count(title) > _MAX_TITLE_WORDS:
        return None
    if _title_case(title):
        return title
    if _SENTENCE_BREAK.search(title.rstrip(".!?")):  # more than one sentence
        return None
    return title if word_count(next_line.text) >= word_count(title) else None


def _header_lines(layout: Layout, skip: set[int], limit: int = 6) -> list[Line]:
    lines = [ln for ln in layout.nonempty if ln.index not in skip]
    return lines[:limit]


def _title(header: list[Line], byline_index: int | None, following: list[Line]) -> str | None:
    """The first content line (not the byline, not a date), when heading-shaped."""
    candidates = [ln for ln in header if ln.index != byline_index and _only_date(ln.text) is None]
    if not candidates:
        return None
    first = candidates[0]
    # Section labels (`ABSTRACT.`, `FULL TEXT`) say nothing about the title's shape.
    after = [
        ln for ln in following
        if ln.index > first.index and not (ln.text.isupper() and word_count(ln.text) <= 3)
    ]
    return _heading(first.text, after[0] if after else None)


def _signoff_outlet(layout: Layout, tail: int = 12) -> str | None:
    """Closing lines (link lists under them included) that name the outlet."""
    last_lines = layout.nonempty[-tail:]
    for table in (KNOWN_SIGNOFFS, SIGNOFF_PATTERNS):
        for line in reversed(last_lines):
            for signoff in table:
                match = signoff.pattern.search(line.text)
                if match:
                    return signoff.outlet or match.group("outlet").strip(" \"“”«»'")
    return None


def _year_for(partial: PartialDate, text: str) -> PartialDate:
    """Fill a missing year from the latest full date in the text, if not later."""
    if partial.year is not None:
        return partial
    dated = full_dates(text)
    if not dated:
        return partial
    latest = max(dated, key=lambda d: (d.year or 0, d.month, d.day))
    if (partial.month, partial.day) >= (latest.month, latest.day):
        return PartialDate(latest.year, partial.month, partial.day)
    return partial


def _dateline(layout: Layout, header: list[Line]) -> PartialDate | None:
    for line in header:
        if (found := _only_date(line.text)) is not None:
            return found
    if layout.first_paragraph is not None:
        match = _DATELINE.match(layout.lines[layout.first_paragraph].text)
        if match:
            return _only_date(re.sub(r"\([^)]*\)", "", match.group("date")))
    return None


def text_metadata(layout: Layout, text: str, boilerplate: set[int]) -> TextMetadata:
    """Metadata from the lines of `text`; boilerplate lines are not title or byline."""
    header = _header_lines(layout, boilerplate)
    author, when, byline_index = None, None, None
    for line in header:
        if layout.first_paragraph is not None and line.index >= layout.first_paragraph:
            break
        if (parsed := parse_byline(line.text)) is not None:
            (author, when), byline_index = parsed, line.index
            break
    following = [
        ln for ln in layout.nonempty if ln.index not in boilerplate and ln.index != byline_index
    ]
    title = _title(header, byline_index, following)
    when = when or _dateline(layout, header)
    published = _year_for(when, text).iso() if when else None
    return TextMetadata(title, author, _signoff_outlet(layout), published)
