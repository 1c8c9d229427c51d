"""PLOVER 2.0 events over a parsed Doc.

Method: a trigger dictionary over the dependency parse (`event_patterns`), the
parse's subject/object slots for source and target (`event_roles`), actors
resolved by the document's ActorResolver (`event_actors`), then one event per
real-world event per document (`dyadwatch.resolve.dedupe`). A speech act inside
a quote or reported clause ("we urge Seoul ...") takes the speaker as source.
Negated, hypothetical and planned events are returned with a flag, not dropped.

    extractor = EventExtractor.from_package()          # once per process
    events = extract_events(doc, context, quotes, extractor=extractor)
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from dyadwatch.extract.event_actors import ActorFinder, PronounContext, phrase_span
from dyadwatch.extract.event_patterns import Trigger, TriggerDictionary, load_trigger_data
from dyadwatch.extract.event_roles import Slots, modality_flags, slots_for, subjects
from dyadwatch.extract.event_speech import SpeechAct, SpeechActCues, speech_acts
from dyadwatch.resolve.dedupe import Candidate, merge_events
from dyadwatch.types import Actor, Event, Evidence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from dyadwatch.extract.context import ExtractionContext
    from dyadwatch.types import Quote

__all__ = ["EventExtractor", "extract_events"]

# Types where "A and B <verb>" with no object is one act between A and B.
_RECIPROCAL_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE"})
_NO_ACTOR = Actor(text="")
# Below this confidence an event is kept with an "uncertain" flag, not emitted.
_UNCERTAIN = 0.25
_CONFLICT_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                             "COERCE", "ASSAULT"})
_FIRST_PERSON = frozenset({"i", "we", "us", "me", "our", "my"})


@dataclass(frozen=True)
class SentenceInfo:
    span: Span
    evidence: Evidence
    date: str | None
    precision: Any


class EventExtractor:
    """Holds the trigger dictionary (and, when given, a sentence type classifier)."""

    def __init__(
        self, triggers: TriggerDictionary, speech_cues: SpeechActCues | None = None,
        classifier: Any | None = None, require_country: bool = True,
    ) -> None:
        self.triggers = triggers
        self.speech_cues = speech_cues or SpeechActCues({})
        self.classifier = classifier
        # Emit only events where the source or the target resolves to a country.
        self.require_country = require_country
        self._prefixes = frozenset(w[:5] for w in triggers.words)

    @classmethod
    def from_package(cls) -> EventExtractor:
        data = load_trigger_data()
        return cls(TriggerDictionary.from_mapping(data),
                   SpeechActCues.from_mapping(data.get("speech_acts") or {}))

    def may_hold_event(self, sentence: str) -> bool:
        """A cheap pre-parse test: does the sentence contain a trigger-like word?

        For a later speed-up (parse only sentences that can hold an event)."""
        words = {w.strip(".,;:!?\"'“”’()").lower() for w in sentence.split()}
        return any(w[:5] in self._prefixes for w in words if len(w) >= 3)

    def extract(
        self, doc: Doc, context: ExtractionContext, quotes: Sequence[Quote] = ()
    ) -> list[Event]:
        finder = ActorFinder(context.resolver, context.reference_date)
        pronouns = PronounContext()
        tracker = _date_tracker(context.reference_date)
        candidates: list[Candidate] = []
        infos = list(_sentence_infos(doc, context.document.doc_id, tracker))
        for info in infos:
            _note_speakers(info.span, quotes, finder, pronouns)
            for trigger in self.triggers.match(info.span):
                candidates.extend(self._events_for(trigger, info, finder, pronouns))
            _note_last_person(info.span, finder, pronouns)
        triggered = {(c.event.evidence.start, c.event.type, c.event.source.country)
                     for c in candidates if not c.event.flags}
        for act in speech_acts(doc, quotes, self.speech_cues, finder, self.triggers.nouns):
            holder = _sentence_of(infos, act.quote.start)
            if holder is None:
                continue
            if (holder.evidence.start, act.type, act.source.country) in triggered:
                continue  # the verb of the sentence already gave this act its target
            candidates.append(_speech_candidate(act, holder))
        candidates.sort(key=lambda c: c.event.evidence.start)
        return merge_events(_without_orphans(candidates))

    def _events_for(
        self, trigger: Trigger, info: SentenceInfo, finder: ActorFinder, pronouns: PronounContext
    ) -> Iterator[Candidate]:
        slots = slots_for(trigger)
        sources = _actors(slots.sources, finder, pronouns)
        targets = _actors(slots.targets, finder, pronouns)
        if not any(t.country for t in targets):
            own = {s.country for s in sources}
            deeper = [a for a in _actors(slots.fallback_targets, finder, pronouns, False)
                      if a.country and a.country not in own]
            targets = deeper[:1] or targets
        pairs = _pairs(trigger.entry.type, slots, sources, targets)
        flags = modality_flags(trigger, self.triggers.modality)
        referential = trigger.standalone
        intent = self._announced_intent(trigger, flags)
        for source, target in pairs:
            if self.require_country and not (
                source.country or target.country or _known_kind(source)
            ):
                continue
            if trigger.entry.type == "CONSULT" and not target.country:
                continue  # a meeting needs a second party
            event = _event(trigger, info, source, target, flags, referential)
            yield Candidate(event, trigger.lemma, referential)
            if intent is not None:
                stated = replace(event, type=intent, mode=None, flags=(),
                                 event_id=_derived_id(event.event_id, intent),
                                 confidence=round(event.confidence * 0.9, 3))
                yield Candidate(stated, f"{trigger.lemma}:{intent}", False)

    def _announced_intent(self, trigger: Trigger, flags: tuple[str, ...]) -> str | None:
        """AGREE or THREATEN when a planned act is announced by its actor ("said it
        will withdraw", "is prepared to impose martial law"): PLOVER codes the
        statement of intent, not the act."""
        if flags not in {("planned",), ("hypothetical",)} or trigger.entry.type == "REQUEST":
            return None
        anchor = trigger.anchor
        if _in_condition(anchor):
            return None  # "... a big mistake if it decides to supply weapons"
        conditional = any(c.dep_ == "mark" and c.lower_ in {"if", "unless"}
                          for c in anchor.subtree)
        current = anchor
        while current.dep_ in {"xcomp", "ccomp", "conj", "acomp"} and current.head.i != current.i:
            current = current.head
            if current.lemma_.lower() in self.triggers.intent_heads:
                if trigger.entry.type in _CONFLICT_TYPES or conditional:
                    return "THREATEN"
                return "AGREE"
            if current.lemma_.lower() in self.triggers.verbs:
                return None  # "agreed to withdraw": the governing verb is the event
        return None


def extract_events(
    doc: Doc,
    context: ExtractionContext,
    quotes: Sequence[Quote] = (),
    *,
    extractor: EventExtractor | None = None,
) -> list[Event]:
    """Events in `doc`; `quotes` lets a quoted accusation or threat become an event.

    Pass an `extractor` built once per process; without one the dictionary is
    loaded for this call (slow in a loop)."""
    extractor = extractor or EventExtractor.from_package()
    return extractor.extract(doc, context, quotes)


def _actors(
    tokens: Sequence[Token], finder: ActorFinder, pronouns: PronounContext,
    places_ok: bool = True,
) -> list[Actor]:
    """Resolved actors of a slot; the first unresolved phrase when none resolves."""
    resolved = [a for a in (finder.actor(t, pronouns, places_ok) for t in tokens)
                if a is not None]
    if resolved:
        return resolved
    return [finder.unresolved(tokens[0])] if tokens else []


def _pairs(
    type_: str, slots: Slots, sources: list[Actor], targets: list[Actor]
) -> list[tuple[Actor, Actor]]:
    """(source, target) pairs: coordination gives one event per actor, a reciprocal
    act between coordinated subjects ("A and B agreed") one event per pair."""
    if slots.between and sources and targets:
        return [(sources[0], targets[0])]
    resolved_sources = [s for s in sources if s.country]
    if len(resolved_sources) > 1 and type_ in _RECIPROCAL_TYPES:
        first = resolved_sources[0]
        return [(first, other) for other in resolved_sources[1:]]
    sources = sources or [_NO_ACTOR]
    targets = targets or [_NO_ACTOR]
    return [
        (s, t) for s in sources for t in targets
        if not (s.start is not None and s.start == t.start)
        and not (s.country and s.country == t.country
                 and (s.sector == t.sector or s.sector is None or t.sector is None))
    ]


def _event(
    trigger: Trigger, info: SentenceInfo, source: Actor, target: Actor,
    flags: tuple[str, ...], referential: bool,
) -> Event:
    entry = trigger.entry
    confidence = entry.conf - 0.15
    confidence += 0.1 if source.country else -0.1
    confidence += 0.1 if target.country else -0.05
    if referential:
        confidence -= 0.1
    confidence += _prominence(trigger.anchor)
    if confidence < _UNCERTAIN and not flags:
        flags = ("uncertain",)
    doc_id = info.evidence.doc_id
    key = "|".join((doc_id, entry.type, source.country or "", source.text,
                    target.country or "", target.text, str(info.evidence.start),
                    str(trigger.token.i)))
    return Event(
        doc_id=doc_id,
        event_id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
        type=entry.type, source=source, target=target, evidence=info.evidence,
        confidence=round(min(0.99, max(0.05, confidence)), 3), mode=entry.mode,
        date=info.date, date_precision=info.precision, method="rules", flags=flags,
    )


def _without_orphans(candidates: list[Candidate]) -> list[Candidate]:
    """Drop events with no known source from sentences where another event has one:
    the sentence's act is most likely the one whose actor the parse found."""
    with_source = {c.event.evidence.start for c in candidates
                   if c.event.source.country and not c.event.flags}
    return [c for c in candidates
            if c.event.source.country or c.event.evidence.start not in with_source]


def _sentence_of(infos: Sequence[SentenceInfo], offset: int) -> SentenceInfo | None:
    """The sentence holding a character offset (the last one starting before it)."""
    found = None
    for info in infos:
        if info.evidence.start > offset:
            break
        found = info
    return found


def _speech_candidate(act: SpeechAct, info: SentenceInfo) -> Candidate:
    key = "|".join((info.evidence.doc_id, act.type, act.source.country or "",
                    act.target.country or "", str(act.quote.start)))
    event = Event(
        doc_id=info.evidence.doc_id,
        event_id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
        type=act.type, source=act.source, target=act.target, evidence=info.evidence,
        confidence=0.5, date=info.date, date_precision=info.precision, method="quote",
    )
    return Candidate(event, f"quote:{act.type}")


def _known_kind(actor: Actor) -> bool:
    """An actor with no known country but a recognisable role ("students", "rebels")."""
    return actor.sector is not None


def _in_condition(token: Token) -> bool:
    """Inside an "if"/"unless" clause (the token's own clause or one above it)."""
    for clause in (token, *token.ancestors):
        if clause.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in clause.children
        ):
            return True
    return False


def _prominence(anchor: Token) -> float:
    """The main clause's event is likelier the one the sentence reports."""
    if anchor.dep_ == "ROOT":
        return 0.05
    if anchor.dep_ in {"conj", "ccomp"}:
        return 0.0
    return -0.1


def _derived_id(event_id: str, type_: str) -> str:
    return hashlib.sha1(f"{event_id}|{type_}".encode()).hexdigest()[:16]


def _sentence_infos(doc: Doc, doc_id: str, tracker: Any | None) -> Iterator[SentenceInfo]:
    """Non-blank sentences with their evidence (numbered as the Processor numbers them)."""
    index = 0
    for sent in doc.sents:
        if not sent.text.strip():
            continue
        for piece in _lines(sent):
            text = piece.text.strip()
            if not text:
                continue
            start = piece.start_char + piece.text.index(text[0])
            date, precision = tracker.date_for(piece) if tracker is not None else (None, None)
            evidence = Evidence(doc_id, start, start + len(text), text, index)
            yield SentenceInfo(piece, evidence, date, precision)
        index += 1


def _lines(sent: Span) -> Iterator[Span]:
    """A sentence split at line breaks: a title or byline line is not part of the
    sentence the parser ran it into."""
    start = sent.start
    for token in sent:
        if "\n" in token.text and token.is_space:
            if token.i > start:
                yield sent.doc[start:token.i]
            start = token.i + 1
    if start < sent.end:
        yield sent.doc[start:sent.end]


def _date_tracker(reference_date: str | None) -> Any | None:
    """dates.DateTracker when that module provides it (it is being written alongside)."""
    from dyadwatch.extract import dates

    tracker_class = getattr(dates, "DateTracker", None)
    return tracker_class(reference_date) if tracker_class is not None else None


def _note_speakers(
    sent: Span, quotes: Sequence[Quote], finder: ActorFinder, pronouns: PronounContext
) -> None:
    """Map first-person pronouns in the sentence to who is speaking: the quote's
    speaker, else the subject of the verb of saying that governs the clause."""
    pronouns.speakers.clear()
    for token in sent:
        if token.lower_ not in _FIRST_PERSON:
            continue
        speaker = _quote_speaker(token, quotes) or _clause_speaker(token, finder, pronouns)
        if speaker is not None:
            pronouns.speakers[token.i] = speaker


def _quote_speaker(token: Token, quotes: Sequence[Quote]) -> Actor | None:
    for quote in quotes:
        if quote.start <= token.idx < quote.end and quote.speaker and quote.speaker.country:
            return quote.speaker
    return None


def _clause_speaker(token: Token, finder: ActorFinder, pronouns: PronounContext) -> Actor | None:
    for ancestor in token.ancestors:
        if ancestor.pos_ == "VERB" and ancestor.lemma_.lower() in _SAYING:
            for slot in subjects(ancestor):
                for subject in slot:
                    if subject.lower_ not in _FIRST_PERSON:
                        return finder.actor(subject, pronouns)
    return None


_SAYING = frozenset({"say", "tell", "add", "note", "state", "stress", "emphasize", "declare",
                     "announce", "insist", "write", "reiterate", "point", "warn"})


def _note_last_person(sent: Span, finder: ActorFinder, pronouns: PronounContext) -> None:
    """Remember the last named person with a known country, for "he"/"she"/"the minister"."""
    for ent in sent.ents:
        if ent.label_ != "PERSON":
            continue
        actor = finder.actor(phrase_span(ent.root).root, None)
        if actor is not None and actor.country:
            pronouns.last_person = actor
