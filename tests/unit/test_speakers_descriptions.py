"""Descriptions resolved on Docs built by hand: "the company" is the firm named shortly
before, but not a university; "the 33-year-old" is the person named before; "a Trump
aide" is not Trump."""

from __future__ import annotations

from dyadwatch.resolve.speakers import SpeakerResolver
from tests.unit.test_quote_rules import build, fake_actors

COMPANY = """
{org} PROPN NNP nsubj 1 {org}
cut VERB VBD ROOT 1 cut
jobs NOUN NNS dobj 1 job
. PUNCT . punct 1 .
The DET DT det 5 the
company NOUN NN nsubj 6 company
said VERB VBD ROOT 6 say
so ADV RB advmod 6 so
. PUNCT . punct 6 .
"""


def test_the_company_is_the_firm_named_before() -> None:
    doc = build(COMPANY.format(org="Bombardier"), ents=((0, 1, "ORG"),))
    resolver = SpeakerResolver.build(doc, fake_actors({}), "2024-07")
    speaker = resolver.resolve(doc[4:6])
    assert (speaker.name, speaker.kind) == ("Bombardier", "organisation")


def test_the_company_is_not_a_university() -> None:
    doc = build(COMPANY.format(org="University"), ents=((0, 1, "ORG"),))
    resolver = SpeakerResolver.build(doc, fake_actors({}), "2024-07")
    assert resolver.resolve(doc[4:6]).name is None


def test_an_age_description_is_the_person_named_before() -> None:
    doc = build("""
Kris PROPN NNP compound 1 Kris
Lindqvist PROPN NNP nsubj 2 Lindqvist
signed VERB VBD ROOT 2 sign
. PUNCT . punct 2 .
the DET DT det 5 the
33-year-old NOUN NN nsubj 6 33-year-old
said VERB VBD ROOT 6 say
so ADV RB advmod 6 so
. PUNCT . punct 6 .
""", ents=((0, 2, "PERSON"),))
    resolver = SpeakerResolver.build(doc, fake_actors({}), "2024-07")
    assert resolver.resolve(doc[4:6]).name == "Kris Lindqvist"


def test_a_name_before_a_member_noun_is_not_the_speaker() -> None:
    doc = build("""
a DET DT det 2 a
Trump PROPN NNP compound 2 Trump
aide NOUN NN nsubj 3 aide
said VERB VBD ROOT 3 say
so ADV RB advmod 3 so
. PUNCT . punct 3 .
""", ents=((1, 2, "PERSON"),))
    resolver = SpeakerResolver.build(doc, fake_actors({}), "2024-07")
    speaker = resolver.resolve(doc[0:3])
    assert speaker.name != "Trump"
    assert speaker.kind == "group"
