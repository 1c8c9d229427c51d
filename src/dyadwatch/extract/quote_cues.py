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

from dyadwatch.extract.quote_clauses import clause_span, reported_content, trim
from dyadwatch.extract.quote_cue_words import (
    ANAPHORIC_SUBJECTS,
    ANAPHORIC_VERBS,
    MEDIA_NOUNS,
    NAMING_VERBS,
    OPINION_VERBS,
    SPEECH_VERBS,
    TAIL_ONLY_VERBS,
)
from dyadwatch.extract.quote_subjects import (
    cue_phrase,
    negated,
    own_subject,
    speaker_span,
    subject_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["MEDIA_NOUNS", "NAMING_VERBS", "SPEECH_VERBS", "TAIL_ONLY_VERBS", "Cue", "cue_phrase",
           "draws_attention",
           "find_cues", "own_subject", "speaker_span", "subject_of"]


@dataclass(frozen=True)
class Cue:
    """One speech act found in the parse; `content` is None when the cue takes a
    direct quote or nothing (the caller pairs it with quotation marks)."""

    verb: Token
    phrase: str  # e.g. "pointed out", "according to"
    speaker: Span | None
    content: Span | None
    kind: str  # clause | naming | according | anaphoric | request


def find_cues(doc: Doc) -> list[Cue]:
    """Every speech cue in the document, in order."""
    cues: list[Cue] = []
    for token in doc:
        cue = _verb_cue(token) if token.pos_ in ("VERB", "AUX") else None
        if cue is None and token.lower_ == "according":
            cue = _according_cue(token)
        if cue is not None:
            cues.extend(_within_paragraph(c) for c in _with_right_part(cue))
    return cues


def _within_paragraph(cue: Cue) -> Cue:
    """The parser may run a sentence over a line break (a title, the next paragraph): the
    reported words stop at the break on the cue's side."""
    content = cue.content
    if content is None:
        return cue
    doc = content.doc
    lo, hi = sorted((cue.verb.i, content.start if content.start > cue.verb.i else content.end))
    if any("\n" in t.text for t in doc[lo:hi]):
        return Cue(cue.verb, cue.phrase, cue.speaker, None, cue.kind)  # across a paragraph
    if "\n" not in content.text:
        return cue
    breaks = [t.i for t in content if "\n" in t.text]
    anchor = cue.verb.i
    before = [b for b in breaks if b < anchor]
    after = [b for b in breaks if b > anchor]
    start = before[-1] + 1 if before else content.start
    end = after[0] if after else content.end
    if end - start < 2:
        return Cue(cue.verb, cue.phrase, cue.speaker, None, cue.kind)
    return Cue(cue.verb, cue.phrase, cue.speaker, trim(doc[start:end]), cue.kind)


def _with_right_part(cue: Cue) -> list[Cue]:
    """A cue inside the reported sentence ("Lenox was a juggernaut, Mr. Clarke said, until it
    went bankrupt"): the words after it are reported too. After "and"/"but" they are a
    second statement; otherwise the sentence is one statement (the span covers the cue)."""
    content, verb = cue.content, cue.verb
    if cue.kind != "clause" or content is None or content.end > verb.i:
        return [cue]
    doc = verb.doc
    cue_end = verb.i
    for child in verb.children:
        if child.i > verb.i and (child.dep_ in ("nsubj", "prt", "dobj") or child == cue.speaker):
            cue_end = max(cue_end, child.right_edge.i)
    last = verb.sent.end - 1
    while last > cue_end and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    first = cue_end + 1
    if first >= last or doc[first].text != ",":
        return [cue]
    first += 1
    if doc[first].pos_ == "CCONJ":
        second = trim(doc[first + 1:last + 1])
        return [cue, Cue(verb, cue.phrase, cue.speaker, second, cue.kind)] if len(second) > 2 \
            else [cue]
    return [Cue(verb, cue.phrase, cue.speaker, trim(doc[content.start:last + 1]), cue.kind)]


def _verb_cue(verb: Token) -> Cue | None:
    lemma = verb.lemma_.lower()
    if draws_attention(verb):
        return _attention_cue(verb)
    if lemma == "be":
        return _copular_cue(verb)
    if lemma in ANAPHORIC_VERBS and not negated(verb):
        anaphoric = _anaphoric_cue(verb)
        if anaphoric is not None:
            return anaphoric
    if lemma not in SPEECH_VERBS or negated(verb) or verb.dep_ in ("amod", "pcomp", "acl"):
        return None
    if verb.dep_ == "relcl" and not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that", "which")
                                        for c in verb.children):
        return None  # "the claims that Lohmar said are unrelated": the object is relativised
    if lemma in TAIL_ONLY_VERBS:
        return None  # "Story continues below": only after a quote ("…,” she continued)
    if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return None
    if _as_noted_in(verb):
        return _as_noted_cue(verb)
    subject = subject_of(verb)
    speaker = speaker_span(subject) if subject is not None else None
    content, kind = reported_content(verb)
    if lemma in OPINION_VERBS and (speaker is None or content is None or verb.tag_ == "VBG"
                                   or speaker.root.pos_ == "PRON"):
        return None
    return Cue(verb, cue_phrase(verb), speaker, content, kind)


def draws_attention(verb: Token) -> bool:
    """ "X drew (the) attention (of Y) to …": a way of stating something."""
    return verb.lemma_.lower() == "draw" and any(
        c.lemma_.lower() == "attention" and c.dep_ in ("dobj", "nsubjpass") for c in verb.children)


def _attention_cue(verb: Token) -> Cue | None:
    """ "X drew attention to the fact that CLAUSE": the clause; the speaker is X (an
    agentless passive has none, and the caller then skips it)."""
    subject = subject_of(verb)
    if subject is not None and subject.lemma_.lower() == "attention":
        subject = None
    content = None
    for token in verb.subtree:
        if token.lemma_.lower() == "fact":
            clauses = [c for c in token.children if c.dep_ in ("acl", "ccomp", "relcl")]
            if clauses:
                content = clause_span(clauses[0])
            break
    speaker = speaker_span(subject) if subject is not None else None
    return Cue(verb, "drew attention to", speaker, content, "clause")


def _copular_cue(verb: Token) -> Cue | None:
    """ "His main argument is X": the possessor states X."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"
                and c.lemma_.lower() in ANAPHORIC_SUBJECTS]
    attributes = [c for c in verb.children if c.dep_ in ("attr", "ccomp")]
    if not subjects or not attributes:
        return None
    owners = [c for c in subjects[0].children if c.dep_ == "poss"]
    if not owners:
        return None
    content = clause_span(attributes[0])  # "… is that X" or "… is X"
    return Cue(verb, verb.text, speaker_span(owners[0]), content, "clause")


def _anaphoric_cue(verb: Token) -> Cue | None:
    """ "This stance was conveyed by X": the content is the sentence before."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    agents = [c for c in verb.children if c.dep_ == "agent"]
    if not subjects or not agents:
        return None
    subject = subjects[0]
    has_demonstrative = any(c.lower_ in ("this", "that", "these", "such") for c in subject.subtree)
    if subject.lemma_.lower() not in ANAPHORIC_SUBJECTS or not has_demonstrative:
        return None
    speaker = subject_of(verb)
    sent = verb.sent
    if sent.start == 0 or speaker is None:
        return None
    previous = verb.doc[sent.start - 1].sent
    return Cue(verb, cue_phrase(verb), speaker_span(speaker), trim(previous), "anaphoric")


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
    speaker = speaker_span(source)
    if source.lemma_.lower() in MEDIA_NOUNS:  # "the Telegram channel of the Baltic Council"
        speaker = trim(token.doc[source.left_edge.i:source.right_edge.i + 1])
    content = _main_clause_without(token)
    if content is not None and any(
            (t.lemma_.lower() in SPEECH_VERBS or t.lemma_.lower() in NAMING_VERBS)
            and t.pos_ == "VERB" and own_subject(t) is not None for t in content):
        content = None  # "X said Y, according to Z": X's cue carries it, Z is the channel
    return Cue(token, "according to", speaker, content, "according")


def _main_clause_without(phrase: Token) -> Span | None:
    """The sentence's main clause minus the attribution phrase (comma-bounded)."""
    sent = phrase.sent
    lo, hi = phrase.left_edge.i, phrase.right_edge.i
    doc = phrase.doc
    first, last = sent.start, sent.end - 1
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    while first < last and (doc[first].is_punct or doc[first].is_space):
        first += 1
    if lo - first <= 1:
        start, end = hi + 1, sent.end
    elif hi >= last:
        start, end = sent.start, lo
    elif doc[hi + 1].text == ",":
        start, end = hi + 2, last + 1  # "…, and, as noted by X, CLAUSE"
    else:
        return None
    if end - start < 3:
        return None
    return trim(doc[start:end])
