"""Attribution after the closing mark and inserted cues, on Docs built by hand that copy
the parser's usual mistakes: the quoted words taken as a second subject, the cue parsed as
joined to the quote's verb, an apposition split into a name and a subject, an inserted
"X said" in a sentence with a quoted phrase, and a closing mark typed as an opening one."""

from __future__ import annotations

from dyadwatch.extract.quote_marks import find_marked_spans
from tests.unit.test_quote_rules import build, run


def test_a_name_after_the_mark_beats_quoted_words_parsed_as_subject() -> None:
    """ "“Slow roads. Empty shops,” Robert Hale said": both "roads" and "Hale" are parsed
    as subjects of "said"; the one after the mark speaks."""
    doc = build("""
“ PUNCT `` punct 10 “
Slow ADJ JJ amod 2 slow
roads NOUN NNS nsubj 10 road
. PUNCT . punct 2 .
Empty ADJ JJ amod 5 empty
shops NOUN NNS appos 2 shop
, PUNCT , punct 2 ,
” PUNCT '' punct 2 ”
Robert PROPN NNP compound 9 Robert
Hale PROPN NNP nsubj 10 Hale
said VERB VBD ROOT 10 say
. PUNCT . punct 10 .
""", ents=((8, 10, "PERSON"),))
    (quote,) = run(doc)
    assert (quote.text, quote.cue) == ("Slow roads. Empty shops", "said")
    assert quote.speaker is not None and quote.speaker.name == "Robert Hale"


RAMOS = """
“ PUNCT `` punct 2 “
We PRON PRP nsubj 2 we
were AUX VBD ROOT 2 be
wrong ADJ JJ acomp 2 wrong
to PART TO aux 5 to
wait VERB VB xcomp 3 wait
, PUNCT , punct 2 ,
” PUNCT '' punct 2 ”
Ramos PROPN NNP npadvmod 2 Ramos
, PUNCT , punct 8 ,
58 NUM CD appos 8 58
, PUNCT , punct 8 ,
told VERB VBD conj 2 tell
AFP PROPN NNP dobj 12 AFP
. PUNCT . punct 12 .
"""


def test_a_cue_parsed_as_joined_to_the_quoted_verb_still_names_the_speaker() -> None:
    """ "“We were wrong to wait,” Ramos, 58, told AFP": "told" hangs on "were" and has no
    subject of its own; the name between the mark and the verb speaks."""
    doc = build(RAMOS, ents=((8, 9, "PERSON"),))
    (quote,) = run(doc)
    assert (quote.text, quote.cue) == ("We were wrong to wait", "told")
    assert quote.speaker is not None and quote.speaker.name == "Ramos"


def test_a_participle_after_a_quoted_word_takes_no_speaker_from_after_it() -> None:
    """ "hailed the vote as “fantastic,” telling reporters …": "reporters" are addressed,
    they do not speak."""
    doc = build("""
Trump PROPN NNP nsubj 1 Trump
hailed VERB VBD ROOT 1 hail
the DET DT det 3 the
vote NOUN NN dobj 1 vote
as ADP IN prep 1 as
“ PUNCT `` punct 6 “
fantastic ADJ JJ pobj 4 fantastic
, PUNCT , punct 6 ,
” PUNCT '' punct 6 ”
telling VERB VBG advcl 1 tell
reporters NOUN NNS dobj 9 reporter
it PRON PRP nsubj 12 it
was AUX VBD ccomp 9 be
great ADJ JJ acomp 12 great
. PUNCT . punct 1 .
""", ents=((0, 1, "PERSON"),))
    quotes = run(doc)
    assert quotes, "the reported clause of 'telling' is a quote"
    assert all(q.speaker is None or q.speaker.text != "reporters" for q in quotes)


def test_a_name_set_before_a_descriptive_subject_is_the_speaker() -> None:
    """ "“He looked away,” Deborah Tamsin, the chairwoman, recalled": the parse makes
    "chairwoman" the subject and hangs the name on the verb. (Ann Cole, the subject of the
    sentence before, is whom an unresolved description would fall back on.)"""
    doc = build("""
Ann PROPN NNP compound 1 Ann
Cole PROPN NNP nsubj 2 Cole
spoke VERB VBD ROOT 2 speak
. PUNCT . punct 2 .
“ PUNCT `` punct 16 “
He PRON PRP nsubj 6 he
looked VERB VBD ccomp 16 look
away ADV RB advmod 6 away
, PUNCT , punct 16 ,
” PUNCT '' punct 16 ”
Deborah PROPN NNP compound 11 Deborah
Tamsin PROPN NNP npadvmod 16 Tamsin
, PUNCT , punct 16 ,
the DET DT det 14 the
chairwoman NOUN NN nsubj 16 chairwoman
, PUNCT , punct 14 ,
recalled VERB VBD ROOT 16 recall
. PUNCT . punct 16 .
""", ents=((0, 2, "PERSON"), (10, 12, "PERSON")))
    (quote,) = run(doc)
    assert (quote.text, quote.cue) == ("He looked away", "recalled")
    assert quote.speaker is not None and quote.speaker.name == "Deborah Tamsin"


def test_an_inserted_cue_reports_a_sentence_with_a_quoted_phrase() -> None:
    """ "The old mayor, Reyes said, had promised “three parks” and built none": the whole
    sentence is Reyes's (a mixed quote), not left to the quoted phrase alone."""
    doc = build("""
The DET DT det 2 the
old ADJ JJ amod 2 old
mayor NOUN NN nsubj 8 mayor
, PUNCT , punct 5 ,
Reyes PROPN NNP nsubj 5 Reyes
said VERB VBD parataxis 8 say
, PUNCT , punct 5 ,
had AUX VBD aux 8 have
promised VERB VBN ROOT 8 promise
“ PUNCT `` punct 11 “
three NUM CD nummod 11 three
parks NOUN NNS dobj 8 park
” PUNCT '' punct 11 ”
and CCONJ CC cc 8 and
built VERB VBD conj 8 build
none NOUN NN dobj 14 none
. PUNCT . punct 8 .
""", ents=((4, 5, "PERSON"),))
    reported = [q for q in run(doc) if not q.direct]
    assert [q.text for q in reported] == [
        "The old mayor, Reyes said, had promised “three parks” and built none"]
    assert reported[0].speaker is not None and reported[0].speaker.name == "Reyes"


def test_an_inserted_cue_handing_over_to_a_quote_reports_nothing_itself() -> None:
    """ "Asked about it, Reyes said, “No.”": the direct quote carries it."""
    doc = build("""
Asked VERB VBN advcl 5 ask
about ADP IN prep 0 about
it PRON PRP pobj 1 it
, PUNCT , punct 5 ,
Reyes PROPN NNP nsubj 5 Reyes
said VERB VBD parataxis 9 say
, PUNCT , punct 5 ,
“ PUNCT `` punct 9 “
We PRON PRP nsubj 9 we
refuse VERB VBP ROOT 9 refuse
. PUNCT . punct 9 .
” PUNCT '' punct 9 ”
""", ents=((4, 5, "PERSON"),))
    assert [q.text for q in run(doc) if not q.direct] == []


def test_an_opening_mark_typed_as_the_closing_one_closes_the_quote() -> None:
    text = "“It is unusual,“ said Larry Noble. “It is hard.”"
    spans = [text[s.start:s.end] for s in find_marked_spans(text)]
    assert spans == ["It is unusual,", "It is hard."]


def test_an_opening_mark_after_a_full_stop_still_restarts_a_quote() -> None:
    text = "“First part ends here. “Second part,” she said."
    spans = [text[s.start:s.end] for s in find_marked_spans(text)]
    assert spans == ["First part ends here.", "Second part,"]


def test_a_name_right_before_a_subjectless_verb_is_its_subject() -> None:
    """ "…, former president Bill Clinton said his wife was ready": the parser hung the
    name on the sentence's first part and left "said" without a subject."""
    doc = build("""
He PRON PRP nsubj 1 he
thanked VERB VBD ROOT 1 thank
his PRON PRP$ poss 3 his
wife NOUN NN dobj 1 wife
, PUNCT , punct 3 ,
former ADJ JJ amod 6 former
president NOUN NN compound 8 president
Bill PROPN NNP compound 8 Bill
Clinton PROPN NNP appos 3 Clinton
( PUNCT -LRB- punct 8 (
D PROPN NNP appos 8 D
) PUNCT -RRB- punct 8 )
said VERB VBD ccomp 1 say
she PRON PRP nsubj 14 she
was AUX VBD ccomp 12 be
ready ADJ JJ acomp 14 ready
. PUNCT . punct 1 .
""", ents=((7, 9, "PERSON"),))
    reported = [q for q in run(doc) if q.cue == "said"]
    assert [q.text for q in reported] == ["she was ready"]
    assert reported[0].speaker is not None and reported[0].speaker.name == "Bill Clinton"


def test_an_inverted_cue_before_a_colon_names_the_speaker() -> None:
    """ "Said Ellis: “…”": the parser takes "Said" for a modifier of the name."""
    doc = build("""
Experts NOUN NNS nsubj 1 expert
disagree VERB VBP ROOT 1 disagree
. PUNCT . punct 1 .
Said VERB VBD compound 4 say
Ellis PROPN NNP ROOT 4 Ellis
: PUNCT : punct 4 :
“ PUNCT `` punct 8 “
Nobody PRON NN nsubj 8 nobody
cares VERB VBZ ROOT 8 care
about ADP IN prep 8 about
reform NOUN NN pobj 9 reform
. PUNCT . punct 8 .
” PUNCT '' punct 8 ”
""", ents=((4, 5, "PERSON"),))
    (quote,) = run(doc)
    assert (quote.text, quote.cue) == ("Nobody cares about reform", "Said")
    assert quote.speaker is not None and quote.speaker.name == "Ellis"


def test_words_after_a_quote_then_a_cue_after_a_comma_attribute_it() -> None:
    """ "“This will be a hard fight for us” in the fall, said Kunin.": the comma opens no
    apposition (none closes), so "said Kunin" is the tail cue."""
    doc = build("""
“ PUNCT `` punct 3 “
This PRON DT nsubj 3 this
will AUX MD aux 3 will
be AUX VB ccomp 14 be
a DET DT det 6 a
hard ADJ JJ amod 6 hard
fight NOUN NN attr 3 fight
for ADP IN prep 6 for
us PRON PRP pobj 7 us
” PUNCT '' punct 3 ”
in ADP IN prep 3 in
the DET DT det 12 the
fall NOUN NN pobj 10 fall
, PUNCT , punct 14 ,
said VERB VBD ROOT 14 say
Kunin PROPN NNP nsubj 14 Kunin
. PUNCT . punct 14 .
""", ents=((15, 16, "PERSON"),))
    direct = [q for q in run(doc) if q.direct]
    assert [(q.text, q.cue) for q in direct] == [("This will be a hard fight for us", "said")]
    assert direct[0].speaker is not None and direct[0].speaker.name == "Kunin"


def test_a_participle_speaks_for_a_person_not_for_a_thing() -> None:
    """ "Trump argued that a database would keep people out, saying it is “a matter of
    management.”": "saying" hangs on "keep", whose subject is a thing; Trump speaks."""
    doc = build("""
Trump PROPN NNP nsubj 1 Trump
argued VERB VBD ROOT 1 argue
that SCONJ IN mark 6 that
a DET DT det 4 a
database NOUN NN nsubj 6 database
would AUX MD aux 6 would
keep VERB VB ccomp 1 keep
people NOUN NNS dobj 6 people
out ADP RP prt 6 out
, PUNCT , punct 6 ,
saying VERB VBG advcl 6 say
it PRON PRP nsubj 12 it
is AUX VBZ ccomp 10 be
“ PUNCT `` punct 15 “
a DET DT det 15 a
matter NOUN NN attr 12 matter
of ADP IN prep 15 of
management NOUN NN pobj 16 management
. PUNCT . punct 12 .
” PUNCT '' punct 12 ”
""", ents=((0, 1, "PERSON"),))
    saying = [q for q in run(doc) if q.cue == "saying"]
    assert saying, "the participle is a speech cue"
    assert all(q.speaker is not None and q.speaker.name == "Trump" for q in saying)


def test_a_title_before_a_cue_that_reports_its_own_clause_is_no_quote() -> None:
    """ "On “Face the Nation,” Ryan said the protests matter": Ryan said the clause, not
    the show's name; only the clause is a quote."""
    doc = build("""
On ADP IN prep 7 on
“ PUNCT `` punct 3 “
Face VERB VB compound 3 face
the DET DT det 4 the
Nation PROPN NNP pobj 0 Nation
, PUNCT , punct 7 ,
” PUNCT '' punct 7 ”
Ryan PROPN NNP nsubj 8 Ryan
said VERB VBD ROOT 8 say
the DET DT det 10 the
protests NOUN NNS nsubj 11 protest
matter VERB VBP ccomp 8 matter
. PUNCT . punct 8 .
""", ents=((7, 8, "PERSON"),))
    quotes = run(doc)
    assert [(q.text, q.direct) for q in quotes] == [("the protests matter", False)]


def test_the_person_right_before_a_participle_is_its_speaker() -> None:
    """ "The ad shows Jane Roe asking, “Why not?”": Jane Roe asks, not the ad."""
    doc = build("""
The DET DT det 1 the
ad NOUN NN nsubj 2 ad
shows VERB VBZ ROOT 2 show
Jane PROPN NNP compound 4 Jane
Roe PROPN NNP dobj 2 Roe
asking VERB VBG advcl 2 ask
, PUNCT , punct 5 ,
“ PUNCT `` punct 9 “
Why ADV WRB advmod 9 why
not PART RB neg 5 not
? PUNCT . punct 5 ?
” PUNCT '' punct 5 ”
""", ents=((3, 5, "PERSON"),))
    (quote,) = run(doc)
    assert (quote.text, quote.cue) == ("Why not", "asking")
    assert quote.speaker is not None and quote.speaker.name == "Jane Roe"


def test_a_letter_to_someone_asking_is_not_theirs() -> None:
    doc = build("""
Ann PROPN NNP compound 1 Ann
Cole PROPN NNP nsubj 2 Cole
wrote VERB VBD ROOT 2 write
to ADP IN prep 2 to
Jane PROPN NNP compound 5 Jane
Roe PROPN NNP pobj 3 Roe
asking VERB VBG advcl 2 ask
that SCONJ IN mark 9 that
the DET DT det 9 the
fund NOUN NN nsubj 10 fund
pay VERB VB ccomp 6 pay
. PUNCT . punct 2 .
""", ents=((0, 2, "PERSON"), (4, 6, "PERSON")))
    asking = [q for q in run(doc) if q.cue == "asking"]
    assert asking and asking[0].speaker is not None and asking[0].speaker.name == "Ann Cole"


def test_a_name_after_an_inverted_cue_beats_quoted_words_parsed_as_subject() -> None:
    """ "“Full panic mode,” said Leslie Wimes": "mode" and "Wimes" both parsed as subjects."""
    doc = build("""
“ PUNCT `` punct 8 “
The DET DT det 2 the
campaign NOUN NN nsubj 8 campaign
is AUX VBZ ccomp 8 be
in ADP IN prep 3 in
panic NOUN NN pobj 4 panic
, PUNCT , punct 8 ,
” PUNCT '' punct 8 ”
said VERB VBD ROOT 8 say
Leslie PROPN NNP compound 10 Leslie
Wimes PROPN NNP nsubj 8 Wimes
. PUNCT . punct 8 .
""", ents=((9, 11, "PERSON"),))
    (quote,) = run(doc)
    assert (quote.text, quote.cue) == ("The campaign is in panic", "said")
    assert quote.speaker is not None and quote.speaker.name == "Leslie Wimes"


def test_of_two_subjects_the_one_next_to_the_verb_speaks() -> None:
    """ "LONDON (Reuters) – Jane Roe said …": the dateline parsed as a first subject."""
    doc = build("""
LONDON PROPN NNP nsubj 7 London
( PUNCT -LRB- punct 2 (
Reuters PROPN NNP appos 0 Reuters
) PUNCT -RRB- punct 0 )
– PUNCT : punct 0 –
Jane PROPN NNP compound 6 Jane
Roe PROPN NNP nsubj 7 Roe
said VERB VBD ROOT 7 say
prices NOUN NNS nsubj 9 price
rose VERB VBD ccomp 7 rise
sharply ADV RB advmod 9 sharply
. PUNCT . punct 7 .
""", ents=((0, 1, "GPE"), (2, 3, "ORG"), (5, 7, "PERSON")))
    (quote,) = run(doc)
    assert (quote.text, quote.cue) == ("prices rose sharply", "said")
    assert quote.speaker is not None and quote.speaker.name == "Jane Roe"


def test_a_quote_inside_the_clause_a_closing_cue_reports_is_that_cue_s() -> None:
    """ "“They have no choice at all” but to act quickly, says Evan Tracey.": the words after
    the mark hold a verb (no tail cue there), but "says" reports the whole clause."""
    doc = build("""
“ PUNCT `` punct 2 “
They PRON PRP nsubj 2 they
have VERB VBP ccomp 13 have
no DET DT det 4 no
choice NOUN NN dobj 2 choice
at ADP IN advmod 6 at
all ADV RB advmod 2 all
” PUNCT '' punct 2 ”
but CCONJ CC cc 2 but
to PART TO aux 10 to
act VERB VB conj 2 act
quickly ADV RB advmod 10 quickly
, PUNCT , punct 13 ,
says VERB VBZ ROOT 13 say
Evan PROPN NNP compound 15 Evan
Tracey PROPN NNP nsubj 13 Tracey
. PUNCT . punct 13 .
""", ents=((14, 16, "PERSON"),))
    direct = [q for q in run(doc) if q.direct]
    assert [(q.text, q.cue) for q in direct] == [("They have no choice at all", "says")]
    assert direct[0].speaker is not None and direct[0].speaker.name == "Evan Tracey"


def test_a_bare_attribution_after_a_finished_quote_names_its_speaker() -> None:
    """ "“We will find the emails.” Trump said.": a typo'd attribution after the full stop;
    "He said nothing." would take an object and is no attribution."""
    rows = """
Ann PROPN NNP compound 1 Ann
Cole PROPN NNP nsubj 2 Cole
spoke VERB VBD ROOT 2 speak
. PUNCT . punct 2 .
“ PUNCT `` punct 7 “
We PRON PRP nsubj 7 we
will AUX MD aux 7 will
find VERB VB ROOT 7 find
the DET DT det 9 the
emails NOUN NNS dobj 7 email
. PUNCT . punct 7 .
” PUNCT '' punct 7 ”
Trump PROPN NNP nsubj 13 Trump
said VERB VBD ROOT 13 say
. PUNCT . punct 13 .
"""
    doc = build(rows, ents=((0, 2, "PERSON"), (12, 13, "PERSON")))
    (quote,) = run(doc)
    assert (quote.text, quote.cue) == ("We will find the emails", "said")
    assert quote.speaker is not None and quote.speaker.name == "Trump"
    rows = rows.replace("said VERB VBD ROOT 13 say\n", "said VERB VBD ROOT 13 say\n"
                        "nothing PRON NN dobj 13 nothing\n").replace(". PUNCT . punct 13 .\n",
                                                                       ". PUNCT . punct 13 .\n")
    doc = build(rows, ents=((0, 2, "PERSON"), (12, 13, "PERSON")))
    (quote,) = run(doc)
    assert quote.cue is None and quote.speaker is not None
    assert quote.speaker.name == "Ann Cole"  # floating: the person the paragraph is about
