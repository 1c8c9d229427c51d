"""Speech cues in a parsed Doc: the verb (or phrase), who speaks, and what is reported.

Works on the dependency parse only, so every rule can be tested on a Doc built by
hand. Patterns:

- X said/noted/stressed/warned/added (that) CLAUSE         verb + ccomp
- CLAUSE, X said                                           the ccomp is to the left
- X urged/called on Y to ACT; X called for Z               xcomp / "for" object
- X described/characterized Y as Z; X called Y Z           naming verbs
- according to X, CLAUSE; as noted in X, CLAUSE            the speaker is in a phrase
- This stance was conveyed by X                            the content is the sentence before
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["NAMING_VERBS", "SPEECH_VERBS", "Cue", "cue_phrase", "find_cues", "speaker_span",
           "subject_of"]

SPEECH_VERBS: frozenset[str] = frozenset({
    "say", "tell", "add", "note", "state", "argue", "claim", "ask", "write", "explain",
    "insist", "warn", "announce", "declare", "suggest", "acknowledge", "admit", "deny",
    "stress", "emphasize", "emphasise", "underline", "underscore", "call", "accuse", "urge",
    "describe", "report", "tweet", "reply", "respond", "answer", "comment", "recall",
    "recount", "repeat", "reiterate", "predict", "promise", "pledge", "vow", "assert",
    "contend", "maintain", "mention", "complain", "confirm", "reveal", "disclose", "concede",
    "allege", "testify", "assure", "inform", "demand", "counter", "retort", "remark",
    "observe", "joke", "quip", "boast", "brag", "lament", "exclaim", "proclaim", "affirm",
    "shout", "yell", "email", "point", "characterize", "characterise", "convey", "indicate",
    "tout", "signal", "caution", "charge", "concur", "agree", "conclude", "continue",
    "believe", "consider", "think",
})
# Verbs of opinion: reported speech only with a named or described subject.
OPINION_VERBS: frozenset[str] = frozenset({"believe", "consider", "think"})
# Verbs that name or describe their object: "called Russia a strategic partner".
NAMING_VERBS: frozenset[str] = frozenset({
    "call", "describe", "characterize", "characterise", "label", "dub", "term", "brand",
})
# Passive cues whose subject points back to the sentence before ("This stance was conveyed").
_ANAPHORIC_SUBJECTS: frozenset[str] = frozenset({
    "stance", "assessment", "view", "position", "opinion", "statement", "remark", "comment",
    "message", "point", "this", "that", "idea", "argument", "conclusion", "claim", "warning",
})
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_CLAUSE_DEPS = ("ccomp",)


@dataclass(frozen=True)
class Cue:
    """One speech act found in the parse; `content` is None when the cue takes a
    direct quote or nothing (the caller pairs it with quotation marks)."""

    verb: Token
    phrase: str  # e.g. "pointed out", "according to"
    speaker: Span | None
    content: Span | None
    kind: str  # clause | naming | according | anaphoric | request


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
    is coordinated with or attached to ("X commented ... and pointed out", "X said, noting")."""
    seen = 0
    token: Token | None = verb
    while token is not None and seen < 4:
        for child in token.children:
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
            if child.dep_ in ("nsubj", "csubj"):
                return child
            if child.dep_ == "nsubjpass" and token.lemma_ not in SPEECH_VERBS:
                return child
        if token.dep_ in ("conj", "advcl", "xcomp") and token.head is not token:
            token = token.head
            seen += 1
            continue
        return None
    return None


def speaker_span(token: Token) -> Span:
    """The noun phrase of a subject token, without relative clauses and trailing punctuation."""
    doc = token.doc
    left = token.left_edge.i
    right = token.i
    for child in token.rights:
        if child.dep_ in ("relcl", "punct", "acl", "cc", "conj", "appos", "prep"):
            break
        right = child.right_edge.i
    # Keep "of X" after a person noun only when short ("the head of the agency").
    while left < token.i and doc[left].is_punct:
        left += 1
    return doc[left:right + 1]


def find_cues(doc: Doc) -> list[Cue]:
    """Every speech cue in the document, in order."""
    cues: list[Cue] = []
    for token in doc:
        cue = _verb_cue(token) if token.pos_ in ("VERB", "AUX") else None
        if cue is None and token.lower_ == "according":
            cue = _according_cue(token)
        if cue is not None:
            cues.append(cue)
    return cues


def _verb_cue(verb: Token) -> Cue | None:
    lemma = verb.lemma_.lower()
    if lemma not in SPEECH_VERBS or _negated(verb):
        return None
    if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return None
    anaphoric = _anaphoric_cue(verb)
    if anaphoric is not None:
        return anaphoric
    if _as_noted_in(verb):
        return _as_noted_cue(verb)
    subject = subject_of(verb)
    speaker = speaker_span(subject) if subject is not None else None
    content, kind = _content(verb)
    if lemma in OPINION_VERBS and (speaker is None or content is None):
        return None
    return Cue(verb, cue_phrase(verb), speaker, content, kind)


def _content(verb: Token) -> tuple[Span | None, str]:
    """The reported clause of a speech verb, and which pattern found it."""
    doc = verb.doc
    for child in verb.children:
        if child.dep_ in _CLAUSE_DEPS:
            return _clause_span(child), "clause"
    lemma = verb.lemma_.lower()
    if lemma in NAMING_VERBS:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        predicates = [c for c in verb.children if c.dep_ in ("oprd", "prep") and (
            c.dep_ == "oprd" or c.lower_ == "as")]
        if objects and predicates:
            end = max(p.right_edge.i for p in predicates)
            return _trim(doc[objects[0].left_edge.i:end + 1]), "naming"
    for child in verb.children:
        if child.dep_ == "xcomp" and lemma in ("urge", "call", "ask", "tell", "warn", "demand"):
            return _clause_span(child), "request"
        if child.dep_ == "prep" and child.lower_ == "for" and lemma in ("call", "ask"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return _trim(doc[objects[0].left_edge.i:objects[0].right_edge.i + 1]), "request"
    return None, "direct"


def _clause_span(head: Token) -> Span:
    doc = head.doc
    left = head.left_edge.i
    while left < head.i and (doc[left].dep_ == "mark" and doc[left].lower_ in ("that",)
                             or doc[left].is_punct):
        left += 1
    return _trim(doc[left:head.right_edge.i + 1])


def _trim(span: Span) -> Span:
    doc = span.doc
    start, end = span.start, span.end
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start:end]


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _anaphoric_cue(verb: Token) -> Cue | None:
    """ "This stance was conveyed by X": the content is the sentence before."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    agents = [c for c in verb.children if c.dep_ == "agent"]
    if not subjects or not agents:
        return None
    subject = subjects[0]
    has_demonstrative = any(c.lower_ in ("this", "that", "these", "such") for c in subject.subtree)
    if subject.lemma_.lower() not in _ANAPHORIC_SUBJECTS or not has_demonstrative:
        return None
    speaker = subject_of(verb)
    sent = verb.sent
    if sent.start == 0 or speaker is None:
        return None
    previous = verb.doc[sent.start - 1].sent
    return Cue(verb, cue_phrase(verb), speaker_span(speaker), _trim(previous), "anaphoric")


def _as_noted_in(verb: Token) -> bool:
    return verb.dep_ == "advcl" and any(c.lower_ == "as" and c.dep_ == "mark"
                                        for c in verb.children)


def _as_noted_cue(verb: Token) -> Cue | None:
    """ "As noted in the post, CLAUSE": the speaker is the object of "in"/"by"."""
    source = None
    for child in verb.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in ("in", "by"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            source = objects[0] if objects else None
    if source is None:
        return None
    return Cue(verb, cue_phrase(verb), speaker_span(source), _main_clause_without(verb),
               "according")


def _according_cue(token: Token) -> Cue | None:
    """ "according to X, CLAUSE" (or CLAUSE, according to X)."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    if source is None:
        return None
    return Cue(token, "according to", speaker_span(source), _main_clause_without(token),
               "according")


def _main_clause_without(phrase: Token) -> Span | None:
    """The sentence's main clause minus the attribution phrase (comma-bounded)."""
    sent = phrase.sent
    lo, hi = phrase.left_edge.i, phrase.right_edge.i
    doc = phrase.doc
    if lo - sent.start <= 1:
        start, end = hi + 1, sent.end
    elif hi >= sent.end - 2:
        start, end = sent.start, lo
    else:
        return None
    if end - start < 3:
        return None
    return _trim(doc[start:end])
