"""PLOVER 2.0 events over a parsed Doc.

Method: a trigger dictionary over the dependency parse (`event_patterns`), the
parse's subject/object slots for source and target (`event_roles`), actors
resolved by the document's ActorResolver (`event_actors`), then one event per
real-world event per document (`dyadwatch.resolve.dedupe`). A speech act inside
a quote or reported clause ("we urge Seoul ...") takes the speaker as source.
Negated, hypothetical and planned events are returned with a flag, not dropped.
A sentence no trigger coded may get the sentence classifier's type (`event_fallback`).

    extractor = EventExtractor.from_package()          # once per process
    events = extract_events(doc, context, quotes, extractor=extractor)
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from dyadwatch.extract.event_actors import ActorFinder, PronounContext
from dyadwatch.extract.event_fallback import (
    NO_ACTOR,
    classified_candidates,
    derived_id,
    in_condition,
    known_kind,
    retyped,
)
from dyadwatch.extract.event_patterns import (
    Trigger,
    TriggerDictionary,
    TriggerEntry,
    load_trigger_data,
    word_forms,
)
from dyadwatch.extract.event_roles import Slots, modality_flags, slots_for, subjects
from dyadwatch.extract.event_sentences import (
    SentenceInfo,
    date_tracker,
    note_last_person,
    note_speakers,
    sentence_infos,
    sentence_of,
)
from dyadwatch.extract.event_speech import SpeechAct, SpeechActCues, speech_acts
from dyadwatch.resolve.dedupe import Candidate, merge_events
from dyadwatch.types import Actor, Event

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from dyadwatch.extract.context import ExtractionContext
    from dyadwatch.extract.event_blend import SentenceClassifier
    from dyadwatch.extract.event_classifier import SentenceBeliefs
    from dyadwatch.types import Quote

__all__ = ["EventExtractor", "extract_events"]

# Trigger words are compared by their first letters ("attack" ~ "attacked").
_PREFIX = 5
# Types where "A and B <verb>" with no object is one act between A and B.
_RECIPROCAL_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE"})
# How much the sentence classifier's probability of the type adds to a rule's confidence.
_CLASSIFIER_WEIGHT = 0.2
# Acts worth keeping with no source when their victims are known ("a bomb killed 44 people").
_VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE"})
_STATE_SECTORS = frozenset({"GOV", "DIP", "MIL", "LEG", "JUD"})
_DIPLOMATIC_PROTEST = TriggerEntry("ACCUSE", "disapprove", 0.7)
_DEMAND = TriggerEntry("REQUEST", None, 0.6)
# Verbal cooperation whose negation is a refusal (PLOVER REJECT).
_REFUSABLE = frozenset({"AGREE", "CONCEDE", "SUPPORT"})
# Hostile acts whose report by another state is an accusation, and the verbs of reporting.
_HOSTILE_ACTS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"})
_REPORTING = frozenset({"claim", "allege", "charge", "insist", "assert", "accuse"})
# Verbs of saying whose "must"/"should" clause is a demand.
_SAYING = frozenset({"say", "tell", "add", "note", "state", "stress", "insist", "declare",
                     "warn", "write", "argue", "emphasize", "reiterate"})
# Below this confidence an event is kept with an "uncertain" flag, not emitted.
_UNCERTAIN = 0.25
_CONFLICT_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                             "COERCE", "ASSAULT"})


class EventExtractor:
    """The trigger dictionary, the quote speech-act cues and the sentence type
    classifier (which ranks competing readings of a sentence and codes a sentence
    no trigger matched when it is sure), loaded once per process."""

    def __init__(
        self, triggers: TriggerDictionary, speech_cues: SpeechActCues | None = None,
        classifier: SentenceClassifier | None = None, require_country: bool = True,
    ) -> None:
        self.triggers = triggers
        self.speech_cues = speech_cues or SpeechActCues({})
        self.classifier = classifier
        # Emit only events whose source is a known state or role ("students"), or,
        # for a sentence's main verb, whose target is a known state.
        self.require_country = require_country
        self._prefixes = frozenset(w[:_PREFIX] for w in triggers.words if len(w) >= 3)

    @classmethod
    def from_package(cls, transformer: bool = True) -> EventExtractor:
        """The packaged dictionaries and classifier; `transformer=False`: the
        word classifier alone (faster, less accurate)."""
        from dyadwatch.extract.event_blend import packaged_sentence_classifier

        data = load_trigger_data()
        return cls(TriggerDictionary.from_mapping(data),
                   SpeechActCues.from_mapping(data.get("speech_acts") or {}),
                   packaged_sentence_classifier(transformer))

    def may_hold_event(self, sentence: str) -> bool:
        """A cheap pre-parse test: does the sentence contain a trigger-like word?

        For a later speed-up (parse only sentences that can hold an event)."""
        words = {w.strip(".,;:!?\"'“”’()").lower() for w in sentence.split()}
        if words & self.triggers.irregular_forms:
            return True
        return any(form[:k] in self._prefixes for w in words for form in word_forms(w)
                   for k in range(3, _PREFIX + 1))

    def extract(
        self, doc: Doc, context: ExtractionContext, quotes: Sequence[Quote] = ()
    ) -> list[Event]:
        finder = ActorFinder(context.resolver, context.reference_date)
        pronouns = PronounContext()
        tracker = date_tracker(context.reference_date)
        candidates: list[Candidate] = []
        infos = list(sentence_infos(doc, context.document.doc_id, tracker))
        main_verb_acts: set[int] = set()  # sentences whose main verb is a trigger
        for info in infos:
            note_speakers(info.span, quotes, finder, pronouns)
            for trigger in self.triggers.match(info.span):
                if _main_clause(trigger.anchor):
                    main_verb_acts.add(info.evidence.start)
                found = self._events_for(trigger, info, finder, pronouns)
                candidates.extend(_as_claims(found, trigger, quotes))
            for speaker, addressee, verb in _demands(info.span, finder, pronouns, _SAYING):
                demand = Trigger(verb, verb, _DEMAND, "phrase")
                event = _event(demand, info, speaker, addressee, (), False)
                candidates.append(Candidate(event, "must"))
            note_last_person(info.span, finder, pronouns)
        beliefs: SentenceBeliefs | None = None
        if self.classifier is not None:
            from dyadwatch.extract.event_classifier import SentenceBeliefs

            beliefs = SentenceBeliefs(self.classifier)
            candidates = retyped(beliefs, main_verb_acts, candidates)
            candidates.extend(classified_candidates(
                beliefs, self.triggers.modality, infos, candidates, finder))
        triggered = {(c.event.evidence.start, c.event.type, c.event.source.country)
                     for c in candidates if not c.event.flags}
        for act in speech_acts(doc, quotes, self.speech_cues, finder, self.triggers.nouns,
                               self.triggers.modality.claim_nouns):
            holder = sentence_of(infos, act.quote.start)
            if holder is None:
                continue
            if (holder.evidence.start, act.type, act.source.country) in triggered:
                continue  # the verb of the sentence already gave this act its target
            candidates.append(_speech_candidate(act, holder))
        candidates.sort(key=lambda c: c.event.evidence.start)
        return merge_events(_weighed(beliefs, _without_orphans(candidates)))

    def _events_for(
        self, trigger: Trigger, info: SentenceInfo, finder: ActorFinder, pronouns: PronounContext
    ) -> Iterator[Candidate]:
        slots = slots_for(trigger)
        sources = _actors(slots.sources, finder, pronouns, anchor=trigger.anchor)
        targets = _actors(slots.targets, finder, pronouns)
        if not any(t.country for t in targets):
            targets = _deeper_target(slots, sources, finder, pronouns) or targets
        if _each_other(slots) and len({s.country for s in sources if s.country}) == 2:
            first, second = [s for s in sources if s.country][:2]
            pairs = [(first, second), (second, first)]  # "reprimands to each other's diplomats"
        else:
            pairs = _pairs(trigger.entry.type, slots, sources, targets)
        flags = modality_flags(trigger, self.triggers.modality)
        referential = trigger.standalone
        intent = self._announced_intent(trigger, flags)
        if intent == "THREATEN" and not any(t.country for _, t in pairs):
            pairs = _condition_targets(trigger.anchor, pairs, finder)
        for source, target in pairs:
            if self.require_country and not (
                source.country or known_kind(source)
                or (_main_clause(trigger.anchor) and (
                    target.country
                    or (known_kind(target) and trigger.entry.type in _VIOLENT_TYPES)))
            ):
                continue  # no known actor, or only a target in a side clause
            if trigger.entry.type == "CONSULT" and not (target.country or known_kind(target)):
                continue  # a meeting needs a second party
            acting = trigger
            if trigger.lemma == "protest" and _official(source):
                acting = replace(trigger, entry=_DIPLOMATIC_PROTEST)
            event = _event(acting, info, source, target, flags, referential)
            yield Candidate(event, trigger.lemma, referential)
            accusation = self._reported_act(trigger, event, finder, pronouns)
            if accusation is not None:
                yield accusation
            if intent is not None and source.country:  # a stated intention needs a speaker
                stated = replace(event, type=intent, mode=None, flags=(),
                                 event_id=derived_id(event.event_id, intent),
                                 confidence=round(event.confidence * 0.9, 3))
                yield Candidate(stated, f"{trigger.lemma}:{intent}", False)

    def _reported_act(
        self, trigger: Trigger, event: Event, finder: ActorFinder, pronouns: PronounContext
    ) -> Candidate | None:
        """"Israel said a mortar was fired at it from Gaza": a state reporting another's
        hostile act accuses it (ACCUSE speaker → the act's source)."""
        if event.flags or event.type not in _HOSTILE_ACTS or trigger.anchor.dep_ != "ccomp":
            return None
        verb = trigger.anchor.head
        if verb.lemma_.lower() not in _REPORTING:
            return None
        speaker = next((finder.actor(t, pronouns) for slot in subjects(verb) for t in slot), None)
        accused = event.source if event.source.country else event.target
        if (speaker is None or not speaker.country or not accused.country
                or speaker.country == accused.country):
            return None
        if accused is event.target and event.source.country is None:
            return None  # the act's source is unknown: nobody is accused
        stated = replace(event, type="ACCUSE", mode="allege", source=speaker, target=accused,
                         event_id=derived_id(event.event_id, "ACCUSE"),
                         confidence=round(event.confidence * 0.8, 3))
        return Candidate(stated, f"{trigger.lemma}:ACCUSE")

    def _announced_intent(self, trigger: Trigger, flags: tuple[str, ...]) -> str | None:
        """AGREE or THREATEN when a planned act is announced by its actor ("said it
        will withdraw", "is prepared to impose martial law"): PLOVER codes the
        statement of intent, not the act. A refused agreement ("failed to reach
        agreement", "will not accept") is coded REJECT."""
        if flags == ("negated",):
            return "REJECT" if trigger.entry.type in _REFUSABLE else None
        if flags not in {("planned",), ("hypothetical",)} or trigger.entry.type == "REQUEST":
            return None
        anchor = trigger.anchor
        if in_condition(anchor):
            return None  # "... a big mistake if it decides to supply weapons"
        conditional = any(c.dep_ == "mark" and c.lower_ in {"if", "unless"}
                          for c in anchor.subtree)
        if conditional and trigger.entry.type in _CONFLICT_TYPES:
            return "THREATEN"  # "if X ..., the latter will take retaliatory measures"
        if any(c.dep_ == "aux" and c.lower_ in {"must", "should", "ought"}
               for c in anchor.children):
            return None  # an obligation someone else states: see _demands
        current = anchor
        while current.dep_ in {"xcomp", "ccomp", "conj", "acomp"} and current.head.i != current.i:
            if current.dep_ == "ccomp" and not _same_speaker(current, current.head):
                return None  # "X said Y will attack" reports Y's plan, not X's
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


def _weighed(beliefs: SentenceBeliefs | None, candidates: list[Candidate]) -> list[Candidate]:
    """Confidence raised by the sentence classifier's belief in the event's type:
    of two readings of one sentence, the one the classifier shares ranks first."""
    if beliefs is None or not candidates:
        return candidates
    texts = sorted({c.event.evidence.text for c in candidates})
    by_text = dict(zip(texts, beliefs.ranked(texts), strict=True))
    weighed = []
    for candidate in candidates:
        event = candidate.event
        belief = dict(by_text[event.evidence.text]).get(event.type, 0.0)
        confidence = round(min(0.99, event.confidence + _CLASSIFIER_WEIGHT * belief), 3)
        weighed.append(replace(candidate, event=replace(event, confidence=confidence)))
    return weighed


def _deeper_target(
    slots: Slots, sources: list[Actor], finder: ActorFinder, pronouns: PronounContext
) -> list[Actor]:
    """A state named deeper in the objects; failing that, where the act took place
    ("lifted a curfew *in Montenegro*"), as PLOVER coders do."""
    own = {s.country for s in sources}
    for places_ok in (False, True):
        for token in slots.fallback_targets:
            actor = finder.actor(token, pronouns, places_ok)
            if actor is not None and actor.country and actor.country not in own:
                found = [actor]  # with the states coordinated with it ("by the US and Korea")
                for other in token.conjuncts:
                    extra = finder.actor(other, pronouns, places_ok)
                    if extra is not None and extra.country and extra.country not in own:
                        found.append(extra)
                return found
    return []


def _actors(
    tokens: Sequence[Token], finder: ActorFinder, pronouns: PronounContext,
    places_ok: bool = True, anchor: Token | None = None,
) -> list[Actor]:
    """Resolved actors of a slot; the first unresolved phrase when none resolves
    (placed in the country where it acts when `anchor` is given)."""
    resolved: list[Actor] = []
    for token in tokens:
        resolved.extend(pronouns.pair_of_states(token))
    for actor in (finder.actor(t, pronouns, places_ok) for t in tokens):
        # "their" resolved to the subject already in the slot is the same actor
        if actor is not None and all(
            (actor.start, actor.country) != (r.start, r.country) for r in resolved
        ):
            resolved.append(actor)
    if resolved:
        return resolved
    return [finder.unresolved(tokens[0], anchor)] if tokens else []


def _pairs(
    type_: str, slots: Slots, sources: list[Actor], targets: list[Actor]
) -> list[tuple[Actor, Actor]]:
    """(source, target) pairs: coordination gives one event per actor, a reciprocal
    act between coordinated subjects ("A and B agreed") one event per pair."""
    if slots.between and sources and targets:
        return [(sources[0], targets[0])]
    resolved_sources = [s for s in sources if s.country]
    if len(resolved_sources) > 1 and type_ in _RECIPROCAL_TYPES:
        return [(a, b) for i, a in enumerate(resolved_sources)
                for b in resolved_sources[i + 1:] if a.country != b.country]
    sources = sources or [NO_ACTOR]
    targets = targets or [NO_ACTOR]
    return [
        (s, t) for s in sources for t in targets
        if not (s.start is not None and s.start == t.start)
        and not _overlap(s, t)
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
    date, precision = info.date, info.precision
    if trigger.kind == "noun":  # "the June 18-19 state visit": the noun's own date
        noun = trigger.token
        own = info.date_inside(noun.left_edge.idx, noun.idx + len(noun.text))
        if own is not None:
            date, precision = own
    return Event(
        doc_id=doc_id,
        event_id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
        type=entry.type, source=source, target=target, evidence=info.evidence,
        confidence=round(min(0.99, max(0.05, confidence)), 3), mode=entry.mode,
        date=date, date_precision=precision, method="rules", flags=flags,
    )


def _each_other(slots: Slots) -> bool:
    """A reciprocal target: "each other", "one another"."""
    for token in (*slots.targets, *slots.fallback_targets):
        text = " ".join(t.lower_ for t in token.subtree)
        if "each other" in text or "one another" in text:
            return True
    return False


def _overlap(a: Actor, b: Actor) -> bool:
    """Two phrases sharing words ("Russian-Chinese" in "the Russian-Chinese military")."""
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return False
    return a.start < b.end and b.start < a.end


def _without_orphans(candidates: list[Candidate]) -> list[Candidate]:
    """Drop events with no known source from sentences where another event has one:
    the sentence's act is most likely the one whose actor the parse found."""
    with_source = {c.event.evidence.start for c in candidates
                   if c.event.source.country and not c.event.flags}
    return [c for c in candidates
            if c.event.source.country or c.event.evidence.start not in with_source]


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


def _same_speaker(clause: Token, verb: Token) -> bool:
    """Whether the reported clause's subject is the one reporting ("Iraq said *it*
    will ...", "Iraq said Iraq will ...")."""
    inner = [t for slot in subjects(clause) for t in slot]
    outer = [t for slot in subjects(verb) for t in slot]
    if not inner or not outer:
        return True
    return inner[0].pos_ == "PRON" or inner[0].lower_ == outer[0].lower_


def _official(actor: Actor) -> bool:
    """A state organ or a state itself (whose "protest" is a diplomatic complaint)."""
    return actor.sector in _STATE_SECTORS


def _demands(
    sent: Span, finder: ActorFinder, pronouns: PronounContext, reporting: frozenset[str]
) -> Iterator[tuple[Actor, Actor, Token]]:
    """"Straw said the Sudanese government must reach an agreement": a demand
    (REQUEST) from the speaker to the subject of the must/should clause."""
    for token in sent:
        if token.dep_ != "ccomp" or token.head.lemma_.lower() not in reporting:
            continue
        if not any(c.dep_ == "aux" and c.lower_ in {"must", "should"} for c in token.children):
            continue
        speaker = next((finder.actor(t, pronouns) for slot in subjects(token.head)
                        for t in slot), None)
        addressee = next((finder.actor(t, pronouns) for slot in subjects(token)
                          for t in slot), None)
        if (speaker is not None and addressee is not None and speaker.country
                and addressee.country and speaker.country != addressee.country):
            yield speaker, addressee, token


def _as_claims(
    found: Iterator[Candidate], trigger: Trigger, quotes: Sequence[Quote]
) -> Iterator[Candidate]:
    """An act told inside a direct quote by a speaker of another state is that
    speaker's claim (coded as the speaker's accusation, see event_speech), not a
    reported fact: it is kept flagged "claimed"."""
    offset = trigger.token.idx
    speaker = next((q.speaker for q in quotes if q.direct and q.speaker is not None
                    and q.speaker.country and q.start <= offset < q.end), None)
    for candidate in found:
        event = candidate.event
        if (speaker is not None and not event.flags and event.source.country
                and event.source.country != speaker.country
                and event.type not in {"ACCUSE", "REQUEST", "THREATEN", "SUPPORT", "REJECT"}):
            candidate = replace(candidate, event=replace(event, flags=("claimed",)))
        yield candidate






def _main_clause(anchor: Token) -> bool:
    """The sentence's main verb (or one conjoined to it): an agentless main event such
    as "a roadside bomb killed two US soldiers" is worth keeping without a source."""
    while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
        anchor = anchor.head
    return anchor.dep_ == "ROOT"



def _condition_targets(
    anchor: Token, pairs: list[tuple[Actor, Actor]], finder: ActorFinder
) -> list[tuple[Actor, Actor]]:
    """The addressee of a conditional threat is who the condition names:
    "if cooperation between *Russia* and the DPRK affects ..., we will retaliate"."""
    clauses = [c for c in anchor.children if c.dep_ == "advcl"
               and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)]
    own = {s.country for s, _ in pairs}
    for clause in clauses:
        for ent in finder.entities(clause.doc).starting_within(clause.left_edge.i,
                                                               clause.right_edge.i):
            actor = finder.actor(ent.root, None, places_ok=False)
            if actor is not None and actor.country and actor.country not in own:
                return [(s, actor) for s, _ in pairs]
    return pairs



def _prominence(anchor: Token) -> float:
    """The main clause's event is likelier the one the sentence reports."""
    if anchor.dep_ == "ROOT":
        return 0.05
    if anchor.dep_ in {"conj", "ccomp"}:
        return 0.0
    return -0.1
