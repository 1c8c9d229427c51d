"""Speaker resolution on a Doc built by hand: descriptions, "the latter", pronouns with
gender, surnames linked to full names, unnamed groups."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dyadwatch.resolve.speakers import SpeakerResolver, role_matches, span_ents
from tests.unit.test_quote_rules import build, fake_actors

STORY = """
Foreign PROPN NNP compound 1 Foreign
Minister PROPN NNP compound 3 Minister
Cho PROPN NNP compound 3 Cho
Tae PROPN NNP nsubj 4 Tae
met VERB VBD ROOT 4 meet
Lee PROPN NNP compound 6 Lee
Min PROPN NNP dobj 4 Min
. PUNCT . punct 4 .
The DET DT det 9 the
minister NOUN NN nsubj 10 minister
said VERB VBD ROOT 10 say
so ADV RB advmod 10 so
. PUNCT . punct 10 .
The DET DT det 14 the
latter ADJ JJ nsubj 15 latter
said VERB VBD ROOT 15 say
so ADV RB advmod 15 so
. PUNCT . punct 15 .
she PRON PRP nsubj 19 she
spoke VERB VBD ROOT 19 speak
. PUNCT . punct 19 .
Tae PROPN NNP nsubj 22 Tae
left VERB VBD ROOT 22 leave
. PUNCT . punct 22 .
analysts NOUN NNS nsubj 25 analyst
agreed VERB VBD ROOT 25 agree
. PUNCT . punct 25 .
"""


@pytest.fixture()
def story() -> tuple[SpeakerResolver, Doc]:
    doc = build(STORY, ents=((2, 4, "PERSON"), (5, 7, "PERSON")))
    genders = {"Lee Min": "f", "Cho Tae": "m"}
    return SpeakerResolver.build(doc, fake_actors(genders), "2024-07"), doc


def test_description_goes_to_the_person_with_that_title(story: tuple[SpeakerResolver, Doc]) -> None:
    resolver, doc = story
    speaker = resolver.resolve(doc[8:10])
    assert (speaker.text, speaker.name, speaker.kind) == ("The minister", "Cho Tae", "person")


def test_the_latter_is_the_last_person_named(story: tuple[SpeakerResolver, Doc]) -> None:
    resolver, doc = story
    assert resolver.resolve(doc[13:15]).name == "Lee Min"


def test_pronoun_skips_a_person_of_the_other_gender(story: tuple[SpeakerResolver, Doc]) -> None:
    resolver, doc = story
    assert resolver.resolve(doc[18:19]).name == "Lee Min"


def test_surname_alone_is_linked_to_the_full_name(story: tuple[SpeakerResolver, Doc]) -> None:
    resolver, doc = story
    assert resolver.resolve(doc[21:22]).name == "Cho Tae"


def test_a_group_has_no_name_but_a_role(story: tuple[SpeakerResolver, Doc]) -> None:
    resolver, doc = story
    speaker = resolver.resolve(doc[24:25])
    assert (speaker.name, speaker.role, speaker.kind) == (None, "analysts", "group")


def test_gender_from_an_honorific() -> None:
    doc = build("""
Ms. PROPN NNP compound 2 Ms.
Tove PROPN NNP compound 2 Tove
Lee PROPN NNP nsubj 3 Lee
spoke VERB VBD ROOT 3 speak
. PUNCT . punct 3 .
""", ents=((1, 3, "PERSON"),))
    resolver = SpeakerResolver.build(doc, fake_actors({}), None)
    assert resolver.gender_of("Tove Lee") == "f"  # not a listed given name: the "Ms." tells


@pytest.mark.parametrize("noun, words, expected", [
    ("diplomat", {"ambassador"}, True), ("minister", {"foreign", "minister"}, True),
    ("coach", {"minister"}, False), ("spokesperson", {"spokeswoman"}, True)])
def test_role_families(noun: str, words: set[str], expected: bool) -> None:
    assert role_matches(noun, words) is expected


def test_span_ents_reads_entities_from_tokens() -> None:
    doc = build(STORY, ents=((2, 4, "PERSON"), (5, 7, "PERSON")))
    assert [(e.text, e.label_) for e in span_ents(doc[0:8])] == [
        ("Cho Tae", "PERSON"), ("Lee Min", "PERSON")]
    assert [e.text for e in span_ents(doc[3:6])] == ["Tae", "Lee"]  # cut at the span's edges
    assert span_ents(doc[8:12]) == []
