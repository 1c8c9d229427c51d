"""The sentence classifier where the trigger rules fall short.

- `classified_candidates`: a sentence that no trigger rule coded (or coded only
  "uncertain") is given the classifier's type when the classifier is sure
  enough, between the main verb's named subject and the first other state the
  sentence names; failing a second party, with the subject alone (a known state,
  role or name; or, surer, any noun subject the resolver does not know); failing
  any actor, with nobody when the classifier is very sure ("A car bomb exploded
  near the market") and the subject is no unresolved person ("She cited ...").
  A material act told by a reporter ("Four people were wounded, police said")
  is read in the reported clause first: the reporter is no party to it.
- `retyped`: a rule reading from a side clause takes the classifier's type when
  the classifier is sure of a type no reading of the sentence has.

The thresholds were chosen on bench/events_dev.py (synthetic stories held out of
the classifier's training) and checked on the seeds.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from dyadwatch.extract.event_patterns import Modality, Trigger, TriggerEntry
from dyadwatch.extract.event_roles import modality_flags, subjects
from dyadwatch.resolve.dedupe import Candidate
from dyadwatch.types import Actor, Event

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from dyadwatch.extract.event_actors import ActorFinder
    from dyadwatch.extract.event_classifier import SentenceBeliefs
    from dyadwatch.extract.event_sentences import SentenceInfo

__all__ = [
    "NO_ACTOR", "classified_candidates", "derived_id", "in_condition", "known_kind", "retyped",
]

NO_ACTOR = Actor(text="")
# The classifier's probability needed to code a sentence no trigger matched.
CLASSIFIER_ALONE = 0.35
# ... and to code it with the main verb's subject as source though the resolver
# does not know it ("The governments of the three countries agreed ...").
CLASSIFIER_UNRESOLVED = 0.4
# ... and to code it with no actor at all (none of the sentence's phrases resolves).
CLASSIFIER_NO_ACTOR = 0.7
# The classifier's probability of a type no rule reading of the sentence has, above
# which the main rule reading takes the classifier's type (its actors kept).
# 0.45 (was 0.6) chosen on the events dev set: typed F1 .477 -> .491 with the blend,
# .454 -> .460 with the word model alone (bench/RESULTS.md).
CLASSIFIER_OVERRIDE = 0.45
_QUOTE_MARKS = frozenset('"“”«»')
_PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you"})
# Verbs of reporting: their subject tells the act, it does not do it.
_REPORTING_VERBS = frozenset({"say", "tell", "report", "add", "note", "state", "claim",
                              "confirm", "write", "estimate"})
# Types whose act is the saying itself ("X said Y lied" is X's accusation).
_VERBAL_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT", "AGREE"})
# Any verb entry: only its modality is read (negation, plan) on the sentence's root.
_ROOT_ENTRY = TriggerEntry("REQUEST", None, 0.6)


def classified_candidates(
    beliefs: SentenceBeliefs, modality: Modality, infos: Sequence[SentenceInfo],
    candidates: Sequence[Candidate], finder: ActorFinder,
) -> Iterator[Candidate]:
    """For a sentence no trigger matched, the classifier's type when it is sure,
    between the main verb's subject and the first other state the sentence names."""
    # an uncertain rule reading leaves the sentence open to the classifier
    covered = {c.event.evidence.start for c in candidates
               if "uncertain" not in c.event.flags}
    open_infos = [i for i in infos if i.evidence.start not in covered]
    if not open_infos:
        return
    texts = [i.evidence.text for i in open_infos]
    for info, prediction in zip(open_infos, beliefs.ranked(texts), strict=True):
        label, probability = prediction[0]
        if label == "NONE" or probability < CLASSIFIER_ALONE:
            continue
        if _root_modality(info.span, modality):
            continue  # "Seoul does not undermine its relations with Russia"
        act = _act_verb(info.span.root, label)
        pair = _actors_of(info.span, act, probability, finder)
        if pair is None and act is not info.span.root:
            pair = _actors_of(info.span, info.span.root, probability, finder)
        if pair is None:
            continue
        event = _classified_event(info, label, pair, probability)
        yield Candidate(event, f"classifier:{label}")


def retyped(
    beliefs: SentenceBeliefs, main_verb_acts: set[int], candidates: list[Candidate]
) -> list[Candidate]:
    """Rule readings of a sentence retyped when the classifier is sure of a type no
    reading there has and no trigger is the sentence's main verb (`main_verb_acts`:
    the sentences' evidence starts where one is): a trigger in a side clause found
    the actors, the whole sentence tells the act better. A main-verb trigger is the
    sentence's act ("Moscow called the drills a provocation" is ACCUSE, whatever
    the drills are); and in a sentence with a quotation the classifier reads the
    speaker's words, not the act of quoting."""
    by_sentence: dict[int, list[int]] = {}
    for index, candidate in enumerate(candidates):
        event = candidate.event
        if (not event.flags and event.method == "rules"
                and event.evidence.start not in main_verb_acts
                and not _QUOTE_MARKS & set(event.evidence.text)):
            by_sentence.setdefault(event.evidence.start, []).append(index)
    if not by_sentence:
        return candidates
    starts = sorted(by_sentence)
    texts = [candidates[by_sentence[s][0]].event.evidence.text for s in starts]
    result = list(candidates)
    for start, prediction in zip(starts, beliefs.ranked(texts), strict=True):
        label, probability = prediction[0]
        indices = by_sentence[start]
        if (label == "NONE" or probability < CLASSIFIER_OVERRIDE
                or any(candidates[i].event.type == label for i in indices)):
            continue
        main_type = max((candidates[i].event for i in indices), key=lambda e: e.confidence).type
        for i in indices:
            event = candidates[i].event
            if event.type == main_type:  # coordinated actors: each reading of the act
                result[i] = replace(candidates[i], event=replace(
                    event, type=label, mode=None, method="classifier",
                    event_id=derived_id(event.event_id, label)))
    return result


def derived_id(event_id: str, type_: str) -> str:
    """The id of an event read anew as `type_` from the event `event_id`."""
    return hashlib.sha1(f"{event_id}|{type_}".encode()).hexdigest()[:16]


def known_kind(actor: Actor) -> bool:
    """An actor with no known country but a recognisable role ("students", "rebels",
    "police") or a name of its own ("al-Qaeda")."""
    return actor.sector is not None or actor.name is not None or actor.role is not None


def in_condition(token: Token) -> bool:
    """Inside an "if"/"unless" clause or a "depending on" phrase."""
    for clause in (token, *token.ancestors):
        if clause.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in clause.children
        ):
            return True
        if clause.lower_ in {"depending", "depend", "conditional"}:
            return True
    return False


def _root_modality(sent: Span, modality: Modality) -> tuple[str, ...]:
    """Negation, hypothesis or plan on the sentence's main verb."""
    root = sent.root
    return modality_flags(Trigger(root, root, _ROOT_ENTRY, "verb"), modality)


def _actors_of(
    sent: Span, act: Token, probability: float, finder: ActorFinder
) -> tuple[Actor, Actor] | None:
    """(source, target) of the act told by verb `act`, or None when too unsure."""
    pair = _main_dyad(sent, act, finder) or _main_source(act, finder)
    if pair is None and probability >= CLASSIFIER_UNRESOLVED:
        pair = _unresolved_source(act, finder)
    if pair is None and probability >= CLASSIFIER_NO_ACTOR and not _person_subject(act):
        pair = (NO_ACTOR, NO_ACTOR)  # "A car bomb exploded near the market"
    return pair


def _act_verb(root: Token, label: str) -> Token:
    """The verb whose subject did the act: the main verb, but for a material act told
    by a reporter ("Four people were wounded, local authorities said", "X told AFP
    that the aircraft struck ...") the reported clause; the reporter is no party to
    it. A pronoun subject there ("Israel said it struck") is the reporter itself."""
    if label in _VERBAL_TYPES or root.lemma_.lower() not in _REPORTING_VERBS:
        return root
    clause = next((c for c in root.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return root
    inner = [t for slot in subjects(clause) for t in slot]
    if inner and inner[0].pos_ == "PRON":
        return root
    return clause


def _main_dyad(sent: Span, act: Token, finder: ActorFinder) -> tuple[Actor, Actor] | None:
    """(named subject of the act's verb, first other state named) when both resolve;
    a state named in a condition ("depending on", "if") comes first."""
    named = (finder.actor(t, None) for slot in subjects(act) for t in slot)
    source = next((a for a in named if a is not None and a.country), None)  # no pronouns
    if source is None:
        return None
    start, end = (sent.start, sent.end) if act is sent.root else (
        act.left_edge.i, act.right_edge.i + 1)  # not "told *AFP* that ..."
    inside = finder.entities(sent.doc).within(start, end)
    ents = sorted(inside, key=lambda e: not in_condition(e.root))
    for ent in ents:
        if ent.start_char >= (source.start or 0) and ent.end_char <= (source.end or 0):
            continue
        target = finder.actor(ent.root, None, places_ok=False)
        if target is not None and target.country and target.country != source.country:
            return source, target
    return None


def _main_source(act: Token, finder: ActorFinder) -> tuple[Actor, Actor] | None:
    """(named subject of the act's verb, nobody) for a sentence whose act has no
    second party named ("Thousands of workers went out", "The army shelled ...")."""
    for token in (t for slot in subjects(act) for t in slot):
        actor = finder.actor(token, None)
        if actor is not None and (actor.country or known_kind(actor)):
            return actor, NO_ACTOR
    return None


def _unresolved_source(act: Token, finder: ActorFinder) -> tuple[Actor, Actor] | None:
    """(the act verb's nominal subject, nobody) when no phrase of it resolves:
    typed scoring needs no country, and a phrase is a better source than none."""
    for token in (t for slot in subjects(act) for t in slot):
        if token.pos_ in {"NOUN", "PROPN"}:
            return finder.unresolved(token, act), NO_ACTOR
    return None


def _person_subject(act: Token) -> bool:
    """The act verb's subject is a pronoun ("She cited ...", "he notes ..."): the act
    has an actor, only unresolved here, so coding it with nobody would misattribute it."""
    return any(t.lower_ in _PERSONAL_PRONOUNS for slot in subjects(act) for t in slot)


def _classified_event(
    info: SentenceInfo, type_: str, pair: tuple[Actor, Actor], probability: float
) -> Event:
    source, target = pair
    key = "|".join((info.evidence.doc_id, type_, source.country or "", target.country or "",
                    str(info.evidence.start), "classifier"))
    return Event(
        doc_id=info.evidence.doc_id,
        event_id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
        type=type_, source=source, target=target, evidence=info.evidence,
        confidence=round(0.6 * probability, 3), date=info.date,
        date_precision=info.precision, method="classifier",
    )
