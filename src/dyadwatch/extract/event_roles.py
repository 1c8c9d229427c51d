"""Source and target slots of a trigger, and whether its event really happened.

Read from the dependency parse only (labels of spaCy's English models):
- active voice: subject → source; object, dative or a target preposition → target;
- passive voice: "by" agent → source; passive subject → target;
- a verb conjoined to another, or the complement of "agreed to", shares its subject;
- coordinated subjects or objects ("Seoul and Washington") give one slot each;
- an event noun takes its possessor or adjective ("Russia's", "Russian") or its
  "by" object as source, and its "to"/"on"/"with"/"against" object as target;
  "talks between A and B" gives source A and target B.
Modality: negation ("did not attack"), hypothesis ("may attack", "if ...") and
plans ("will attack", "plans to attack") flag an event instead of emitting it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dyadwatch.extract.event_patterns import Modality, Trigger

__all__ = ["GEOGRAPHIC_NOUNS", "Slots", "modality_flags", "slots_for"]

# Nouns that name places or things, whose nationality adjective is no actor.
GEOGRAPHIC_NOUNS = frozenset({
    "peninsula", "sea", "border", "region", "coast", "island", "strait", "city", "area",
    "zone", "territory", "province", "waters", "airspace", "capital", "gulf", "ocean",
    "river", "mountain", "valley", "village", "town", "district", "sector", "market",
    "economy", "part", "east", "west", "north", "south",
})

_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_TARGET_PREPS = ("against", "on", "upon", "with", "to", "toward", "towards", "at", "into",
                 "from")
# A meeting's "on"/"over" object is its topic, not a participant; a complaint
# "to the UN" names who hears it, not who is accused.
_PREPS_OF_TYPE: dict[str, tuple[str, ...]] = {
    "CONSULT": ("with", "to", "between"),
    "ACCUSE": ("against", "over", "about", "at", "on", "upon", "into", "of"),
}


def _target_preps(type_: str) -> tuple[str, ...]:
    return _PREPS_OF_TYPE.get(type_, _TARGET_PREPS)
# Nouns whose "of" object is who acts ("the visit of the president").
_OF_IS_SOURCE = frozenset({"visit", "trip", "withdrawal", "launch", "flight", "exercise"})
_PLANNED_ADJECTIVES = frozenset({"planned", "proposed", "upcoming", "future", "possible",
                                 "potential", "expected", "scheduled", "intended", "would-be"})
_VERBAL = frozenset({"VERB", "AUX"})


@dataclass(frozen=True)
class Slots:
    sources: tuple[Token, ...]
    targets: tuple[Token, ...]
    between: bool = False  # "talks between A and B": one reciprocal pair
    # Words deeper in the objects, tried when no target resolves:
    # "promised military aid *to Mozambique*", "demanded that *the US* cancel".
    fallback_targets: tuple[Token, ...] = ()


def slots_for(trigger: Trigger) -> Slots:
    if trigger.standalone:
        slots = _noun_slots(trigger.token, _target_preps(trigger.entry.type))
    else:
        slots = _verb_slots(trigger)
    roots = [*slots.targets, *(c for c in trigger.anchor.children if c.dep_ in _DEEP_ROOTS)]
    if trigger.token.i != trigger.anchor.i:
        roots.append(trigger.token)
    taken = {t.i for t in (*slots.sources, *slots.targets)}
    deep = [t for t in _deep_tokens(roots) if t.i not in taken and t.i != trigger.anchor.i]
    return Slots(
        _no_dates(slots.sources), _no_dates(slots.targets), slots.between, _no_dates(deep)
    )


_DEEP_ROOTS = frozenset({"dobj", "ccomp", "xcomp", "prep", "dative", "attr", "oprd"})
_DEEP_DEPS = frozenset({"prep", "pobj", "poss", "compound", "amod", "appos", "conj", "nsubj",
                        "dobj", "nsubjpass", "xcomp", "ccomp", "dative", "nmod", "acl",
                        "agent"})


def _deep_tokens(roots: list[Token], max_depth: int = 4) -> list[Token]:
    """Nouns and adjectives below the roots, nearest first (breadth-first); places
    ("the Korean Peninsula", "the Sea of Japan") are not searched."""
    found: list[Token] = []
    seen: set[int] = set()
    frontier = [(r, 0) for r in roots]
    while frontier:
        token, depth = frontier.pop(0)
        if token.i in seen or token.lemma_.lower() in GEOGRAPHIC_NOUNS:
            continue
        seen.add(token.i)
        if token.pos_ in {"NOUN", "PROPN", "ADJ"}:
            found.append(token)
        if depth < max_depth:
            frontier.extend((c, depth + 1) for c in token.children if c.dep_ in _DEEP_DEPS)
    return found


_RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})
_QUANTITY_NOUNS = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens",
                             "million", "millions", "score", "scores", "group", "crowd",
                             "number", "handful"})


def _no_dates(tokens: tuple[Token, ...] | list[Token]) -> tuple[Token, ...]:
    return tuple(t for t in tokens if t.ent_type_ not in {"DATE", "TIME", "CARDINAL", "MONEY"})


def _verb_slots(trigger: Trigger) -> Slots:
    verb = trigger.anchor
    sources: list[list[Token]] = [*subjects(verb), *_co_actors(verb)]
    targets: list[list[Token]] = []
    passive = _is_passive(verb)
    if passive:
        targets.extend(_expand(c) for c in verb.children if c.dep_ == "nsubjpass")
    complement = trigger.complement
    if complement is not None and complement.dep_ in {"prep", "prt"} and trigger.kind == "phrase":
        targets.extend(_expand(g) for g in complement.children if g.dep_ == "pobj")
    for child in verb.children:
        if child.dep_ == "dative" or (
            child.dep_ == "dobj" and not passive and not _is_event_object(trigger, child)
        ):
            targets.append(_expand(child))
    for holder in (verb, trigger.token) if trigger.token.i != verb.i else (verb,):
        targets.extend(_prep_objects(holder, _target_preps(trigger.entry.type)))
    if trigger.kind == "noun":
        sources.extend(_noun_sources(trigger.token))
    if not targets:
        targets.extend(_complement_targets(verb))
    if not targets:
        targets.extend(_prep_objects(verb, ("in", "inside")))  # "deployed troops in Iraq"
    return Slots(tuple(_flatten(sources)), tuple(_flatten(targets)))


def _complement_targets(token: Token) -> list[list[Token]]:
    """Targets of a governed action: "refused to supply weapons *to Ukraine*"."""
    found: list[list[Token]] = []
    for child in token.children:
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        if child.dep_ in {"xcomp", "acl"} and child.pos_ in _VERBAL and infinitive:
            found.extend(_expand(c) for c in child.children if c.dep_ in {"dobj", "dative"})
            found.extend(_prep_objects(child, _TARGET_PREPS))
    return found


def _is_event_object(trigger: Trigger, child: Token) -> bool:
    """The object that makes a phrase ("held *talks*") is not its target."""
    if trigger.kind == "noun":
        return child.i == trigger.token.i
    complement = trigger.complement
    if trigger.kind == "phrase" and complement is not None and complement.i == child.i:
        return child.dep_ == "dobj" and not any(c.dep_ == "oprd" for c in child.head.children)
    return False


def _noun_slots(noun: Token, preps: tuple[str, ...]) -> Slots:
    sources = list(_noun_sources(noun))
    between = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"
               for g in c.children if g.dep_ == "pobj"]
    if between:
        pair = _expand(between[0])
        return Slots(tuple(pair[:1]), tuple(pair[1:]), between=True)
    targets = list(_prep_objects(noun, preps))
    if noun.lemma_.lower() not in _OF_IS_SOURCE:
        targets.extend(_prep_objects(noun, ("of",)))
    else:
        sources.extend(_prep_objects(noun, ("of",)))
    if not targets:
        targets.extend(_complement_targets(noun))
    return Slots(tuple(_flatten(sources)), tuple(_flatten(targets)))


def _noun_sources(noun: Token) -> list[list[Token]]:
    found: list[list[Token]] = []
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ in {"amod", "compound"} and child.ent_type_):
            found.append(_expand(child))
    found.extend(_prep_objects(noun, ("by",)))
    for child in noun.children:  # "the exercise conducted by the US and Korea"
        if child.dep_ == "acl":
            found.extend(_prep_objects(child, ("by",), deps=("agent",)))
    return found


def subjects(verb: Token) -> list[list[Token]]:
    """Subject slots of a verb, inherited through conjunction and control ("agreed to meet")."""
    direct = [_expand(c) for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    if direct and verb.dep_ == "relcl" and direct[0][0].lower_ in _RELATIVE_PRONOUNS:
        return [_expand(verb.head)]  # "the group that attacked ...": the group
    if direct:
        return direct
    if _is_passive(verb):
        return _prep_objects(verb, ("by",), deps=("agent",))
    head = verb.head
    if head.i == verb.i:
        return []
    if verb.dep_ in {"conj", "xcomp", "advcl", "acomp"} and head.pos_ in _VERBAL:
        return subjects(head)
    if verb.dep_ in {"relcl"} and head.pos_ in {"NOUN", "PROPN"}:
        return [_expand(head)]
    return []


def _prep_objects(
    token: Token, preps: tuple[str, ...], deps: tuple[str, ...] = ("prep",)
) -> list[list[Token]]:
    found: list[list[Token]] = []
    for child in token.children:
        if child.dep_ in deps and (child.lower_ in preps or child.dep_ == "agent"):
            if _comitative(child):
                continue
            found.extend(_expand(g) for g in child.children if g.dep_ == "pobj")
    return found


def _comitative(prep: Token) -> bool:
    """"(together) with X" next to an act done jointly: X is a co-actor, not a target."""
    if prep.lower_ != "with":
        return False
    return any(c.lower_ in {"together", "along", "jointly"} for c in (*prep.children,
                                                                      *prep.head.children))


def _co_actors(verb: Token) -> list[list[Token]]:
    return [_expand(g) for c in verb.children if c.dep_ == "prep" and _comitative(c)
            for g in c.children if g.dep_ == "pobj"]


def _through_quantity(token: Token) -> Token:
    """"Thousands of students", "dozens of police": the people, not the number."""
    if token.lemma_.lower() not in _QUANTITY_NOUNS and token.ent_type_ != "CARDINAL":
        return token
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            people = next((g for g in child.children if g.dep_ == "pobj"), None)
            if people is not None:
                return people
    return token


def _expand(token: Token) -> list[Token]:
    """A token and its coordinated conjuncts ("Seoul and Washington"), including
    coordinated adjectives ("Hungarian and Romanian officials")."""
    token = _through_quantity(token)
    out = [token, *[c for c in token.conjuncts if c.pos_ in {"NOUN", "PROPN", "ADJ", "PRON"}]]
    for child in token.children:  # "The US, Russia, and Switzerland" parsed as apposition
        if child.dep_ == "appos" and token.ent_type_ == "GPE" and child.ent_type_ == "GPE":
            out.extend([child, *child.conjuncts])
    for child in token.children:
        if child.dep_ in {"amod", "compound"} and child.ent_type_:
            out.extend(c for c in child.conjuncts if c.ent_type_ and c.i not in {t.i for t in out})
    return out


def _flatten(groups: list[list[Token]]) -> list[Token]:
    seen: set[int] = set()
    out: list[Token] = []
    for group in groups:
        for token in group:
            if token.i not in seen:
                seen.add(token.i)
                out.append(token)
    return out


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def modality_flags(trigger: Trigger, modality: Modality) -> tuple[str, ...]:
    """("negated",), ("hypothetical",), ("planned",) or () for a happened event."""
    anchor = trigger.anchor
    if trigger.standalone:
        words = {c.lower_ for c in anchor.children if c.dep_ in {"det", "neg", "amod"}}
        if words & modality.negators:
            return ("negated",)
        if words & _PLANNED_ADJECTIVES:
            return ("planned",)
        return ()
    return _head_noun_modality(anchor, modality) or _verb_modality(anchor, modality)


def _head_noun_modality(verb: Token, modality: Modality) -> tuple[str, ...]:
    """"refusal to supply", "plans to impose", "accusations that X threatens"."""
    head = verb.head
    if verb.dep_ not in {"acl", "xcomp", "ccomp", "relcl"} or head.pos_ != "NOUN":
        return ()
    lemma = head.lemma_.lower()
    if lemma in modality.negating_nouns or any(
        c.dep_ in {"det", "neg"} and c.lower_ in modality.negators for c in head.children
    ):
        return ("negated",)
    if lemma in modality.planned_nouns:
        return ("planned",)
    if lemma in modality.claim_nouns:
        return ("hypothetical",)
    return ()


def _verb_modality(verb: Token, modality: Modality) -> tuple[str, ...]:
    children = list(verb.children)
    lowers = {c.lower_ for c in children if c.dep_ in {"neg", "aux", "auxpass", "mark", "advmod"}}
    if any(c.dep_ == "neg" for c in children) or lowers & {"never"}:
        return ("negated",)
    if any(c.dep_ == "aux" and c.lower_ in modality.hypothetical_aux for c in children):
        return ("hypothetical",)
    if any(c.dep_ == "mark" and c.lower_ in modality.hypothetical_marks for c in children):
        return ("hypothetical",)
    if any(c.dep_ == "aux" and c.lower_ in modality.planned_aux for c in children):
        return ("planned",)
    head = verb.head
    if head.i == verb.i:
        return ()
    head_lemma = head.lemma_.lower()
    if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
        return ("planned",)  # a purpose: "met to discuss", "sent troops to attack"
    if verb.dep_ == "xcomp":
        if head_lemma in modality.negating_heads:
            return ("negated",)
        if head_lemma in modality.hypothetical_heads:
            return ("hypothetical",)
        if head_lemma in modality.planned_heads or head_lemma == "go":
            return ("planned",)
        return _verb_modality(head, modality)
    if verb.dep_ == "conj" and not any(c.dep_ in _SUBJECT_DEPS for c in children):
        return _verb_modality(head, modality)
    return ()
