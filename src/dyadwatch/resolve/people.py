"""People: look a name up by any variant or an unambiguous surname, and pick the
role the person held at a given date."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from dyadwatch.resolve.tables import Person, PersonRole, normalise

__all__ = ["PeopleIndex", "date_bounds", "role_at"]

# Family name first in English-language news for these countries.
_FAMILY_NAME_FIRST = frozenset({"KOR", "PRK", "CHN", "TWN", "VNM"})


def date_bounds(date: str) -> tuple[str, str]:
    """The first and last day a partial date (YYYY, YYYY-MM, YYYY-MM-DD) covers; an
    ISO 8601 interval "2017-05/2019-12" (a document date known only as a range) covers
    both ends."""
    if "/" in date:
        first, _, last = date.partition("/")
        return date_bounds(first)[0], date_bounds(last)[1]
    parts = date.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-01-01", f"{parts[0]}-12-31"
    if len(parts) == 2:
        return f"{parts[0]}-{parts[1]}-01", f"{parts[0]}-{parts[1]}-31"
    return date, date


def _valid_at(role: PersonRole, when: str) -> bool:
    when_lo, when_hi = date_bounds(when)
    starts_before = role.start is None or date_bounds(role.start)[0] <= when_hi
    ends_after = role.end is None or date_bounds(role.end)[1] >= when_lo
    return starts_before and ends_after


def role_at(person: Person, when: str | None) -> PersonRole | None:
    """The role held at `when` (the latest-starting one if several overlap); with no
    date, the current role or else the last one; None when out of office at `when`."""
    if not person.roles:
        return None
    ordered = sorted(person.roles, key=lambda r: date_bounds(r.start)[0] if r.start else "")
    if when is None:
        current = [r for r in ordered if r.end is None]
        return current[-1] if current else ordered[-1]
    valid = [r for r in ordered if _valid_at(r, when)]
    return valid[-1] if valid else None


# Regnal numbers and suffixes end a name without being one ("Abdullah II", "Marcos Jr.").
_REGNAL = re.compile(r"^(?:[ivxl]+|jr\.?|sr\.?)$")


def _surname(person: Person, variant: str) -> str | None:
    words = variant.replace("-", " ").split()
    if len(words) < 2 or _REGNAL.match(normalise(words[-1])):
        return None
    family_first = person.country in _FAMILY_NAME_FIRST
    return normalise(words[0] if family_first else words[-1])


@dataclass
class PeopleIndex:
    people: list[Person]
    by_variant: dict[str, Person] = field(default_factory=dict)
    by_surname: dict[str, list[Person]] = field(default_factory=lambda: defaultdict(list))
    # Surnames by first letter, for the near-miss lookup.
    by_initial: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def build(cls, people: Iterable[Person]) -> PeopleIndex:
        index = cls(list(people))
        for person in index.people:
            for variant in person.variants:
                index.by_variant[_key(variant)] = person
                surname = _surname(person, variant)
                if surname and person not in index.by_surname[surname]:
                    index.by_surname[surname].append(person)
        for surname in index.by_surname:
            if len(surname) >= 5:
                index.by_initial[surname[0]].append(surname)
        return index

    def find(self, name: str) -> Person | None:
        """By full variant (case, accents and hyphens ignored), else an unambiguous surname."""
        key = _key(name)
        if key in self.by_variant:
            return self.by_variant[key]
        if " " not in key:
            candidates = self.by_surname.get(key, [])
            if len(candidates) == 1:
                return candidates[0]
        return None

    def near_surname(self, word: str) -> Person | None:
        """The one person whose surname is a letter away from `word` (two for long
        names): "Mitterand" -> François Mitterrand. None when no one or several match."""
        if len(word) < 5 or word in self.by_surname:
            return None
        limit = 1 if len(word) < 8 else 2
        found = {id(p): p for surname in self.by_initial.get(word[0], ())
                 if abs(len(surname) - len(word)) <= limit
                 and _within_distance(surname, word, limit)
                 for p in self.by_surname[surname]}
        return next(iter(found.values())) if len(found) == 1 else None

    def unambiguous_surnames(self) -> dict[str, Person]:
        return {k: v[0] for k, v in self.by_surname.items() if len(v) == 1}


def _within_distance(a: str, b: str, limit: int) -> bool:
    """Levenshtein distance of a and b is at most `limit` (banded, stops early)."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (char_a != char_b)))
        if min(current) > limit:
            return False
        previous = current
    return previous[-1] <= limit


def _key(name: str) -> str:
    return " ".join(normalise(name).replace("-", " ").replace(".", " ").split())
