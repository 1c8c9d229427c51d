"""Which person a speaker phrase names, on Docs built by hand: the apposition before a
name that only modifies the head ("another Clinton ally, Agriculture Secretary Tom
Vilsack"), and no name when the modifier names someone else's ally."""

from __future__ import annotations

from dyadwatch.resolve.speaker_names import person_ent
from tests.unit.test_quote_rules import build

ALLY = """
Another DET DT det 2 another
Clinton PROPN NNP compound 2 Clinton
ally NOUN NN nsubj 8 ally
, PUNCT , punct 2 ,
Agriculture PROPN NNP compound 7 Agriculture
Secretary PROPN NNP compound 7 Secretary
Tom PROPN NNP compound 7 Tom
Vilsack PROPN NNP appos 2 Vilsack
said VERB VBD ROOT 8 say
so ADV RB advmod 8 so
. PUNCT . punct 8 .
"""


def test_an_apposition_names_the_speaker_before_a_modifying_name() -> None:
    doc = build(ALLY, ents=((1, 2, "PERSON"), (6, 8, "PERSON")))
    found = person_ent(doc[0:8])
    assert found is not None and found.text == "Tom Vilsack"


def test_someone_s_ally_is_not_that_someone() -> None:
    doc = build(ALLY, ents=((1, 2, "PERSON"), (6, 8, "PERSON")))
    assert person_ent(doc[0:3]) is None
