"""Who answers: after "X asked Y whether …", the "he said" that follows is Y's.

Interview news alternates questions and answers. A pronoun quote right after a
question is the answer, spoken by the one asked; the asker is the sentence's subject,
which is what a subject-first pronoun rule would otherwise pick.

    questions = find_questions(doc)
    answering = answerer(questions, people, chosen, at)   # -> PersonMention | None

Dependency-parse rules only, testable on Docs built by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypeVar

from dyadwatch.resolve.speaker_names import surname_key

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["QUESTION_VERBS", "Question", "answerer", "find_questions"]

QUESTION_VERBS = frozenset({"ask", "question", "press", "quiz", "query", "interview"})
_ANSWER_REACH = 300  # characters from the end of the question to the answer's pronoun


@dataclass(frozen=True)
class Question:
    """A question put by one person to another: where its sentence ends (a character
    offset) and the last word of each one's name, casefolded ("conroy", "sanders")."""

    end: int
    asker: str
    addressee: str


class _Mention(Protocol):
    name: str
    start: int


M = TypeVar("M", bound=_Mention)


def find_questions(doc: Doc) -> list[Question]:
    """Questions put by a named person to a named person, in document order."""
    found: list[Question] = []
    for token in doc:
        if token.pos_ != "VERB" or token.lemma_.lower() not in QUESTION_VERBS:
            continue
        if any(c.dep_ == "xcomp" for c in token.children):
            continue  # "asked Y to resign": a request, not a question to answer
        asker, addressee = _parties(token)
        if asker is not None and addressee is not None and _named(asker) and _named(addressee):
            found.append(Question(token.sent.end_char, asker.lower_, addressee.lower_))
    return found


def _parties(verb: Token) -> tuple[Token | None, Token | None]:
    """(asker, addressee): "X asked Y", "Y was asked by X"."""
    asker = addressee = None
    for child in verb.children:
        if child.dep_ == "nsubj":
            asker = child
        elif child.dep_ == "nsubjpass" or child.dep_ in ("dobj", "dative"):
            addressee = addressee or child
        elif child.dep_ == "agent":
            asker = next((c for c in child.children if c.dep_ == "pobj"), asker)
    return asker, addressee


def _named(token: Token) -> bool:
    """A person's name (or a proper noun the tagger left unlabelled: "Scott Conroy")."""
    return token.pos_ == "PROPN" and token.ent_type_ in ("PERSON", "")


def answerer(questions: Sequence[Question], people: Sequence[M], chosen: M,
             at: int) -> M | None:
    """If `chosen` (the antecedent picked for a pronoun at `at`) asked the question just
    before, the one asked. None: no change. The caller checks the answerer's gender."""
    question = next((q for q in reversed(questions) if q.end <= at), None)
    if question is None or at - question.end > _ANSWER_REACH:
        return None
    if surname_key(chosen.name) != question.asker or question.asker == question.addressee:
        return None
    return next((p for p in reversed(people) if p.start < at
                 and surname_key(p.name) == question.addressee), None)
