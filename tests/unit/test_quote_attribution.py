"""Attribution rules on Docs built by hand (no model): a pronoun speaker never points
into quoted words, a title in marks is no quote, a cue closing its sentence reports the
whole sentence, an apposition names the speaker, a short finished sentence in marks floats."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from tests.unit.test_quote_rules import VOCAB, build, run

PRONOUN_AFTER_A_QUOTED_NAME = """
Alan PROPN NNP compound 1 Alan
Whitcombe PROPN NNP nsubj 2 Whitcombe
spoke VERB VBD ROOT 2 speak
. PUNCT . punct 2 .
“ PUNCT `` punct 11 “
Gordon PROPN NNP compound 6 Gordon
Pike PROPN NNP nsubj 7 Pike
lies VERB VBZ ccomp 11 lie
, PUNCT , punct 11 ,
” PUNCT '' punct 11 ”
he PRON PRP nsubj 11 he
said VERB VBD ROOT 11 say
. PUNCT . punct 11 .
"""


def test_pronoun_speaker_skips_a_person_named_inside_the_quote() -> None:
    doc = build(PRONOUN_AFTER_A_QUOTED_NAME, ents=((0, 2, "PERSON"), (5, 7, "PERSON")))
    (quote,) = run(doc)
    assert quote.text == "Gordon Pike lies"
    assert quote.speaker is not None and quote.speaker.text == "he"
    assert quote.speaker.name == "Alan Whitcombe"


def test_a_title_in_marks_is_not_a_quote() -> None:
    doc = build("""
Johnson PROPN NNP nsubj 1 Johnson
told VERB VBD ROOT 1 tell
“ PUNCT `` punct 1 “
Morning PROPN NNP compound 4 Morning
Joe PROPN NNP dobj 1 Joe
” PUNCT '' punct 1 ”
. PUNCT . punct 1 .
""", ents=((0, 1, "PERSON"),))
    assert run(doc) == []


def test_a_cue_closing_its_sentence_reports_all_before_the_comma() -> None:
    doc = build("""
Vans NOUN NNS nsubj 1 van
arrived VERB VBD ROOT 1 arrive
late ADV RB advmod 1 late
, PUNCT , punct 1 ,
but CCONJ CC cc 1 but
police NOUN NNS nsubj 6 police
left VERB VBD conj 1 leave
, PUNCT , punct 10 ,
a DET DT det 9 a
source NOUN NN nsubj 10 source
said VERB VBD conj 1 say
. PUNCT . punct 10 .
""")
    (quote,) = run(doc)
    assert (quote.text, quote.direct, quote.cue) == ("Vans arrived late, but police left", False,
                                                     "said")
    assert quote.speaker is not None and quote.speaker.text == "a source"


def test_a_name_in_apposition_names_the_speaker() -> None:
    doc = build("""
The DET DT det 2 the
defence NOUN NN compound 2 defence
lawyer NOUN NN nsubj 7 lawyer
, PUNCT , punct 2 ,
Mark PROPN NNP compound 5 Mark
Stein PROPN NNP appos 2 Stein
, PUNCT , punct 2 ,
said VERB VBD ROOT 7 say
he PRON PRP nsubj 10 he
would AUX MD aux 10 would
appeal VERB VB ccomp 7 appeal
. PUNCT . punct 7 .
""", ents=((4, 6, "PERSON"),))
    (quote,) = run(doc)
    assert quote.text == "he would appeal"
    assert quote.speaker is not None and quote.speaker.name == "Mark Stein"


def test_a_short_finished_sentence_in_marks_floats() -> None:
    doc = build("""
Anna PROPN NNP compound 1 Anna
Berg PROPN NNP nsubj 2 Berg
spoke VERB VBD ROOT 2 speak
. PUNCT . punct 2 .
“ PUNCT `` punct 9 “
We PRON PRP nsubj 6 we
are AUX VBP ccomp 9 be
tired ADJ JJ acomp 6 tired
, PUNCT , punct 9 ,
” PUNCT '' punct 9 ”
she PRON PRP nsubj 11 she
said VERB VBD ROOT 11 say
. PUNCT . punct 11 .
“ PUNCT `` punct 15 “
Nothing PRON NN nsubj 15 nothing
works VERB VBZ ROOT 15 work
. PUNCT . punct 15 .
” PUNCT '' punct 15 ”
""", ents=((0, 2, "PERSON"),))
    first, second = run(doc)
    assert first.text == "We are tired"
    assert second.text == "Nothing works"
    assert second.speaker is not None and second.speaker.name == "Anna Berg"
    assert second.cue is None


def test_the_noun_object_of_a_speech_verb_is_no_quote() -> None:
    """ "announced new gun rules": an attribution in PolNeAR, not a quote in GGT."""
    doc = build("""
Obama PROPN NNP nsubj 1 Obama
announced VERB VBD ROOT 1 announce
new ADJ JJ amod 4 new
gun NOUN NN compound 4 gun
rules NOUN NNS dobj 1 rule
. PUNCT . punct 1 .
""", ents=((0, 1, "PERSON"),))
    assert run(doc) == []


def test_a_vow_reports_its_infinitive() -> None:
    doc = build("""
Trump PROPN NNP nsubj 1 Trump
vowed VERB VBD ROOT 1 vow
to PART TO aux 3 to
crack VERB VB xcomp 1 crack
down ADP RP prt 3 down
on ADP IN prep 3 on
hackers NOUN NNS pobj 5 hacker
. PUNCT . punct 1 .
""", ents=((0, 1, "PERSON"),))
    (quote,) = run(doc)
    assert (quote.text, quote.direct, quote.cue) == ("to crack down on hackers", False, "vowed")
    assert quote.speaker is not None and quote.speaker.name == "Trump"


def test_quoted_words_listed_in_one_phrase_are_one_quote() -> None:
    rows = [  # Trump called him a "liar," a "bully".
        ("Trump", "PROPN", "NNP", "nsubj", 1, True), ("called", "VERB", "VBD", "ROOT", 1, True),
        ("him", "PRON", "PRP", "dobj", 1, True), ("a", "DET", "DT", "det", 5, True),
        ('"', "PUNCT", "``", "punct", 5, False), ("liar", "NOUN", "NN", "oprd", 1, False),
        (",", "PUNCT", ",", "punct", 5, False), ('"', "PUNCT", "''", "punct", 5, True),
        ("a", "DET", "DT", "det", 10, True), ('"', "PUNCT", "``", "punct", 10, False),
        ("bully", "NOUN", "NN", "conj", 5, False), ('"', "PUNCT", "''", "punct", 10, False),
        (".", "PUNCT", ".", "punct", 1, False),
    ]
    doc = Doc(VOCAB, words=[r[0] for r in rows], spaces=[r[5] for r in rows],
              pos=[r[1] for r in rows], tags=[r[2] for r in rows], deps=[r[3] for r in rows],
              heads=[r[4] for r in rows],
              lemmas=[{"called": "call", "him": "he"}.get(r[0], r[0].lower()) for r in rows])
    doc.ents = [Span(doc, 0, 1, label="PERSON")]
    assert doc.text == 'Trump called him a "liar," a "bully".'
    (quote,) = run(doc)
    assert (quote.text, quote.direct, quote.cue) == ('liar," a "bully', True, "called")
    assert quote.speaker is not None and quote.speaker.name == "Trump"


def test_a_clause_parsed_as_adverbial_but_unmarked_is_reported() -> None:
    doc = build("""
Trump PROPN NNP nsubj 1 Trump
said VERB VBD ROOT 1 say
later ADV RB advmod 1 later
he PRON PRP nsubj 5 he
would AUX MD aux 5 would
refuse VERB VB advcl 1 refuse
the DET DT det 7 the
offer NOUN NN dobj 5 offer
. PUNCT . punct 1 .
""", ents=((0, 1, "PERSON"),))
    (quote,) = run(doc)
    assert (quote.text, quote.direct, quote.cue) == ("he would refuse the offer", False, "said")


def test_a_floating_quote_after_someone_introduced_is_theirs() -> None:
    doc = build("""
“ PUNCT `` punct 6 “
Shelters NOUN NNS nsubj 2 shelter
are AUX VBP ccomp 6 be
full ADJ JJ acomp 2 full
, PUNCT , punct 6 ,
” PUNCT '' punct 6 ”
said VERB VBD ROOT 6 say
Brian PROPN NNP compound 8 Brian
Okafor PROPN NNP nsubj 6 Okafor
. PUNCT . punct 6 .
Maria PROPN NNP compound 11 Maria
Lopez PROPN NNP nsubj 12 Lopez
runs VERB VBZ ROOT 12 run
the DET DT det 14 the
shelter NOUN NN dobj 12 shelter
. PUNCT . punct 12 .
“ PUNCT `` punct 18 “
We PRON PRP nsubj 18 we
turn VERB VBP ROOT 18 turn
people NOUN NNS dobj 18 people
away ADV RB advmod 18 away
. PUNCT . punct 18 .
” PUNCT '' punct 18 ”
""", ents=((7, 9, "PERSON"), (10, 12, "PERSON")))
    first, second = run(doc)
    assert first.speaker is not None and first.speaker.name == "Brian Okafor"
    assert second.text == "We turn people away"
    assert second.speaker is not None and second.speaker.name == "Maria Lopez"


def test_capitalised_words_with_a_cue_after_them_are_a_quote() -> None:
    doc = build("""
“ PUNCT `` punct 6 “
Never PROPN NNP compound 2 Never
Again PROPN NNP ccomp 6 Again
, PUNCT , punct 6 ,
” PUNCT '' punct 6 ”
Diaz PROPN NNP nsubj 6 Diaz
said VERB VBD ROOT 6 say
. PUNCT . punct 6 .
""", ents=((5, 6, "PERSON"),))
    (quote,) = run(doc)
    assert (quote.text, quote.cue) == ("Never Again", "said")
    assert quote.speaker is not None and quote.speaker.name == "Diaz"
