"""Quote rules on Docs built by hand (no model): cues, attribution, scare quotes,
floating and mixed quotes, indirect patterns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

import pytest
import spacy
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from dyadwatch.extract.context import ExtractionContext
from dyadwatch.extract.quotes import extract_quotes
from dyadwatch.resolve.actors import ActorResolver
from dyadwatch.types import Actor, Document, Quote

_NO_SPACE_BEFORE = {",", ".", "”", ":"}
# English lexical attributes (is_punct, is_alpha...) without loading a model.
VOCAB: Vocab = spacy.blank("en").vocab


def build(rows: str, ents: tuple[tuple[int, int, str], ...] = ()) -> Doc:
    """One token a line: WORD POS TAG DEP HEAD LEMMA (HEAD is an absolute index)."""
    parts = [line.split() for line in rows.strip().splitlines()]
    words = [p[0] for p in parts]
    spaces = [not (w == "“" or (i + 1 < len(words) and words[i + 1] in _NO_SPACE_BEFORE))
              for i, w in enumerate(words)]
    spaces[-1] = False
    doc = Doc(VOCAB, words=words, spaces=spaces, pos=[p[1] for p in parts],
              tags=[p[2] for p in parts], deps=[p[3] for p in parts],
              heads=[int(p[4]) for p in parts], lemmas=[p[5] for p in parts])
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


@dataclass
class FakeActors:
    """The part of ActorResolver that speakers use, with a two-person dictionary."""

    genders: dict[str, str]

    def resolve_text(self, text: str, when: str | None = None) -> Actor | None:
        codes = {"russia": "RUS", "seoul": "KOR", "moscow": "RUS", "russian": "RUS"}
        code = codes.get(text.strip().lower())
        return Actor(text=text, country=code, kind="country") if code else None

    def resolve_span(self, span: object, when: str | None = None) -> Actor | None:
        return self.resolve_text(str(span), when)

    def person(self, name: str, when: str | None = None) -> Actor | None:
        return None

    def gender(self, name: str) -> str | None:
        return self.genders.get(name)


def fake_actors(genders: dict[str, str]) -> ActorResolver:
    """The fake, typed as the resolver it stands in for."""
    return cast(ActorResolver, FakeActors(genders))


def run(doc: Doc, genders: dict[str, str] | None = None) -> list[Quote]:
    document = Document(doc_id="t", text=doc.text, clean_text=doc.text, source="test",
                        content_hash="0")
    context = ExtractionContext(document, fake_actors(genders or {}), "2024-07-01")
    return extract_quotes(doc, context)


TAIL_AND_FLOATING = """
Maria PROPN NNP compound 1 Maria
Zakharova PROPN NNP nsubj 2 Zakharova
spoke VERB VBD ROOT 2 speak
. PUNCT . punct 2 .
“ PUNCT `` punct 11 “
We PRON PRP nsubj 7 we
will AUX MD aux 7 will
respond VERB VB ccomp 11 respond
, PUNCT , punct 11 ,
” PUNCT '' punct 11 ”
she PRON PRP nsubj 11 she
said VERB VBD ROOT 11 say
. PUNCT . punct 11 .
“ PUNCT `` punct 16 “
Our PRON PRP$ poss 15 our
patience NOUN NN nsubj 16 patience
has VERB VBZ ROOT 16 have
its PRON PRP$ poss 18 its
limits NOUN NNS dobj 16 limit
. PUNCT . punct 16 .
” PUNCT '' punct 16 ”
"""


def test_cue_after_the_quote_with_a_pronoun_and_a_floating_quote() -> None:
    """After a full stop the second quoted sentence is a quote of its own (floating)."""
    doc = build(TAIL_AND_FLOATING, ents=((0, 2, "PERSON"),))
    first, second = run(doc)
    assert (first.text, first.direct, first.cue) == ("We will respond", True, "said")
    assert first.speaker is not None and first.speaker.text == "she"
    assert first.speaker.name == "Maria Zakharova"
    assert doc.text[first.start:first.end] == first.text
    assert second.text == "Our patience has its limits"
    assert second.speaker is not None and second.speaker.name == "Maria Zakharova"
    assert second.cue is None
    assert first.quote_id == f"t:q:{first.start}-{first.end}"


def test_quote_interrupted_by_its_cue_in_one_sentence_is_one_quote() -> None:
    rows = TAIL_AND_FLOATING.strip().splitlines()
    rows[12] = ", PUNCT , punct 11 ,"  # “We will respond,” she said, “our patience …”
    doc = build("\n".join(rows), ents=((0, 2, "PERSON"),))
    (quote,) = run(doc)
    assert quote.text == "We will respond,” she said, “Our patience has its limits"
    assert (quote.direct, quote.cue) == (True, "said")
    assert quote.speaker is not None and quote.speaker.name == "Maria Zakharova"
    assert doc.text[quote.start:quote.end] == quote.text


def test_said_that_gives_an_indirect_quote() -> None:
    doc = build("""
Cho PROPN NNP nsubj 1 Cho
said VERB VBD ROOT 1 say
that SCONJ IN mark 4 that
Russia PROPN NNP nsubj 4 Russia
is AUX VBZ ccomp 1 be
a DET DT det 6 a
partner NOUN NN attr 4 partner
. PUNCT . punct 1 .
""", ents=((0, 1, "PERSON"),))
    (quote,) = run(doc)
    assert (quote.text, quote.direct, quote.cue) == ("Russia is a partner", False, "said")
    assert quote.speaker is not None and quote.speaker.name == "Cho"


def test_according_to_gives_an_unnamed_speaker() -> None:
    doc = build("""
According VERB VBG prep 5 accord
to ADP IN prep 0 to
analysts NOUN NNS pobj 1 analyst
, PUNCT , punct 5 ,
Seoul PROPN NNP nsubj 5 Seoul
is AUX VBZ ROOT 5 be
cautious ADJ JJ acomp 5 cautious
. PUNCT . punct 5 .
""")
    (quote,) = run(doc)
    assert (quote.text, quote.direct, quote.cue) == ("Seoul is cautious", False, "according to")
    assert quote.speaker is not None
    # No proper name: named by its own words, and not a person.
    assert (quote.speaker.text, quote.speaker.name) == ("analysts", "analysts")
    assert quote.speaker.kind != "person"


def test_speaker_named_after_the_content() -> None:
    doc = build("""
Moscow PROPN NNP nsubj 1 Moscow
values VERB VBZ ROOT 1 value
dialogue NOUN NN dobj 1 dialogue
with ADP IN prep 2 with
Seoul PROPN NNP pobj 3 Seoul
. PUNCT . punct 1 .
This DET DT det 7 this
stance NOUN NN nsubjpass 9 stance
was AUX VBD auxpass 9 be
conveyed VERB VBN ROOT 9 convey
by ADP IN agent 9 by
Ivan PROPN NNP compound 12 Ivan
Petrov PROPN NNP pobj 10 Petrov
. PUNCT . punct 9 .
""", ents=((11, 13, "PERSON"),))
    (quote,) = run(doc)
    assert (quote.text, quote.direct, quote.cue) == ("Moscow values dialogue with Seoul", False,
                                                    "conveyed")
    assert quote.speaker is not None and quote.speaker.name == "Ivan Petrov"


def test_scare_quote_is_not_a_quote() -> None:
    doc = build("""
Certain ADJ JJ amod 2 certain
“ PUNCT `` punct 2 “
hotheads NOUN NNS nsubj 5 hothead
” PUNCT '' punct 2 ”
are AUX VBP aux 5 be
suggesting VERB VBG ROOT 5 suggest
impeachment NOUN NN dobj 5 impeachment
. PUNCT . punct 5 .
""")
    assert run(doc) == []


MIXED = """
Putin PROPN NNP nsubj 1 Putin
said VERB VBD ROOT 1 say
that SCONJ IN mark 5 that
Seoul PROPN NNP nsubj 5 Seoul
will AUX MD aux 5 will
make VERB VB ccomp 1 make
a DET DT det 9 a
“ PUNCT `` punct 9 “
big ADJ JJ amod 9 big
mistake NOUN NN dobj 5 mistake
” PUNCT '' punct 9 ”
. PUNCT . punct 1 .
"""


def test_fragment_inside_reported_speech_is_emitted_twice() -> None:
    doc = build(MIXED, ents=((0, 1, "PERSON"),))
    quotes = run(doc)
    assert [(q.text, q.direct) for q in quotes] == [
        ("Seoul will make a “big mistake", False), ("big mistake", True)]
    assert all(q.speaker is not None and q.speaker.name == "Putin" for q in quotes)
    assert all(q.cue == "said" for q in quotes)


def test_a_single_quoted_word_inside_reported_speech_is_the_clause_only() -> None:
    rows = MIXED.strip().splitlines()
    del rows[8]  # Putin said that Seoul will make a “mistake”.
    rows = [r if i < 8 else " ".join(r.split()[:4] + [str(int(r.split()[4]) - (
        1 if int(r.split()[4]) > 8 else 0))] + r.split()[5:]) for i, r in enumerate(rows)]
    doc = build("\n".join(rows), ents=((0, 1, "PERSON"),))
    assert [(q.text, q.direct) for q in run(doc)] == [("Seoul will make a “mistake", False)]


@pytest.mark.parametrize("genders, expected", [({}, "Maria Zakharova"),
                                               ({"Maria Zakharova": "m"}, None)])
def test_pronoun_respects_known_gender(genders: dict[str, str], expected: str | None) -> None:
    doc = build(TAIL_AND_FLOATING, ents=((0, 2, "PERSON"),))
    first = run(doc, genders)[0]
    assert first.speaker is not None and first.speaker.name == expected
