"""Which of the people named before a "he"/"she" it stands for.

    chosen = antecedent(compatible, at, questions, people)

`compatible` are the people named before the pronoun at character offset `at`, nearest
first, already filtered by gender and by not being merely named inside a quotation.
Preference, when the nearest one is not a main clause's subject: the nearest speaker or
main clause's subject in the sentence or so before ("Ortiz left after Marsh spoke. He
said …"), then the last speaker quoted nearby, then any subject nearby, then the nearest.
Last, a question just put by the chosen one to someone else ("X asked Y whether …")
makes that someone the answerer.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from dyadwatch.resolve.speaker_questions import Question, answerer

__all__ = ["SALIENT_REACH", "SPEAKER_REACH", "antecedent"]

SPEAKER_REACH = 1500  # characters: the last speaker quoted this close is the likeliest "he"
SALIENT_REACH = 1200  # characters: a subject this close beats a nearer passing mention
MAIN_SUBJECT_REACH = 250  # characters: a speaker or main subject this close comes first


class _Mention(Protocol):
    name: str
    start: int
    salient: bool
    main_subject: bool
    speaker: bool


M = TypeVar("M", bound=_Mention)


def antecedent(compatible: Sequence[M], at: int, questions: Sequence[Question],
               people: Sequence[M]) -> M:
    """The person a pronoun at `at` stands for; `compatible` is non-empty, nearest first."""
    chosen = compatible[0]
    if not chosen.main_subject:
        speaker = next((p for p in compatible if p.speaker and at - p.start < SPEAKER_REACH),
                       None)
        close = next((p for p in compatible if (p.main_subject or p.speaker)
                      and at - p.start < MAIN_SUBJECT_REACH), None)
        salient = next((p for p in compatible if p.salient and at - p.start < SALIENT_REACH),
                       None)
        chosen = close or speaker or salient or chosen
    answering = answerer(questions, people, chosen, at)
    return answering if answering is not None and answering in compatible else chosen
