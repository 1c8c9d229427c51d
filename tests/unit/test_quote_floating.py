"""Speakers of floating quotes (no cue of their own), on Docs built by hand."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from tests.unit.test_quote_rules import VOCAB, build, run

# “Shelters are full,” said Brian Okafor, a Lopez backer. “We turn people away.”
NAME_INSIDE_THE_SPEAKER_PHRASE = """
“ PUNCT `` punct 6 “
Shelters NOUN NNS nsubj 2 shelter
are AUX VBP ccomp 6 be
full ADJ JJ acomp 2 full
, PUNCT , punct 6 ,
” PUNCT '' punct 6 ”
said VERB VBD ROOT 6 say
Brian PROPN NNP compound 8 Brian
Okafor PROPN NNP nsubj 6 Okafor
, PUNCT , punct 8 ,
a DET DT det 12 a
Lopez PROPN NNP compound 12 Lopez
backer NOUN NN appos 8 backer
. PUNCT . punct 6 .
“ PUNCT `` punct 16 “
We PRON PRP nsubj 16 we
turn VERB VBP ROOT 16 turn
people NOUN NNS dobj 16 people
away ADV RB advmod 16 away
. PUNCT . punct 16 .
” PUNCT '' punct 16 ”
"""


def test_a_name_inside_the_previous_speaker_phrase_is_no_new_speaker() -> None:
    doc = build(NAME_INSIDE_THE_SPEAKER_PHRASE, ents=((7, 9, "PERSON"), (11, 12, "PERSON")))
    first, second = run(doc)
    assert first.speaker is not None and first.speaker.name == "Brian Okafor"
    assert second.text == "We turn people away"
    assert second.speaker is not None and second.speaker.name == "Brian Okafor"


def test_a_person_introduced_after_the_speaker_phrase_still_takes_the_quote() -> None:
    # “Shelters are full,” said Brian Okafor, a Lopez backer. Lopez agrees. “We turn…”
    rows = NAME_INSIDE_THE_SPEAKER_PHRASE.strip().splitlines()
    shifted = [_shift(row, 3) for row in rows[14:]]
    extra = ["Lopez PROPN NNP nsubj 15 Lopez", "agrees VERB VBZ ROOT 15 agree",
             ". PUNCT . punct 15 ."]
    doc = build("\n".join(rows[:14] + extra + shifted),
                ents=((7, 9, "PERSON"), (11, 12, "PERSON"), (14, 15, "PERSON")))
    second = run(doc)[1]
    assert second.text == "We turn people away"
    assert second.speaker is not None and second.speaker.name == "Lopez"


def _shift(row: str, by: int) -> str:
    """A token line with its head index moved by `by` tokens."""
    parts = row.split()
    parts[4] = str(int(parts[4]) + by)
    return " ".join(parts)


def _statement_below(end_of_line: str) -> Doc:
    """ "Breitbart News responded<end_of_line>" then, a paragraph below, “We act on it
    right now.” """
    words = ["Breitbart", "News", "responded", end_of_line, "\n\n", "“", "We", "act", "on",
             "it", "right", "now", ".", "”"]
    spaces = [True, True, False, False, False, False, True, True, True, True, True, False,
              False, False]
    doc = Doc(VOCAB, words=words, spaces=spaces,
              pos=["PROPN", "PROPN", "VERB", "PUNCT", "SPACE", "PUNCT", "PRON", "VERB", "ADP",
                   "PRON", "ADV", "ADV", "PUNCT", "PUNCT"],
              deps=["compound", "nsubj", "ROOT", "punct", "dep", "punct", "nsubj", "ROOT",
                    "prep", "pobj", "advmod", "advmod", "punct", "punct"],
              heads=[1, 2, 2, 2, 3, 7, 7, 7, 7, 8, 11, 7, 7, 7],
              lemmas=["Breitbart", "News", "respond", end_of_line, "\n\n", "“", "we", "act",
                      "on", "it", "right", "now", ".", "”"])
    doc.ents = [Span(doc, 0, 2, label="ORG")]
    return doc


def test_a_colon_closing_the_paragraph_above_is_the_quote_cue() -> None:
    quote, = run(_statement_below(":"))
    assert quote.text == "We act on it right now"
    assert quote.cue == "responded"
    assert quote.speaker is not None and quote.speaker.text == "Breitbart News"


def test_a_full_stop_closing_the_paragraph_above_is_no_cue() -> None:
    quote, = run(_statement_below("."))
    assert quote.text == "We act on it right now"
    assert quote.cue is None


# As Jane Roe said last week in Oslo, “We act on it soon.”
AS_CLAUSE = """
As SCONJ IN mark 3 as
Jane PROPN NNP compound 2 Jane
Roe PROPN NNP nsubj 3 Roe
said VERB VBD advcl 11 say
last ADJ JJ amod 5 last
week NOUN NN npadvmod 3 week
in ADP IN prep 3 in
Oslo PROPN NNP pobj 6 Oslo
, PUNCT , punct 11 ,
“ PUNCT `` punct 11 “
We PRON PRP nsubj 11 we
act VERB VBP ROOT 11 act
on ADP IN prep 11 on
it PRON PRP pobj 12 it
soon ADV RB advmod 11 soon
. PUNCT . punct 11 .
” PUNCT '' punct 11 ”
"""


def test_an_as_clause_ending_at_the_mark_is_the_quote_cue() -> None:
    quote, = run(build(AS_CLAUSE, ents=((1, 3, "PERSON"), (7, 8, "GPE"))))
    assert quote.text == "We act on it soon"
    assert quote.cue == "said"
    assert quote.speaker is not None and quote.speaker.name == "Jane Roe"


def test_a_speech_clause_without_as_and_far_from_the_mark_is_no_cue() -> None:
    rows = AS_CLAUSE.strip().splitlines()
    rows[0] = "When SCONJ WRB advmod 3 when"
    quotes = run(build("\n".join(rows), ents=((1, 3, "PERSON"), (7, 8, "GPE"))))
    # No cue and no earlier speaker: the quoted words are not reported as a quote
    # (the "As" version above, identical otherwise, gives one with cue and speaker).
    assert quotes == []
