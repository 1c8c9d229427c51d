"""Who a source or target token stands for: the noun phrase around it, resolved.

"South Korean Foreign Minister Cho Tae-yul" → the resolver is asked about the
whole phrase, then its named entities (a known person first), then single
adjectives and names ("South Korean"), then an apposition or "of" phrase
("Andrey Rudenko, Deputy Minister of Foreign Affairs of Russia"). A sector is
guessed from role words ("minister" → GOV) when the resolver gives none.
Pronouns are left to the caller (see `PronounContext`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from dyadwatch.extract.event_roles import GEOGRAPHIC_NOUNS
from dyadwatch.resolve.phrases import SPONSOR_WORDS, STANCE_PREFIXES
from dyadwatch.types import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from dyadwatch.resolve.actors import ActorResolver
    from dyadwatch.resolve.local_country import LocalCountries

__all__ = ["ActorFinder", "DocEntities", "PronounContext", "phrase_span", "sector_of_words"]

# Dependents that belong to a noun phrase's name ("the South Korean foreign minister").
_PHRASE_DEPS = frozenset({
    "compound", "amod", "poss", "det", "nummod", "nmod", "case", "flat", "quantmod",
    "punct", "npadvmod",
})
_ENT_PRIORITY = {"PERSON": 0, "ORG": 1, "GPE": 2, "NORP": 3, "LOC": 4, "FAC": 5}
_FIRST_PERSON = frozenset({"i", "we", "us", "me", "our", "my"})
_THIRD_PERSON = frozenset({"he", "she", "him", "her", "his"})
_PAIR_NOUNS = frozenset({"country", "nation", "side", "state", "government", "capital"})
_LOCATION_PREPS = frozenset({"in", "throughout", "across", "inside", "near", "outside"})
_THIRD_PERSON_NEUTER = frozenset({"it", "its", "they", "their", "them"})
_HYPHENS = frozenset({"-", "–", "—"})
_BACK_REFERENCES = frozenset({"minister", "diplomat", "president", "spokesman", "spokeswoman",
                              "ambassador", "official", "envoy", "leader", "latter"})

# Role words → sector. The head noun is looked at first, then the other words.
_SECTOR_WORDS: dict[str, str] = {}
for _sector, _words in {
    "GOV": "minister ministry president premier government spokesman spokeswoman "
           "spokesperson official leader chancellor king queen cabinet administration "
           "authority authorities kremlin regime secretary mayor governor prime leadership "
           "side",
    "MIL": "army military troop troops force forces soldier soldiers navy jet jets bomber "
           "bombers warplane warplanes fighter tank tanks general commander airforce marine "
           "marines aircraft",
    "DIP": "ambassador diplomat diplomats envoy embassy representative consul mission",
    "LEG": "parliament lawmaker lawmakers senate senator congress legislator legislators "
           "mp mps assembly legislature parliamentarian",
    "JUD": "court judge judges prosecutor prosecutors tribunal",
    "BUS": "company companies firm firms business businesses corporation bank industrialist "
           "industrialists entrepreneur entrepreneurs investor investors",
    "MED": "newspaper media journalist journalists reporter reporters broadcaster television",
    "CVL": "protester protesters demonstrator demonstrators student students worker workers "
           "resident residents civilian civilians people activist activists citizen citizens "
           "villager villagers refugee refugees teacher teachers union unions farmer "
           "farmers miner miners nurse nurses doctor doctors crowd crowds demonstration "
           "supporters",
    # rebels and insurgents have no sector in the contract (null), unlike the opposition
    "OPP": "opposition dissident dissidents",
}.items():
    for _word in _words.split():
        _SECTOR_WORDS[_word] = _sector


def sector_of_words(head: str, words: list[str]) -> str | None:
    """A sector from role words, the head noun first."""
    for word in [head, *words]:
        sector = _SECTOR_WORDS.get(word.lower())
        if sector:
            return sector
    return None


def phrase_span(token: Token) -> Span:
    """The name part of the noun phrase headed by `token` (no clauses, no conjuncts)."""
    indices = {token.i}
    stack = [token]
    while stack:
        current = stack.pop()
        for child in current.children:
            if child.dep_ in _PHRASE_DEPS and child.i not in indices:
                indices.add(child.i)
                stack.append(child)
    start, end = min(indices), max(indices) + 1
    doc = token.doc
    for i in range(token.i - 1, start - 1, -1):  # a phrase does not run across a line break
        if doc[i].is_space and "\n" in doc[i].text:
            start = i + 1
            break
    for i in range(token.i + 1, end):
        if doc[i].is_space and "\n" in doc[i].text:
            end = i
            break
    while start < end - 1 and doc[start].is_punct:
        start += 1
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end]


@dataclass
class PronounContext:
    """The last resolved person (for "he"/"she"/"the minister") and the speaker of
    the clause being read (for "we"/"our"), kept while reading one document."""

    last_person: Actor | None = None
    speakers: dict[int, Actor] = field(default_factory=dict)  # token index → speaker
    # How often each country was named so far (for "the two countries").
    country_counts: Counter[str] = field(default_factory=Counter)

    def pair_of_states(self, token: Token) -> list[Actor]:
        """"the two countries", "both sides": the two states the text names most."""
        if token.lemma_.lower() not in _PAIR_NOUNS or len(self.country_counts) < 2:
            return []
        words = {c.lower_ for c in token.children if c.dep_ in {"nummod", "det", "predet"}}
        if not words & {"two", "both"}:
            return []
        span = phrase_span(token)
        return [Actor(text=span.text, country=c, sector="GOV", kind="country",
                      start=span.start_char, end=span.end_char)
                for c, _ in self.country_counts.most_common(2)]

    def note_country(self, country: str) -> None:
        self.country_counts[country] += 1


class DocEntities:
    """A document's named entities, looked up by token index."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.spans: tuple[Span, ...] = tuple(doc.ents)
        self._starts = [e.start for e in self.spans]
        self._by_token: dict[int, Span] = {i: e for e in self.spans for i in range(e.start, e.end)}

    def covering(self, index: int) -> Span | None:
        return self._by_token.get(index)

    def within(self, start: int, end: int) -> list[Span]:
        """Entities lying wholly inside tokens [start, end)."""
        first = bisect_left(self._starts, start)
        found = []
        for ent in self.spans[first:]:
            if ent.start >= end:
                break
            if ent.end <= end:
                found.append(ent)
        return found

    def starting_within(self, start: int, end: int) -> list[Span]:
        """Entities whose first token lies in [start, end]."""
        first = bisect_left(self._starts, start)
        return [e for e in self.spans[first:bisect_right(self._starts, end)]]


@dataclass
class ActorFinder:
    resolver: ActorResolver
    when: str | None = None
    _entities: DocEntities | None = field(default=None, repr=False, compare=False)
    # where the document's sentences place things, built on the first stateless actor
    _places: LocalCountries | None = field(default=None, repr=False, compare=False)
    _places_doc: Doc | None = field(default=None, repr=False, compare=False)

    def actor(
        self, token: Token, pronouns: PronounContext | None = None, places_ok: bool = True
    ) -> Actor | None:
        """The actor `token` (head of a noun phrase) stands for, or None when unknown.

        `places_ok`: the token fills a role slot of the parse ("fired at Russia",
        "a visit to Beirut"), so a country or capital after a place preposition is
        still an actor; without it the resolver's place test applies."""
        lower = token.lower_
        if pronouns is not None and token.pos_ == "PRON":
            if lower in _FIRST_PERSON:
                return pronouns.speakers.get(token.i)
            if lower in _THIRD_PERSON or lower in _THIRD_PERSON_NEUTER:
                found = self._antecedent_in_sentence(token, pronouns)
                if found is None and lower in _THIRD_PERSON:
                    return pronouns.last_person
                return found
            return None
        span = phrase_span(token)
        if token.lemma_.lower() in GEOGRAPHIC_NOUNS:
            return None  # "the Korean Peninsula", "the Sea of Japan": places
        found = self._resolve_phrase(span, token, places_ok)
        if found is None or not found.country:
            found = self._from_extra_phrases(token, places_ok, found) or found
        if found is None and pronouns is not None and lower in _BACK_REFERENCES:
            return pronouns.last_person
        if found is None:
            return None
        return self._finish(found, span, token)

    def _from_extra_phrases(
        self, token: Token, places_ok: bool, head_actor: Actor | None
    ) -> Actor | None:
        """The actor an apposition, "of" or "in" phrase names; one with a country first.
        An "in" phrase only places a group the head names already ("opposition
        forces in Syria"): "a hotel in Kabul" is no actor."""
        stateless: Actor | None = None
        for extra in _extra_phrases(token):
            found = self._resolve_phrase(extra, extra.root, places_ok)
            if found is not None and extra.root.i == token.i and found.kind == "country":
                if head_actor is None or not found.country:
                    continue
                found = replace(head_actor, country=found.country)
            if found is not None and found.country:
                return found
            stateless = stateless or found
        return stateless

    def _antecedent_in_sentence(self, token: Token, pronouns: PronounContext) -> Actor | None:
        """"Israel announced *it* would free ...": the subject of a governing verb."""
        for ancestor in token.ancestors:
            if ancestor.pos_ not in {"VERB", "AUX"}:
                continue
            for child in ancestor.children:
                if child.dep_ == "nsubj" and child.pos_ != "PRON" and child.i != token.i:
                    return self.actor(child, pronouns)
        return None

    def unresolved(self, token: Token, anchor: Token | None = None) -> Actor:
        """An actor record for a phrase the resolver does not know. A role phrase
        ("students", "riot police") takes the country where it acts: "students
        throughout Indonesia", "protested in Kirkuk"."""
        span = phrase_span(token)
        words = [t.lower_ for t in span]
        sector = sector_of_words(token.lower_, words)
        country = self._location(token, anchor) if sector else None
        return Actor(
            text=span.text, country=country, sector=sector,
            start=span.start_char, end=span.end_char,
        )

    def _location(self, token: Token, anchor: Token | None) -> str | None:
        places = [g for c in token.children if c.dep_ == "prep"
                  for g in c.children if g.dep_ == "pobj"]
        if anchor is not None:
            places.extend(g for c in anchor.children
                          if c.dep_ == "prep" and c.lower_ in _LOCATION_PREPS
                          for g in c.children if g.dep_ == "pobj")
        for place in places:
            for ent in self.entities(place.doc).starting_within(place.left_edge.i,
                                                                place.right_edge.i):
                if ent.label_ == "GPE":
                    actor = self.resolver.resolve_text(ent.text, self.when)
                    if actor is not None and actor.country and actor.country != "IGO":
                        return actor.country
        return None

    def _resolve(self, span: Span, places_ok: bool) -> Actor | None:
        if not places_ok:
            return self.resolver.resolve_span(span, self.when)
        actor = self.resolver.resolve_text(span.text, self.when)
        if actor is None:
            return None
        return replace(actor, start=span.start_char, end=span.end_char)

    def entities(self, doc: Doc) -> DocEntities:
        """The named entities of `doc`, indexed once (reading `doc.ents` rebuilds them)."""
        if self._entities is None or self._entities.doc is not doc:
            self._entities = DocEntities(doc)
        return self._entities

    def _resolve_phrase(self, span: Span, head: Token, places_ok: bool) -> Actor | None:
        entities = self.entities(span.doc)
        inside = entities.within(span.start, span.end)
        candidates: list[Span] = []
        covering = entities.covering(head.i)
        if covering is not None:
            candidates.append(covering)
        candidates.append(span)
        candidates.extend(sorted((e for e in inside if not _side_taken(e)),
                                 key=lambda e: _ENT_PRIORITY.get(e.label_, 9)))
        candidates.extend(
            span.doc[t.i:t.i + 1] for t in span
            if t.pos_ in {"PROPN", "ADJ", "NOUN"} and not _side_taken(span.doc[t.i:t.i + 1])
        )
        best: Actor | None = None
        stateless: Actor | None = None
        for candidate in candidates:
            actor = self._resolve(candidate, places_ok)
            if actor is None:
                continue
            if not actor.country:
                # a named group with no state (al-Qaeda) or a role (police), kept last
                if stateless is None and (actor.name or actor.role):
                    stateless = actor
                continue
            if actor.name or actor.kind == "person":
                return actor
            if best is None:
                best = actor
        if best is not None:
            person = next((e for e in inside if e.label_ == "PERSON"
                           and not self._names_a_state(e)), None)
            if person is not None and best.name is None:
                best = replace(best, name=person.text, kind="person")
        return best or stateless

    def _names_a_state(self, ent: Span) -> bool:
        """A tagger's PERSON that is a state's adjective ("Sri Lankan police")."""
        actor = self.resolver.resolve_text(ent.text, self.when)
        return actor is not None and actor.kind == "country"

    def _finish(self, actor: Actor, span: Span, head: Token) -> Actor:
        sector = actor.sector
        if sector is None:
            if actor.country == "IGO":
                sector = "IGO"
            else:
                words = [t.lower_ for t in span]
                sector = sector_of_words(head.lower_, words)
                if sector is None and head.ent_type_ == "GPE":
                    sector = "GOV"  # a country or capital standing for its government
        found = replace(actor, text=span.text, sector=sector, start=span.start_char,
                        end=span.end_char)
        if found.country is None:  # "police", "the government": where the text places them
            country = self._local_places(span.doc).country_for(span, found)
            if country is not None:
                found = replace(found, country=country)
        return found

    def _local_places(self, doc: Doc) -> LocalCountries:
        if self._places is None or self._places_doc is not doc:
            self._places_doc, self._places = doc, self.resolver.local_countries(doc, self.when)
        return self._places


def _side_taken(part: Span) -> bool:
    """A country word naming a side, not the owner: "pro-Russian separatists",
    "anti-American protesters", "Iranian-backed militias" (with or without hyphens)."""
    doc = part.doc
    before = part.start - 1
    if before >= 0 and doc[before].text in _HYPHENS:
        before -= 1
    if before >= 0 and doc[before].lower_.rstrip("-") in STANCE_PREFIXES:
        return True
    after = part.end
    if after < len(doc) and doc[after].text in _HYPHENS:
        after += 1
    return after < len(doc) and doc[after].lower_.lstrip("-") in SPONSOR_WORDS


def _extra_phrases(token: Token) -> list[Span]:
    """Appositions and "of" phrases that can name who the head is."""
    extra: list[Span] = []
    for child in token.children:
        if child.dep_ == "appos":
            extra.append(phrase_span(child))
        elif child.dep_ == "prep" and child.lower_ == "of":
            extra.extend(phrase_span(g) for g in child.children if g.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ == "in" and child.i > token.i:
            # "rebels in Congo": the resolver reads the whole phrase
            extra.append(token.doc[phrase_span(token).start:child.right_edge.i + 1])
    for child in token.children:
        if child.dep_ == "appos":
            extra.extend(_extra_phrases(child))
    return extra
