"""Who speaks in a cue: the subject of a speech verb and the noun phrase around it.

Dependency-parse rules only, testable on Docs built by hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dyadwatch.extract.quote_cue_words import ANAPHORIC_VERBS
from dyadwatch.resolve.speaker_names import DOCUMENT_NOUNS, ORGANISATION_NOUNS, PERSON_NOUNS
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
    doer = _person_right_before_participle(verb)
    if doer is not None:
        return doer
    token: Token | None = verb
    for _ in range(4):
        if token is None:
            return None
        found = own_subject(token)
        if found is not None:
            if found.lower_ in ("who", "that", "which") and token.dep_ == "relcl":
                return token.head
            if token is not verb and verb.tag_ == "VBG" and not _can_voice(found):
                # "Trump argued a database would keep people out, saying …": a participle
                # speaks for someone, not for a thing that is the subject of its head.
                return _voiced_subject_above(token) or found
            return found
        if token.dep_ in ("conj", "advcl", "xcomp", "acomp") and token.head is not token:
            token = token.head
            continue
        return _name_right_before(token) if token is verb else None
    return None


# Speakers that the title and body lists leave out.
_VOICES = frozenset({"man", "woman", "guy", "people", "person", "administration", "government",
                     "campaign", "office", "staff", "family", "crowd", "audience"})


def _person_right_before_participle(verb: Token) -> Token | None:
    """ "footage of Hillary Clinton asking, “…”": the person named right before a
    participle with no subject of its own does it (no comma between)."""
    if verb.tag_ != "VBG" or verb.i == 0 or own_subject(verb) is not None:
        return None
    before = verb.doc[verb.i - 1]
    if before.ent_type_ != "PERSON" or not before.is_alpha or (
            before.dep_ == "pobj" and before.head.lower_ == "to"):
        return None  # "a letter to Zucker asking …": the letter asks
    return before


def _can_voice(subject: Token) -> bool:
    """A person, a body, a place standing for its government, or a document."""
    if subject.pos_ in ("PRON", "PROPN") or subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    lemma = subject.lemma_.lower()
    return lemma in PERSON_NOUNS or lemma in ORGANISATION_NOUNS or lemma in DOCUMENT_NOUNS or (
        lemma in _VOICES)


def _voiced_subject_above(token: Token) -> Token | None:
    """The first subject up the clause chain from `token` that can speak."""
    for _ in range(3):
        if token.dep_ not in ("ccomp", "advcl", "conj", "xcomp") or token.head is token:
            return None
        token = token.head
        found = own_subject(token)
        if found is not None and _can_voice(found):
            return found
    return None


def _name_right_before(verb: Token) -> Token | None:
    """ "…, former president Bill Clinton said his wife …" parsed with the name hung
    elsewhere (an apposition of the sentence before): a person's name right before a
    finite verb that has no subject is its subject. A parenthesis between is skipped
    ("Rep. Paul Ryan (R-WI) said")."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    doc = verb.doc
    i = verb.i - 1
    if doc[i].text == ")":
        while i > 0 and doc[i].text != "(" and verb.i - i < 8:
            i -= 1
        i -= 1
    if i < 0 or doc[i].ent_type_ != "PERSON":
        return None
    while i + 1 < verb.i and doc[i + 1].ent_type_ == "PERSON" and doc[i + 1].ent_iob_ == "I":
        i += 1
    return doc[i]


def own_subject(token: Token) -> Token | None:
    """A passive agent ("conveyed by X") first, then the grammatical subject."""
    for child in token.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    # Two subjects mean a misparse ("Washington (AFP) – Hillary Clinton has taken …",
    # "Speaking in Salem, New Hampshire, Trump went …"): the one nearest the verb, from
    # before it, is the real one.
    before = [c for c in token.children if c.i < token.i]
    after = [c for c in token.children if c.i > token.i]
    for child in [*reversed(before), *after]:
        if not _can_speak(child):
            continue
        if child.dep_ in ("nsubj", "csubj") and child.pos_ in ("NOUN", "PROPN", "PRON", "NUM",
                                                                "X", "ADJ", "DET"):
            return _name_before(token, child) or child
        if child.dep_ == "nsubjpass" and token.lemma_ not in ANAPHORIC_VERBS:
            return child
    return None


def _name_before(verb: Token, subject: Token) -> Token | None:
    """ "Deborah Tamargo, the chairwoman of the county party, recalled": a name the parse
    hung on the verb right before a descriptive subject, set off by a comma, is the one
    the description is about (an apposition parsed as two parts)."""
    if subject.pos_ != "NOUN" or subject.left_edge.i == subject.i:
        return None
    doc = subject.doc
    comma = subject.left_edge.i - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    name = doc[comma - 1]
    while name.head.i != verb.i and name.head.i < comma and name.dep_ in ("compound", "flat"):
        name = name.head
    if name.head.i != verb.i or name.ent_type_ != "PERSON" or name.dep_ not in (
            "npadvmod", "nsubj", "dep", "appos", "nmod"):
        return None
    return name


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
