"""Speech acts inside quotes: an accusation, threat, appeal or praise between states.

A quote (direct or reported) whose speaker resolves to a country, and whose words
contain a cue of `speech_acts` in data/events/triggers.yaml, becomes an event
from the speaker to each other state the quote names ("We urge the Republic of
Korea ..." → REQUEST RUS → KOR). Cues are matched on lemmas, one- or
multi-word. Verb triggers inside the same quote are handled by the ordinary
trigger path with the speaker standing in for "we"; the merge step keeps one
event per type and dyad and sentence.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dyadwatch.extract.event_actors import sector_of_words
from dyadwatch.types import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dyadwatch.extract.event_actors import ActorFinder
    from dyadwatch.types import Quote

__all__ = ["SpeechActCues", "SpeechAct", "speech_acts"]

# When one quote carries several acts, the order in which they are listed.
_ORDER = ("THREATEN", "ACCUSE", "REQUEST", "SUPPORT", "AGREE")
_TARGET_LABELS = frozenset({"GPE", "NORP", "ORG"})


@dataclass(frozen=True)
class SpeechActCues:
    cues: Mapping[str, tuple[tuple[str, ...], ...]]  # type → lemma sequences

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> SpeechActCues:
        cues: dict[str, tuple[tuple[str, ...], ...]] = {}
        for type_, words in (data or {}).items():
            cues[str(type_)] = tuple(tuple(str(w).lower().split()) for w in words or ())
        return cls(cues)

    def types_in(self, lemmas: Sequence[str]) -> list[str]:
        """Types whose cue occurs (not right after a negation) in the lemmas, in `_ORDER`."""
        found = []
        for type_ in _ORDER:
            for cue in self.cues.get(type_, ()):
                if _contains(lemmas, cue):
                    found.append(type_)
                    break
        return found


@dataclass(frozen=True)
class SpeechAct:
    type: str
    source: Actor
    target: Actor
    quote: Quote


def speech_acts(
    doc: Doc, quotes: Sequence[Quote], cues: SpeechActCues, finder: ActorFinder,
    event_nouns: Collection[str] = (), claim_nouns: Collection[str] = (),
) -> Iterator[SpeechAct]:
    """Speech-act events of the quotes whose speaker has a country, toward the first
    state the quote names (and a second one named with it: "US-South Korean")."""
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None or not speaker.country:
            continue
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        lemmas = [(t.lemma_ or t.text).lower() for t in span]
        types = cues.types_in(lemmas)
        if not types:
            continue
        targets = _named_states(span, speaker.country, finder, event_nouns, claim_nouns)
        source = Actor(text=speaker.text, name=speaker.name, country=speaker.country,
                       sector=speaker.sector, role=speaker.role, kind=speaker.kind,
                       start=speaker.start, end=speaker.end)
        for type_ in types:
            for target in targets:
                yield SpeechAct(type_, source, target, quote)


def _named_states(
    span: Any, own_country: str, finder: ActorFinder, event_nouns: Collection[str],
    claim_nouns: Collection[str],
) -> list[Actor]:
    found: list[Actor] = []
    first: Any = None
    seen = {own_country}
    # The state the quote's clause is about (its subject) first, then in order.
    inside = finder.entities(span.doc).within(span.start, span.end)
    for ent in sorted(inside, key=lambda e: not _in_subject(e.root)):
        if ent.label_ not in _TARGET_LABELS or not _names_an_actor(ent, event_nouns):
            continue
        if any(a.lemma_.lower() in claim_nouns for a in ent.root.ancestors):
            continue  # "the accusations that Russia ...", "the pretext of a Korean threat"
        if first is not None and not _named_together(first, ent):
            break  # only states named together with the first one
        actor = finder.actor(ent.root, None, places_ok=False)
        if actor is None or not actor.country or actor.country in seen:
            continue
        seen.add(actor.country)
        found.append(actor)
        first = first if first is not None else ent
    return found


_NEGATIONS = frozenset({"not", "n't", "never", "no"})


def _in_subject(token: Any) -> bool:
    """Part of a clause's subject (who the quote says did something)."""
    for current in (token, *token.ancestors):
        if current.dep_ in {"nsubj", "nsubjpass"}:
            return True
        if current.dep_ not in {"compound", "amod", "poss", "conj", "appos"}:
            return False
    return False


def _named_together(a: Any, b: Any) -> bool:
    """"US-South Korean", "the US and Korea": only a hyphen, comma or "and" between."""
    left, right = (a, b) if a.start < b.start else (b, a)
    between = left.doc[left.end:right.start]
    return len(between) <= 2 and all(t.lower_ in {"-", "–", "and", ",", "&", "/"} for t in between)


def _names_an_actor(ent: Any, event_nouns: Collection[str]) -> bool:
    """A nationality adjective names an actor only on a role word or an act:
    "Russian diplomats", "US-South Korean air exercise", not "the Ukrainian issue"."""
    if ent.label_ != "NORP" or ent.root.dep_ not in {"amod", "compound"}:
        return True
    head = ent.root.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return sector_of_words(head.lower_, []) is not None or head.lemma_.lower() in event_nouns


def _contains(lemmas: Sequence[str], cue: tuple[str, ...]) -> bool:
    """The cue occurs, and the word before it is not a negation ("not ready")."""
    n = len(cue)
    return any(
        tuple(lemmas[i:i + n]) == cue and (i == 0 or lemmas[i - 1] not in _NEGATIONS)
        for i in range(len(lemmas) - n + 1)
    )
