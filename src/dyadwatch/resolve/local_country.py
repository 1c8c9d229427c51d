"""The country of an actor the text names without one ("police", "the government",
"protesters", "rebels"), from where the sentence places it or what the document is about.

    places = LocalCountries.build(doc, resolver, when)      # once per document
    country = places.country_for(span, actor)               # None when unclear

Rules, in order:
1. A place phrase in the same sentence ("police *in Nairobi*", "protesters marched
   *through Cairo*", "clashes *in Aleppo*"): its country, when the sentence names only
   one such place country.
2. The document's main country: the country of most of its actor and place mentions,
   when it has at least 60% of them. Not for armed groups, who are often foreign to the
   story's country ("Israeli troops killed three militants").
A state organ or group with a country of its own, an IGO, a named organisation or a
person is left alone.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dyadwatch.resolve.actors import PLACE_WORDS
from dyadwatch.types import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from dyadwatch.resolve.actors import ActorResolver

__all__ = ["LocalCountries", "is_local_actor"]

# Sectors of the groups and organs that belong to the country where they act.
_LOCAL_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "CVL", "OPP", "BUS", "MED"})
# Roles with no sector that are still local ("police", "riot police").
_LOCAL_ROLES = frozenset({"police"})
# Roles that are often foreign to the document's country: only a place phrase decides.
_PLACE_ONLY_ROLES = frozenset({"armed group", "diplomat", "envoy", "embassy"})
# The share of the document's country mentions that makes it the main country.
_MAIN_SHARE = 0.6
# Words before a place that make it where something happens ("in", "across").
_WHERE_WORDS = PLACE_WORDS | {"throughout", "all", "over", "across"}
_PLACE_KINDS = frozenset({"country", "capital", "seat", "demonym"})


def is_local_actor(actor: Actor) -> bool:
    """An unnamed organ or group with no country of its own ("police", "the army")."""
    if actor.country is not None or actor.name is not None or actor.kind == "person":
        return False
    return actor.sector in _LOCAL_SECTORS or actor.role in _LOCAL_ROLES | _PLACE_ONLY_ROLES


@dataclass
class LocalCountries:
    """The countries a document's sentences place things in, and its main country."""

    main: str | None
    # sentence start (token index) -> countries of its place phrases, in order
    places: dict[int, list[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, doc: Doc, resolver: ActorResolver, when: str | None = None) -> LocalCountries:
        counts: Counter[str] = Counter()
        places: dict[int, list[str]] = {}
        for actor in resolver.mentions(doc, when):
            if actor.country and actor.country != "IGO":
                counts[actor.country] += 1
        for sent in doc.sents:
            found = _sentence_places(sent, resolver, when)
            counts.update(found)
            places[sent.start] = found
        return cls(_main(counts), places)

    def country_for(self, span: Span, actor: Actor) -> str | None:
        """The country `actor` (read from `span`) acts in, or None when unclear."""
        if not is_local_actor(actor):
            return None
        in_sentence = set(self.places.get(span.sent.start, []))
        if len(in_sentence) == 1:
            return next(iter(in_sentence))
        if in_sentence or actor.role in _PLACE_ONLY_ROLES:
            return None
        return self.main


def _sentence_places(sent: Span, resolver: ActorResolver, when: str | None) -> list[str]:
    """Countries of the places a sentence puts things in ("in Kabul", "across Iraq")."""
    found: list[str] = []
    for ent in sent.ents:
        if ent.label_ not in {"GPE", "LOC", "FAC"} or ent.start == sent.start:
            continue
        before = sent.doc[ent.start - 1].text.lower()
        if before == "the" and ent.start - 2 >= sent.start:
            before = sent.doc[ent.start - 2].text.lower()
        if before not in _WHERE_WORDS:
            continue
        actor = resolver.resolve_text(ent.text, when)
        if actor is not None and actor.country and actor.country != "IGO" and (
                actor.kind in _PLACE_KINDS or actor.role in {"city", "government"}):
            found.append(actor.country)
    return found


def _main(counts: Counter[str]) -> str | None:
    total = sum(counts.values())
    if total < 2:
        return None
    country, count = counts.most_common(1)[0]
    return country if count / total >= _MAIN_SHARE else None
