"""Dependency-parse features of a sentence for the event-type classifier.

A bag of words cannot tell the acting verb from its object ("urged X to lift
the curfew" is a REQUEST, "lifted the curfew" a CONCEDE). These features name
the sentence's main verb and what hangs off it, read from spaCy's parse:

- `p:root=urge`, `p:root_neg=lift` (negated root), `p:passive=kill`
- `p:root_obj=lift curfew`, `p:root_prep=meet with`, `p:root_pobj=meet with minister`
- `p:xcomp=urge lift`, `p:xverb=lift`, `p:xobj=lift curfew` (open complements:
  "urged Iran to lift the curfew", "plans to send troops")
- `p:speech_ccomp` when the root is a speech verb with a clausal complement
  ("said that ..."), then the complement's verb as `p:reported_root=attack`,
  `p:reported_obj=...` (a reported event, not the speech act)
- `p:modal=will`, `p:modal_root=attack` (future / hypothetical markers)
- `p:ent_GPE=2` (entity types present, counts bucketed to 0 / 1 / 2+)

Names are not features: an object that is a named entity becomes `_GPE_` etc.
Works on any `Span` with a dependency parse, including Docs built by hand.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Span, Token

__all__ = ["PARSE_PREFIX", "SPEECH_VERBS", "parse_features"]

PARSE_PREFIX = "p:"
# Verbs that report speech or belief: with a clausal complement, the sentence is
# a statement about something, and the complement is the (maybe) event.
SPEECH_VERBS = frozenset({
    "say", "tell", "state", "add", "note", "claim", "announce", "report", "insist",
    "stress", "argue", "believe", "think", "suggest", "explain", "acknowledge",
    "confirm", "declare", "write", "tweet", "remark", "indicate", "assert", "mention",
    "reiterate", "emphasize", "emphasise", "comment", "reveal", "predict", "expect",
})
_MODALS = frozenset({"will", "would", "may", "might", "could", "shall", "should", "can"})
# Verbs of intention: "plans to send" is future, like "will send".
_INTENT_VERBS = frozenset({"plan", "intend", "aim", "seek", "prepare", "hope", "want"})
_OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd"})
_ENTITY_TYPES = ("GPE", "NORP", "ORG", "PERSON")
_NAME_TYPES = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})


def parse_features(span: Span) -> list[str]:
    """Parse feature names of one sentence (or any parsed span), `p:`-prefixed."""
    root = span.root
    features = _verb_features(root, "")
    if _lemma(root) in SPEECH_VERBS:
        complements = [c for c in root.children if c.dep_ == "ccomp"]
        if complements:
            features.append("speech_ccomp")
            features.extend(_verb_features(complements[0], "reported_"))
    else:
        # Conjoined main verbs ("attacked the town and seized the bridge").
        for conj in root.children:
            if conj.dep_ == "conj" and conj.pos_ in ("VERB", "AUX"):
                features.append(f"conj={_lemma(conj)}")
    features.extend(_entity_features(span))
    return [PARSE_PREFIX + name for name in features]


def _verb_features(verb: Token, prefix: str) -> list[str]:
    """Features of one verb (the root, or a reported complement's verb)."""
    lemma = _lemma(verb)
    children = list(verb.children)
    features = [f"{prefix}root={lemma}"]
    deps = {child.dep_ for child in children}
    if "neg" in deps:
        features.append(f"{prefix}root_neg={lemma}")
    if deps & {"nsubjpass", "auxpass"}:
        features.append(f"{prefix}passive={lemma}")
    features.extend(f"{prefix}{name}" for name in _argument_features(verb, lemma, "root"))
    for complement in children:
        if complement.dep_ == "xcomp" or _is_to_clause(complement):
            target = _lemma(complement)
            features.append(f"{prefix}xcomp={lemma} {target}")
            features.append(f"{prefix}xverb={target}")
            features.extend(
                f"{prefix}{name}" for name in _argument_features(complement, target, "x")
            )
    features.extend(f"{prefix}{name}" for name in _modal_features(verb, lemma, children))
    return features


def _argument_features(verb: Token, lemma: str, role: str) -> list[str]:
    """Object and prepositional-phrase features of a verb."""
    features: list[str] = []
    for child in verb.children:
        if child.dep_ in _OBJECT_DEPS:
            features.append(f"{role}_obj={lemma} {_head_word(child)}")
        elif child.dep_ in ("prep", "agent"):
            preposition = child.text.lower()
            features.append(f"{role}_prep={lemma} {preposition}")
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    features.append(f"{role}_pobj={lemma} {preposition} {_head_word(pobj)}")
    return features


def _modal_features(verb: Token, lemma: str, children: Iterable[Token]) -> list[str]:
    features: list[str] = []
    for child in children:
        if child.dep_ == "aux" and child.text.lower() in _MODALS:
            features.extend((f"modal={child.text.lower()}", f"modal_root={lemma}"))
        elif child.dep_ == "aux" and child.text.lower() in ("going", "set"):
            features.extend(("modal=future", f"modal_root={lemma}"))
    if lemma in _INTENT_VERBS and any(c.dep_ == "xcomp" for c in verb.children):
        features.append("modal=intent")
    return features


def _is_to_clause(token: Token) -> bool:
    """A clausal complement with infinitival 'to' ("urged Iran to lift"), often ccomp."""
    if token.dep_ not in ("ccomp", "advcl"):
        return False
    return any(c.dep_ == "aux" and c.text.lower() == "to" for c in token.children)


def _head_word(token: Token) -> str:
    """An argument's head: its lemma, or its entity type for a name."""
    if token.ent_type_ in _NAME_TYPES:
        return f"_{token.ent_type_}_"
    if token.pos_ == "PROPN":
        return "_PROPN_"
    return _lemma(token)


def _lemma(token: Token) -> str:
    return (token.lemma_ or token.text).lower()


def _entity_features(span: Span) -> list[str]:
    counts = Counter(entity.label_ for entity in span.ents)
    return [f"ent_{label}={min(counts[label], 2)}" for label in _ENTITY_TYPES]
