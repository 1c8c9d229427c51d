"""Pronoun antecedents: the one asked answers the question ("X asked Y whether … He said"),
a main clause's subject beats a subordinate clause's ("X left after Y spoke. He said"), and
the nearest speaker or main subject close by is preferred (Docs built by hand, and plain
mentions for resolve.speaker_pronouns)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from dyadwatch.resolve.speaker_pronouns import antecedent
from dyadwatch.resolve.speaker_questions import Question, find_questions
from dyadwatch.resolve.speaker_surnames import surname_subjects
from dyadwatch.resolve.speakers import SpeakerResolver
from tests.unit.test_quote_rules import build, fake_actors

ASKED = """
Peter PROPN NNP compound 1 Peter
Grant PROPN NNP nsubj 2 Grant
asked VERB VBD ROOT 2 ask
Victor PROPN NNP compound 4 Victor
Lang PROPN NNP dobj 2 Lang
whether SCONJ IN mark 8 whether
the DET DT det 7 the
bridge NOUN NN nsubj 8 bridge
reopens VERB VBZ ccomp 2 reopen
. PUNCT . punct 2 .
he PRON PRP nsubj 11 he
said VERB VBD ROOT 11 say
no INTJ UH dobj 11 no
. PUNCT . punct 11 .
"""


def _asked(rows: str = ASKED) -> Doc:
    return build(rows, ents=((0, 2, "PERSON"), (3, 5, "PERSON")))


def test_a_question_between_two_named_people_is_found() -> None:
    doc = _asked()
    assert find_questions(doc) == [Question(doc[9].idx + 1, "grant", "lang")]


def test_a_request_is_no_question() -> None:
    rows = ASKED.replace("whether SCONJ IN mark 8 whether", "to PART TO aux 8 to").replace(
        "reopens VERB VBZ ccomp 2 reopen", "resign VERB VB xcomp 2 resign")
    assert find_questions(_asked(rows)) == []


def test_the_pronoun_after_a_question_is_the_one_asked() -> None:
    doc = _asked()
    genders = {"Peter Grant": "m", "Victor Lang": "m"}
    resolver = SpeakerResolver.build(doc, fake_actors(genders), "2024-07")
    assert resolver.resolve(doc[10:11]).name == "Victor Lang"


def test_the_asker_stays_when_the_one_asked_is_of_the_other_gender() -> None:
    doc = _asked()
    genders = {"Peter Grant": "m", "Victor Lang": "f"}
    resolver = SpeakerResolver.build(doc, fake_actors(genders), "2024-07")
    assert resolver.resolve(doc[10:11]).name == "Peter Grant"


def test_a_main_clause_subject_beats_a_subordinate_one() -> None:
    doc = build("""
Ray PROPN NNP compound 1 Ray
Ortiz PROPN NNP nsubj 2 Ortiz
left VERB VBD ROOT 2 leave
after SCONJ IN mark 6 after
Lee PROPN NNP compound 5 Lee
Marsh PROPN NNP nsubj 6 Marsh
spoke VERB VBD advcl 2 speak
. PUNCT . punct 2 .
he PRON PRP nsubj 9 he
said VERB VBD ROOT 9 say
so ADV RB advmod 9 so
. PUNCT . punct 9 .
""", ents=((0, 2, "PERSON"), (4, 6, "PERSON")))
    resolver = SpeakerResolver.build(doc, fake_actors({}), "2024-07")
    assert resolver.resolve(doc[8:9]).name == "Ray Ortiz"


@dataclass
class _Person:
    name: str
    start: int
    salient: bool = False
    main_subject: bool = False
    speaker: bool = False


def test_the_nearest_speaker_or_main_subject_close_by_is_chosen() -> None:
    """ "Her spokesman, Jan Keller, said … “…,” Vogt said. She added …": Vogt, quoted just
    before, beats Keller, the main subject of the sentence before that."""
    vogt = _Person("Petra Vogt", 120, salient=True, speaker=True)
    keller = _Person("Jan Keller", 60, salient=True, main_subject=True)
    passing = _Person("Anna Roth", 150)
    assert antecedent([passing, vogt, keller], 200, [], [keller, vogt, passing]) is vogt


def test_the_last_speaker_further_back_beats_a_subordinate_subject() -> None:
    speaker = _Person("Petra Vogt", 100, salient=True, speaker=True)
    subordinate = _Person("Lee Marsh", 900, salient=True)
    assert antecedent([subordinate, speaker], 1000, [], [speaker, subordinate]) is speaker


def test_a_surname_tagged_as_a_place_is_the_person_named_before() -> None:
    """ "Ray Dunn thanked Ryan Poole. Poole was released. He said …": "Poole" tagged GPE is
    Ryan Poole again, the main subject just before the pronoun."""
    doc = build("""
Ray PROPN NNP compound 1 Ray
Dunn PROPN NNP nsubj 2 Dunn
thanked VERB VBD ROOT 2 thank
Ryan PROPN NNP compound 4 Ryan
Poole PROPN NNP dobj 2 Poole
. PUNCT . punct 2 .
Poole PROPN NNP nsubjpass 8 Poole
was AUX VBD auxpass 8 be
released VERB VBN ROOT 8 release
. PUNCT . punct 8 .
he PRON PRP nsubj 11 he
said VERB VBD ROOT 11 say
so ADV RB advmod 11 so
. PUNCT . punct 11 .
""", ents=((0, 2, "PERSON"), (3, 5, "PERSON"), (6, 7, "GPE")))
    assert surname_subjects(doc, [(0, "Ray Dunn"), (doc[3].idx, "Ryan Poole")]) == [
        (doc[6].idx, "Ryan Poole", True)]
    resolver = SpeakerResolver.build(doc, fake_actors({}), "2024-07")
    assert resolver.resolve(doc[10:11]).name == "Ryan Poole"
