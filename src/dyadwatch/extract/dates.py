"""Document dates (stated, inferred from a year-less byline, or estimated) and event dates.

    published, estimate = document_dates(document, doc)
    tracker = DateTracker(reference_date)
    for sent in doc.sents:
        date, precision = tracker.date_for(sent)

Event-date conventions (seed gold): a sentence gets a date from a date expression
(absolute "June 28, 2024"; year-less "On June 26" takes the reference year; ranges
give their start, "June 18-19" -> 2024-06-18, "2016-2017" -> 2016; "the 140th
anniversary" -> reference year - 140; relative "yesterday", "on Tuesday", "last
week"; anchored "On the same day", "Meanwhile", "the next day"). A sentence with no
expression continues the date of the dated sentence before it in the same
paragraph, or of the paragraph before when it opens with a pronoun or a quotation
mark (the same speaker going on). Targets ("by 2020", "until 2030") are not dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date
from datetime import timedelta
from typing import TYPE_CHECKING

from dyadwatch.resolve.tenure import Tenure, tenure_bounds
from dyadwatch.types import DateEstimate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from dyadwatch.resolve.actors import ActorResolver
    from dyadwatch.types import Document

__all__ = ["DateExpression", "DateTracker", "document_dates", "find_date_expressions"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (r"(?P<{g}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
          r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_YEAR = r"(?P<{g}>(?:19|20)\d\d)"
_DASH = r"\s*[-–—]\s*"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                 "six": 6, "seven": 7, "ten": 10}

# Order matters: earlier patterns win where matches overlap.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(p, re.IGNORECASE))
    for name, p in (
        ("iso", r"\b" + _YEAR.format(g="y") + r"-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
        ("month_day", r"\b" + _MONTH.format(g="mon") + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
         r"(?:" + _DASH + r"[0-3]?\d(?:st|nd|rd|th)?)?\b(?:,?\s+" + _YEAR.format(g="y") + r"\b)?"),
        ("day_month", r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:" + _DASH + r"[0-3]?\d)?\s+(?:of\s+)?"
         + _MONTH.format(g="mon") + r"(?:,?\s+" + _YEAR.format(g="y") + r"\b)?"),
        ("month_year", r"\b" + _MONTH.format(g="mon") + r",?\s+(?:of\s+)?" + _YEAR.format(g="y")
         + r"\b"),
        ("month", r"\b(?P<pre>in|on|since|during|early|late|mid|last|this|next|until|by|for|"
         r"of|from|through)[\s-]+" + _MONTH.format(g="mon") + r"(?![\w-])"),
        ("anniversary", r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\b"),
        ("year_range", r"\b" + _YEAR.format(g="y") + _DASH + r"(?:(?:19|20)?\d\d)\b"),
        ("year", r"(?<![\d$£€.,-])" + _YEAR.format(g="y") + r"(?![\d%-]|\s*(?:billion|million))"),
        ("relative_day", r"\b(?P<rel>yesterday|today|tonight|tomorrow)\b"),
        ("weekday", r"\b(?:on|last|this|next)\s+(?P<wd>" + "|".join(_WEEKDAYS) + r")\b"),
        ("ago", r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|ten)\s+"
         r"(?P<unit>day|week|month|year)s?\s+ago\b"),
        ("last_unit", r"\b(?P<which>last|this|earlier this|later this|past|previous)\s+"
         r"(?P<unit>week|month|year)\b"),
        ("anchor_same", r"\b(?:on\s+)?(?:the\s+same\s+day|that\s+(?:same\s+)?day|the\s+same\s+"
         r"evening|that\s+evening|earlier\s+that\s+day|later\s+that\s+day)\b"),
        ("anchor_next", r"\b(?:the\s+(?:next|following)\s+day|a\s+day\s+later|the\s+day\s+after)"
         r"\b"),
        ("anchor_prev", r"\b(?:the\s+(?:previous|preceding)\s+day|a\s+day\s+(?:earlier|before)|"
         r"the\s+day\s+before)\b"),
        ("anchor_month", r"\b(?:meanwhile|in\s+the\s+meantime|at\s+the\s+same\s+time|around\s+the"
         r"\s+same\s+time|later\s+that\s+month|that\s+same\s+month|the\s+same\s+month)\b"),
    ))
# Words before a date that make it a target or a deadline, not an event date.
_TARGET_BEFORE = re.compile(r"\b(?:by|until|till|through|before|to)\s+(?:the\s+end\s+of\s+)?$",
                            re.IGNORECASE)
_ANCHORS = frozenset({"anchor_same", "anchor_next", "anchor_prev", "anchor_month"})
_OPENS_CONTINUATION = re.compile(r"^\s*(?:[\"“‘'«]|(?:He|She|They|It|The\s+diplomat|The\s+minister"
                                 r"|In\s+addition|Also|Additionally)\b)")


@dataclass(frozen=True)
class DateExpression:
    start: int  # character offsets in the text searched
    end: int
    kind: str  # the pattern that found it (see _PATTERNS)
    date: str | None  # None for anchors, resolved by DateTracker
    precision: str | None  # day | month | year
    target: bool = False  # "by 2020": a deadline or forecast, not an event date


@dataclass(frozen=True)
class _Reference:
    year: int | None
    month: int | None
    day: int | None

    @classmethod
    def parse(cls, value: str | None) -> _Reference:
        """YYYY[-MM[-DD]]; of an interval "2017-05/2019-12", its end."""
        value = (value or "").rpartition("/")[2]
        parts = [int(p) for p in value.split("-") if p.isdigit()]
        parts += [None] * (3 - len(parts))  # type: ignore[list-item]
        return cls(parts[0], parts[1], parts[2])

    def as_date(self) -> Date | None:
        if self.year is None or self.month is None or self.day is None:
            return None
        return Date(self.year, self.month, self.day)


def _fmt(year: int, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        Date(year, month, day)
    except ValueError:
        return False
    return True


def _after_reference(month: int | None, day: int | None, ref: _Reference) -> bool:
    """Whether a year-less month(-day) falls after the reference date in its year."""
    if month is None or ref.month is None:
        return False
    return (month, day or 1) > (ref.month, ref.day or 31)


def _absolute(kind: str, m: re.Match[str], ref: _Reference) -> tuple[str | None, str | None]:
    groups = m.groupdict()
    year = int(groups["y"]) if groups.get("y") else ref.year
    month = _MONTHS[groups["mon"][:3].lower()] if groups.get("mon") else None
    if kind == "iso":
        month = int(groups["m"])
    day = int(groups["d"]) if groups.get("d") else None
    if not groups.get("y") and year is not None and _after_reference(month, day, ref):
        year -= 1  # "On December 20" in a February article: the December before
    if kind in {"iso", "month_day", "day_month"}:
        assert day is not None
        if year is None or month is None or not _valid_day(year, month, day):
            return None, None
        return _fmt(year, month, day), "day"
    if kind in {"month_year", "month"}:
        if year is None or month is None:
            return None, None
        return _fmt(year, month), "month"
    if kind in {"year", "year_range"}:
        return (_fmt(year), "year") if year is not None else (None, None)
    if kind == "anniversary" and ref.year is not None:
        return _fmt(ref.year - int(groups["n"])), "year"
    return None, None


def _relative(kind: str, m: re.Match[str], ref: _Reference) -> tuple[str | None, str | None]:
    today = ref.as_date()
    groups = m.groupdict()
    if kind == "last_unit" and ref.year is not None:
        return _last_unit(groups["which"].lower(), groups["unit"].lower(), ref)
    if today is None:
        return None, None
    if kind == "relative_day":
        shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[groups["rel"].lower()]
        return (today + timedelta(days=shift)).isoformat(), "day"
    if kind == "weekday":
        back = (today.weekday() - _WEEKDAYS.index(groups["wd"].lower())) % 7
        return (today - timedelta(days=back)).isoformat(), "day"
    if kind == "ago":
        raw = groups["n"].lower()
        count = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
        unit = groups["unit"].lower()
        if unit == "year":
            return _fmt(today.year - count), "year"
        days = {"day": 1, "week": 7, "month": 30}[unit] * count
        past = today - timedelta(days=days)
        if unit == "day":
            return past.isoformat(), "day"
        return _fmt(past.year, past.month), "month"
    return None, None


def _last_unit(which: str, unit: str, ref: _Reference) -> tuple[str | None, str | None]:
    assert ref.year is not None
    current = which in {"this", "earlier this", "later this"}
    if unit == "year":
        return _fmt(ref.year if current else ref.year - 1), "year"
    if ref.month is None:
        return None, None
    if unit == "month":
        if current:
            return _fmt(ref.year, ref.month), "month"
        year, month = (ref.year - 1, 12) if ref.month == 1 else (ref.year, ref.month - 1)
        return _fmt(year, month), "month"
    today = ref.as_date()
    if today is None:
        return _fmt(ref.year, ref.month), "month"
    past = today if current else today - timedelta(days=7)
    return _fmt(past.year, past.month), "month"


def find_date_expressions(text: str, reference_date: str | None) -> list[DateExpression]:
    """Date expressions in `text`, left to right, non-overlapping (earlier patterns win)."""
    ref = _Reference.parse(reference_date)
    found: list[DateExpression] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span()
            if kind == "month" and m.group("pre"):
                start = m.start("mon")
            if any(s < end and start < e for s, e in taken):
                continue
            if kind in _ANCHORS:
                value, precision = None, None
            elif kind in {"relative_day", "weekday", "ago", "last_unit"}:
                value, precision = _relative(kind, m, ref)
            else:
                value, precision = _absolute(kind, m, ref)
            if value is None and kind not in _ANCHORS:
                continue
            pre = m.group("pre").lower() if kind == "month" and m.group("pre") else ""
            target = bool(_TARGET_BEFORE.search(text[max(0, start - 20):start])) or pre in {
                "by", "until", "next"}
            found.append(DateExpression(start, end, kind, value, precision, target))
            taken.append((start, end))
    return sorted(found, key=lambda e: e.start)


def _shift_day(value: str, days: int) -> str:
    parts = [int(p) for p in value.split("-")]
    return (Date(parts[0], parts[1], parts[2]) + timedelta(days=days)).isoformat()


class DateTracker:
    """Dates of the events told in successive sentences of one document."""

    def __init__(self, reference_date: str | None) -> None:
        self.reference_date = reference_date
        self._last: tuple[str, str] | None = None  # last date of an event (date, precision)
        self._carried: tuple[str, str] | None = None  # date the current narrative continues
        self._last_line: int | None = None  # line of the end of the last sentence seen
        # Doc.text is rebuilt on every access and sentences come in order, so the
        # text is read once and newlines are counted incrementally.
        self._text: str | None = None
        self._counted: tuple[int, int] = (0, 0)  # (offset, newlines before it)

    def date_for(self, sent: Span) -> tuple[str | None, str | None]:
        """(date, precision) for the events in `sent`; (None, None) when undated."""
        if not sent.text.strip():
            return None, None
        new_paragraph = self._starts_paragraph(sent)
        expressions = [e for e in self.dates_in(sent) if not _attributive(sent.text, e)]
        result = self._from_expressions(expressions)
        if result is None and not self._carried:
            # Only dates modifying a noun ("the June 18-19 visit"): better than none.
            result = self._from_expressions(self.dates_in(sent))
        if result is not None:
            if expressions and expressions[0].kind not in _ANCHORS:
                self._last = result
            self._carried = result
            return result
        if not new_paragraph or _OPENS_CONTINUATION.match(sent.text):
            return self._carried or (None, None)
        self._carried = None
        return None, None

    def dates_in(self, sent: Span) -> list[DateExpression]:
        """The event-date candidates of a sentence (targets left out), offsets relative to
        the sentence; for extractors that pick the expression nearest an event's trigger."""
        return [e for e in find_date_expressions(sent.text, self.reference_date) if not e.target]

    def _from_expressions(self, expressions: list[DateExpression]) -> tuple[str, str] | None:
        for expression in expressions:
            if expression.kind not in _ANCHORS:
                assert expression.date is not None and expression.precision is not None
                return expression.date, expression.precision
            anchored = self._anchored(expression.kind)
            if anchored is not None:
                return anchored
        return None

    def _anchored(self, kind: str) -> tuple[str, str] | None:
        if self._last is None:
            return None
        value, precision = self._last
        if kind == "anchor_month":
            return (value[:7], "month") if precision != "year" else (value, precision)
        if precision != "day":
            return value, precision
        if kind == "anchor_next":
            return _shift_day(value, 1), "day"
        if kind == "anchor_prev":
            return _shift_day(value, -1), "day"
        return value, precision

    def _starts_paragraph(self, sent: Span) -> bool:
        if self._text is None:
            self._text = sent.doc.text
        stripped = sent.text.strip()
        first = sent.start_char + sent.text.index(stripped[0])
        last = first + len(stripped)
        first_line = self._line_of(first)
        previous, self._last_line = self._last_line, self._line_of(last)
        return previous is None or first_line > previous

    def _line_of(self, offset: int) -> int:
        """Newlines before `offset`; offsets only grow within one document."""
        assert self._text is not None
        start, count = self._counted
        if offset < start:
            return self._text.count("\n", 0, offset)
        count += self._text.count("\n", start, offset)
        self._counted = (offset, count)
        return count


def _attributive(text: str, expression: DateExpression) -> bool:
    """A date inside a noun phrase ("the June 18-19 state visit", "the 2016-2017
    resolutions", "its 2023 budget") dates a thing mentioned, not the sentence's event."""
    before = text[max(0, expression.start - 6):expression.start].lower()
    return bool(re.search(r"\b(?:the|its|their|his|her|a|an)\s+$", before)) and \
        expression.kind not in _ANCHORS


# A byline or dateline near the top: a short line carrying a month and a day.
_BYLINE_LINES = 12
_BYLINE_MAX_CHARS = 120
_BYLINE_MAX_WORDS = 8


def _byline_like(line: str) -> bool:
    """A short line that is not a sentence ("Konstantin Asmolov, August 07"), or a
    dateline ("SEOUL, June 5 (Yonhap) --")."""
    stripped = line.strip()
    if not stripped or len(stripped) > _BYLINE_MAX_CHARS:
        return False
    if re.match(r"^[A-Z][A-Z .'-]+,\s", stripped):
        return True
    return len(stripped.split()) <= _BYLINE_MAX_WORDS and not stripped.endswith((".", "?", "!"))


def _stated_date(text: str) -> tuple[str | None, int | None, int | None]:
    """(full date, month, day) from a byline or dateline in the first lines."""
    for line in text.splitlines()[:_BYLINE_LINES]:
        if not _byline_like(line):
            continue
        for expression in find_date_expressions(line, None):
            if expression.kind == "iso" or (expression.kind in {"month_day", "day_month"}
                                            and expression.date):
                return expression.date, None, None
        for kind in ("month_day", "day_month"):
            m = dict(_PATTERNS)[kind].search(line)
            if m is not None:
                return None, _MONTHS[m.group("mon")[:3].lower()], int(m.group("d"))
    return None, None, None


def _year_for_byline(month: int, day: int, facts: list[tuple[str, str]]) -> str | None:
    """'August 07' + facts dated up to 13 July 2024 -> 2024-08-07; a byline day before
    the latest fact's day of that year belongs to the next year ('January 5' after a
    December fact)."""
    dated = sorted(d for d, p in facts if p != "year")
    if not dated:
        return None
    latest = dated[-1]
    year = int(latest[:4])
    if _fmt(year, month, day) < latest[:10]:
        year += 1
    return _fmt(year, month, day) if _valid_day(year, month, day) else None


def _dated_facts(text: str) -> list[tuple[str, str]]:
    """Absolute dates that carry their own year, targets excluded."""
    return [(e.date, e.precision) for e in find_date_expressions(text, None)
            if e.date and e.precision and not e.target
            and e.kind in {"iso", "month_day", "day_month", "month_year", "year", "year_range"}]


def document_dates(
    document: Document, doc: Doc, resolver: ActorResolver | None = None,
) -> tuple[str | None, DateEstimate | None]:
    """(published YYYY-MM-DD if stated or inferable from a year-less byline, estimate
    from the dated facts in the text when no date is stated). With a resolver, the
    offices the text gives its people ("Foreign Minister Cho Tae-yul") bound it too."""
    text = document.clean_text or doc.text
    if document.published:
        return document.published, document.published_estimate
    full, month, day = _stated_date(text)
    if full is not None:
        return full, document.published_estimate
    facts = _dated_facts(text)
    if month is not None and day is not None:
        inferred = _year_for_byline(month, day, facts)
        if inferred is not None:
            return inferred, document.published_estimate
    if document.published_estimate is not None:
        return None, document.published_estimate
    tenure = tenure_bounds(doc, resolver) if resolver is not None else None
    return None, _estimate(text, facts, tenure)


def _estimate(
    text: str, facts: list[tuple[str, str]], tenure: Tenure | None,
) -> DateEstimate | None:
    """Earliest = the latest of the lower bounds, latest = the earliest upper bound."""
    lower: list[tuple[str, str]] = []  # (YYYY-MM, why)
    upper: list[tuple[str, str]] = []
    targets = [e for e in find_date_expressions(text, None) if e.target and e.precision == "year"]
    bound = min((int(e.date[:4]) for e in targets if e.date), default=None)
    if bound is not None:
        upper.append((f"{bound - 1}-12", f"the text sets a target for {bound}"))
    dated = sorted(d for d, p in facts if p != "year")
    years = sorted(int(d[:4]) for d, p in facts if p == "year" and (bound is None or
                                                                   int(d[:4]) < bound))
    if dated:
        lower.append((dated[-1][:7], f"latest dated fact in the text is {dated[-1]}"))
    elif years:
        lower.append((f"{years[-1]}-01", f"latest year mentioned in the text is {years[-1]}"))
        upper.append((f"{years[-1]}-12", f"latest year mentioned in the text is {years[-1]}"))
    if tenure is not None and (tenure.latest is not None or lower or upper):
        lower.append((tenure.earliest[:7], f"offices named: {tenure.why}"))
        if tenure.latest is not None:
            upper.append((tenure.latest[:7], f"offices named: {tenure.why}"))
    if not lower and not upper:
        return None
    earliest = max(lower) if lower else None
    latest = min(upper) if upper else None
    if earliest is not None and latest is not None and earliest[0] > latest[0]:
        latest = None  # bounds disagree: keep the lower one
    if earliest is None:
        assert latest is not None
        earliest = (latest[0][:4] + "-01", latest[1])
    if latest is None:
        latest = earliest
    why = "; ".join(dict.fromkeys([earliest[1], latest[1]]))
    return DateEstimate(earliest[0], latest[0], why)
