"""Organisations that unnamed speakers stand for: "the agency" -> the public body named
shortly before; "police", "investigators", "paramedics" -> the service named before.
Pure functions over the organisations a document names (offset, name) and its parse."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from dyadwatch.resolve.speaker_issuers import issuer_span
from dyadwatch.resolve.speaker_names import clean_name, service_name_words

if TYPE_CHECKING:
    from spacy.tokens import Span

    from dyadwatch.types import Actor

__all__ = [
    "STATE_BODY_NOUNS", "named_before", "service_named_before", "state_body_named_before",
]

# Descriptions of a public body ("the agency said") and name words of no public body.
STATE_BODY_NOUNS = frozenset({"agency", "department", "ministry", "office", "authority",
                              "regulator"})
_NOT_STATE_BODY = frozenset({"university", "college", "school", "hospital", "museum", "party",
                             "union", "association", "foundation", "church", "company",
                             "bank", "group", "inc", "ltd", "corp", "news", "press"})
_PUBLIC_SECTORS = frozenset({"GOV", "IGO", "JUD", "LEG", None})


def named_before(named: Sequence[tuple[int, str]], at: int, reach: int) -> Iterator[str]:
    """The names of (offset, name) mentions within `reach` characters before `at`,
    nearest first."""
    for start, name in reversed(named):
        if start < at and at - start <= reach:
            yield name


def state_body_named_before(organisations: Sequence[tuple[int, str]], at: int, reach: int,
                            resolve: Callable[[str], Actor | None]) -> str | None:
    """For "the agency", "the department": the nearest public body named within `reach`
    characters before `at` ("Health Canada", "the Interior Ministry"); not a firm, party,
    school... A body must resolve with a country: unknown names are mostly firms or groups."""
    for name in named_before(organisations, at, reach):
        if _NOT_STATE_BODY & set(name.casefold().split()):
            continue
        actor = resolve(name)
        if actor is None or actor.country is None or actor.sector in ("BUS", "MED"):
            continue
        if actor.sector in _PUBLIC_SECTORS:
            return name
    return None


def service_named_before(span: Span, organisations: Sequence[tuple[int, str]],
                         reach: int) -> str | None:
    """ "Police said", "investigators", "paramedics", "fire officials": the police, fire
    or ambulance service named within `reach` characters before ("the Kelton Police
    Service"), first among the tagged organisations, then among capitalised names."""
    fits = service_name_words(span)
    if not fits:
        return None
    at = span.start_char
    for name in named_before(organisations, at, reach):
        if fits & set(name.casefold().replace("-", " ").split()):
            return name
    for token in reversed(span.doc[:span.start]):  # a name the tagger did not mark
        if at - token.idx > reach:
            break
        if token.pos_ == "PROPN" and token.is_title and token.lower_ in fits:
            head = token.head if token.dep_ == "compound" and token.head.pos_ == "PROPN" \
                else token
            return clean_name(issuer_span(head)) or None
    return None
