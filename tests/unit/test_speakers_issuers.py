"""Documents as speakers ("the report says") resolved to their issuer, on hand-built Docs."""

from __future__ import annotations

import pytest

from dyadwatch.resolve.speaker_issuers import earlier_document, issuer_of, issuer_span
from dyadwatch.resolve.speakers import SpeakerResolver
from tests.unit.test_quote_rules import build, fake_actors

# "Amnesty International published a report . The report said so ."
PUBLISHED = """
Amnesty PROPN NNP compound 1 Amnesty
International PROPN NNP nsubj 2 International
published VERB VBD ROOT 2 publish
a DET DT det 4 a
report NOUN NN dobj 2 report
. PUNCT . punct 2 .
The DET DT det 7 the
report NOUN NN nsubj 8 report
said VERB VBD ROOT 8 say
so ADV RB advmod 8 so
. PUNCT . punct 8 .
"""

# "A report by the Halvorsen Institute came out . The report said so ."
BY_PHRASE = """
A DET DT det 1 a
report NOUN NN nsubj 6 report
by ADP IN prep 1 by
the DET DT det 5 the
Halvorsen PROPN NNP compound 5 Halvorsen
Institute PROPN NNP pobj 2 Institute
came VERB VBD ROOT 6 come
out ADP RP prt 6 out
. PUNCT . punct 6 .
The DET DT det 10 the
report NOUN NN nsubj 11 report
said VERB VBD ROOT 11 say
so ADV RB advmod 11 so
. PUNCT . punct 11 .
"""

# "Researchers at Dunmore University published the study . The study said so ."
SUBJECT_PHRASE = """
Researchers NOUN NNS nsubj 4 researcher
at ADP IN prep 0 at
Dunmore PROPN NNP compound 3 Dunmore
University PROPN NNP pobj 1 University
published VERB VBD ROOT 4 publish
the DET DT det 6 the
study NOUN NN dobj 4 study
. PUNCT . punct 4 .
The DET DT det 9 the
study NOUN NN nsubj 10 study
said VERB VBD ROOT 10 say
so ADV RB advmod 10 so
. PUNCT . punct 10 .
"""


@pytest.mark.parametrize(
    ("rows", "ents", "noun", "speaker_at", "expected"),
    [
        (PUBLISHED, ((0, 2, "ORG"),), 4, 6, "Amnesty International"),
        (BY_PHRASE, ((3, 6, "ORG"),), 1, 9, "Halvorsen Institute"),
        (SUBJECT_PHRASE, ((2, 4, "ORG"),), 6, 8, "Dunmore University"),
    ],
)
def test_the_document_speaks_for_its_issuer(rows: str, ents: tuple[tuple[int, int, str], ...],
                                            noun: int, speaker_at: int, expected: str) -> None:
    doc = build(rows, ents=ents)
    issuer = issuer_of(doc[noun])
    assert issuer is not None
    assert issuer_span(issuer).text.removeprefix("the ") == expected
    earlier = earlier_document(doc, doc[speaker_at + 1].lemma_, speaker_at + 1, 2000,
                               frozenset({"report", "study"}))
    assert earlier is not None and earlier.i == noun
    resolver = SpeakerResolver.build(doc, fake_actors({}), "2024-07")
    speaker = resolver.resolve(doc[speaker_at:speaker_at + 2])
    assert (speaker.name, speaker.kind) == (expected, "organisation")


def test_a_document_with_no_issuer_keeps_its_description() -> None:
    doc = build(PUBLISHED.replace("Amnesty PROPN NNP compound 1 Amnesty",
                                  "Every DET DT det 1 every")
                .replace("International PROPN NNP nsubj 2 International",
                         "week NOUN NN npadvmod 2 week"))
    resolver = SpeakerResolver.build(doc, fake_actors({}), "2024-07")
    speaker = resolver.resolve(doc[6:8])
    assert speaker.name is None
    assert speaker.role == "report"


# "Kelton Police Service opened a probe . Investigators said so ."
SERVICE = """
Kelton PROPN NNP compound 2 Kelton
Police PROPN NNP compound 2 Police
Service PROPN NNP nsubj 3 Service
opened VERB VBD ROOT 3 open
a DET DT det 5 a
probe NOUN NN dobj 3 probe
. PUNCT . punct 3 .
Investigators NOUN NNS nsubj 8 investigator
said VERB VBD ROOT 8 say
so ADV RB advmod 8 so
. PUNCT . punct 8 .
"""


@pytest.mark.parametrize("ents", [((0, 3, "ORG"),), ()])
def test_investigators_are_the_police_service_named_before(
        ents: tuple[tuple[int, int, str], ...]) -> None:
    doc = build(SERVICE, ents=ents)
    resolver = SpeakerResolver.build(doc, fake_actors({}), "2024-07")
    speaker = resolver.resolve(doc[7:8])
    assert (speaker.name, speaker.kind) == ("Kelton Police Service", "organisation")


def test_investigators_with_no_service_named_keep_their_description() -> None:
    doc = build(SERVICE.replace("Police PROPN NNP compound 2 Police",
                                "Water PROPN NNP compound 2 Water"), ents=((0, 3, "ORG"),))
    resolver = SpeakerResolver.build(doc, fake_actors({}), "2024-07")
    assert resolver.resolve(doc[7:8]).name is None


# "Defenceman Jake Lowry scored . Coach Mark Bell smiled . The defenceman said so ."
DEFENCEMAN = """
Defenceman NOUN NN compound 2 defenceman
Jake PROPN NNP compound 2 Jake
Lowry PROPN NNP nsubj 3 Lowry
scored VERB VBD ROOT 3 score
. PUNCT . punct 3 .
Coach NOUN NN compound 7 coach
Mark PROPN NNP compound 7 Mark
Bell PROPN NNP nsubj 8 Bell
smiled VERB VBD ROOT 8 smile
. PUNCT . punct 8 .
The DET DT det 11 the
defenceman NOUN NN nsubj 12 defenceman
said VERB VBD ROOT 12 say
so ADV RB advmod 12 so
. PUNCT . punct 12 .
"""


@pytest.mark.parametrize("label", ["PERSON", "ORG"])  # the tagger often says ORG here
def test_the_defenceman_is_the_one_introduced_as_defenceman(label: str) -> None:
    doc = build(DEFENCEMAN, ents=((1, 3, label), (6, 8, "PERSON")))
    resolver = SpeakerResolver.build(doc, fake_actors({}), "2024-07")
    assert resolver.resolve(doc[10:12]).name == "Jake Lowry"


# "Democratic nominee Tim Kaine spoke . The Republican nominee said so ."
NOMINEE = """
{party} PROPN NNP compound 1 {party}
nominee NOUN NN compound 3 nominee
Tim PROPN NNP compound 3 Tim
Kaine PROPN NNP nsubj 4 Kaine
spoke VERB VBD ROOT 4 speak
. PUNCT . punct 4 .
The DET DT det 8 the
Republican PROPN NNP compound 8 Republican
nominee NOUN NN nsubj 9 nominee
said VERB VBD ROOT 9 say
so ADV RB advmod 9 so
. PUNCT . punct 9 .
"""


def test_a_description_qualified_otherwise_is_not_the_titled_person() -> None:
    doc = build(NOMINEE.format(party="Democratic"), ents=((0, 1, "NORP"), (2, 4, "PERSON"),
                                                           (7, 8, "NORP")))
    resolver = SpeakerResolver.build(doc, fake_actors({}), "2016-10")
    assert resolver.resolve(doc[6:9]).name is None


def test_the_only_person_titled_with_the_noun_takes_a_new_qualifier() -> None:
    doc = build(NOMINEE.format(party="Vice"), ents=((2, 4, "PERSON"), (7, 8, "NORP")))
    resolver = SpeakerResolver.build(doc, fake_actors({}), "2016-10")
    assert resolver.resolve(doc[6:9]).name == "Tim Kaine"


def test_the_agency_is_the_public_body_named_before_not_the_firm() -> None:
    from dyadwatch.resolve.speaker_bodies import state_body_named_before
    from dyadwatch.types import Actor

    known = {"Health Canada": Actor(text="", name="Health Canada", country="CAN",
                                    kind="organisation"),
             "Maple Leaf Foods": Actor(text="", name="Maple Leaf Foods", country="CAN",
                                       sector="BUS", kind="organisation")}
    organisations = [(0, "Health Canada"), (40, "Maple Leaf Foods"), (80, "Dunmore University")]
    assert state_body_named_before(organisations, 120, 2000, known.get) == "Health Canada"
    assert state_body_named_before(organisations, 3000, 2000, known.get) is None
