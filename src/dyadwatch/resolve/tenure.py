"""Date bounds for a document from the offices its people are said to hold.

A text that calls Cho Tae-yul "South Korean Foreign Minister" was written while he
held that office (10 Jan 2024 - 4 Jun 2025 in the people dictionary), unless it
says "former". The bounds of every such mention are intersected; contradicting
mentions (an old quote, a wrong title) make the whole inference give up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from dyadwatch.resolve.people import date_bounds
from dyadwatch.resolve.phrases import FORMER, match_phrases
from dyadwatch.resolve.tables import Person, PersonRole, normalise, tokenize

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dyadwatch.resolve.actors import ActorResolver

__all__ = ["Tenure", "tenure_bounds"]

# Words that make a different, lower office of the same name.
_RANKS = frozenset({"vice", "deputy", "first", "second", "acting", "assistant", "under", "state"})


@dataclass(frozen=True)
class Tenure:
    earliest: str  # YYYY-MM-DD
    latest: str | None  # YYYY-MM-DD, None when an office is still held
    why: str


def _stated_role_words(resolver: ActorResolver, text: str) -> set[str]:
    """Words of the role phrases in a mention ("Foreign Minister" -> {foreign, minister})."""
    tokens = tokenize(text)
    words: set[str] = set()
    for hit in match_phrases(tokens, resolver.tables):
        if hit.entry is not None and hit.entry.kind == "role":
            words.update(t.key for t in tokens[hit.start:hit.end])
    return words - {"of", "the"}


def _matching_roles(person: Person, words: set[str]) -> list[PersonRole]:
    """The person's dated roles whose name contains every stated role word."""
    matching = []
    for role in person.roles:
        role_words = set(normalise(role.role).split())
        # "Foreign Minister" is not "second vice foreign minister".
        if role.start and words and words <= role_words and not (role_words - words) & _RANKS:
            matching.append(role)
    return matching


def _span_of(roles: list[PersonRole]) -> tuple[str, str | None]:
    """From the first start to the last end (None while one is still held)."""
    start = min(date_bounds(r.start)[0] for r in roles if r.start)
    ends = [r.end for r in roles]
    end = None if any(e is None for e in ends) else max(date_bounds(e)[1] for e in ends if e)
    return start, end


def tenure_bounds(doc: Doc, resolver: ActorResolver) -> Tenure | None:
    """The period every 'role + dictionary person' mention of the Doc agrees on."""
    earliest: str | None = None
    latest: str | None = None
    reasons: list[str] = []
    for mention in resolver.mentions(doc, None):
        if mention.kind != "person" or mention.name is None:
            continue
        if any(t.key in FORMER for t in tokenize(mention.text)):
            continue
        person = resolver.people.find(mention.name)
        roles = _matching_roles(person, _stated_role_words(resolver, mention.text)) \
            if person is not None else []
        if not roles:
            continue
        start, end = _span_of(roles)
        earliest = max(earliest or start, start)
        latest = end if latest is None else (min(latest, end) if end else latest)
        reasons.append(f"{mention.name} as {roles[-1].role} ({start[:7]}–{(end or 'now')[:7]})")
    if earliest is None:
        return None
    if latest is not None and latest < earliest:
        return None  # mentions disagree: trust none of them
    return Tenure(earliest, latest, "; ".join(dict.fromkeys(reasons)))
