"""Who speaks in a cue: the subject of a speech verb and the noun phrase around it.

Dependency-parse rules only, testable on Docs built by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dyadwatch.extract.quote_cue_words import ANAPHORIC_VERBS
from dyadwatch.resolve.speakers import span_ents

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["cue_phrase", "negated", "own_subject", "speaker_span", "subject_of"]


def cue_phrase(verb: Token) -> str:
    """The verb with its particle ("pointed out", "called on")."""
    parts = [verb.text]
    for child in verb.children:
        if child.dep_ == "prt" or (child.dep_ == "prep" and child.lower_ in ("on", "upon")
                                   and verb.lemma_ in ("call", "touch")):
            parts.append(child.text)
    return " ".join(parts)


def subject_of(verb: Token) -> Token | None:
    """The speaking subject: own subject, passive agent, or the subject of the verb it
    is coordinated with or attached to ("X commented ... and pointed out", "X said, noting",
    "X is inclined to believe"); a relative pronoun stands for its antecedent."""
    token: Token | None = verb
    for _ in range(4):
        if token is None:
            return None
        found = own_subject(token)
        if found is not None:
            if found.lower_ in ("who", "that", "which") and token.dep_ == "relcl":
                return token.head
            return found
        if token.dep_ in ("conj", "advcl", "xcomp", "acomp") and token.head is not token:
            token = token.head
            continue
        return None
    return None


def own_subject(token: Token) -> Token | None:
    """A passive agent ("conveyed by X") first, then the grammatical subject."""
    for child in token.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    for child in token.children:
        if not _can_speak(child):
            continue
        if child.dep_ in ("nsubj", "csubj") and child.pos_ in ("NOUN", "PROPN", "PRON", "NUM",
                                                                "X", "ADJ", "DET"):
            return child
        if child.dep_ == "nsubjpass" and token.lemma_ not in ANAPHORIC_VERBS:
            return child
    return None


def _can_speak(subject: Token) -> bool:
    """Not a time ("5:45 p.m. …") and not a bare demonstrative ("That suggests …"): such
    a subject states nothing, so the verb is no speech cue."""
    if subject.ent_type_ in ("DATE", "TIME"):
        return False
    return not (subject.lower_ in ("that", "this", "these", "those")
                and subject.pos_ in ("PRON", "DET") and not list(subject.children))


def speaker_span(token: Token) -> Span:
    """The noun phrase of a subject token, without relative clauses and trailing punctuation;
    a title with the name after it ("Russia's envoy to the UN Vasily Nebenzya") keeps the name."""
    doc = token.doc
    left = token.left_edge.i
    right = token.i
    for child in token.rights:
        if child.dep_ in ("relcl", "punct", "acl", "cc", "conj", "appos", "prep"):
            break
        right = child.right_edge.i
    for i in range(left, token.i):
        if "\n" in doc[i].text:
            left = i + 1  # a parse that ran over a line break (a title above)
    while left < token.i and doc[left].is_punct:
        left += 1
    if token.ent_type_ != "PERSON":
        for ent in span_ents(doc[token.i:token.right_edge.i + 1]):
            if ent.label_ == "PERSON" and _attached_to(ent.root, token):
                return doc[left:ent.end]
    return doc[left:right + 1]


def _attached_to(token: Token, head: Token) -> bool:
    """Is `token` a name for `head` (apposition, compound), not an owner ("Putin's aide")?"""
    for _ in range(4):
        if token.dep_ in ("poss", "relcl", "acl"):
            return False
        if token.head.i == head.i:
            return token.dep_ in ("appos", "compound", "pobj", "npadvmod")
        token = token.head
    return False


def negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)
