"""Pairing quotation marks in raw text (no spaCy)."""

from __future__ import annotations

import pytest

from dyadwatch.extract.quote_marks import find_marked_spans, paragraph_bounds


def inner(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_marked_spans(text)]


@pytest.mark.parametrize("text, expected", [
    ("He said: “We will respond.” Then he left.", ["We will respond."]),
    ('She said: "We will respond." Then she left.', ["We will respond."]),
    ("Il a dit: «Nous répondrons.» Fin.", ["Nous répondrons."]),
    ("Er sagte: „Wir antworten.“ Ende.", ["Wir antworten."]),
    ("He called it ‘a big mistake’ on Monday.", ["a big mistake"]),
])
def test_every_mark_style_pairs(text: str, expected: list[str]) -> None:
    assert inner(text) == expected


def test_quote_spanning_sentences_is_one_span() -> None:
    text = "“First sentence. Second sentence,” she said."
    assert inner(text) == ["First sentence. Second sentence,"]


def test_quote_continued_over_paragraphs_is_one_span_per_paragraph() -> None:
    text = "“The first paragraph ends here.\n\n“The second goes on,” he said."
    first, second = find_marked_spans(text)
    assert text[first.start:first.end] == "The first paragraph ends here."
    assert not first.closed and not first.continuation
    assert text[second.start:second.end] == "The second goes on,"
    assert second.closed and second.continuation


def test_ggt_paragraph_separator_is_a_paragraph_break() -> None:
    text = "“One paragraph.\n .\n “Another one,” he said."
    first, second = find_marked_spans(text)
    assert text[second.start:second.end] == "Another one,"
    assert second.continuation
    assert len(paragraph_bounds(text)) == 2


def test_unclosed_final_mark_closes_at_the_end() -> None:
    text = "Written exclusively for the magazine “New Eastern Outlook"
    (span,) = find_marked_spans(text)
    assert text[span.start:span.end] == "New Eastern Outlook"
    assert not span.closed


def test_unclosed_mark_does_not_swallow_the_next_paragraph() -> None:
    text = "He wrote “something odd.\nA new paragraph with “a real quote” in it."
    assert inner(text) == ["something odd.", "a real quote"]


def test_space_before_the_closing_mark() -> None:
    text = "Observers said “Seoul must act. ” It was noted."
    assert inner(text) == ["Seoul must act. "]


def test_apostrophes_are_not_quotes() -> None:
    text = "The country’s leaders and the Koreans’ cars don’t matter."
    assert inner(text) == []


def test_single_marks_inside_double_quotes_are_nested() -> None:
    text = "He said “under the pretext of the ‘North Korean threat’ they act.”"
    assert inner(text) == ["under the pretext of the ‘North Korean threat’ they act."]


def test_straight_marks_alternate_open_and_close() -> None:
    text = '"It\'s nice to be back," said Karlsson. "It was unjustified."'
    assert inner(text) == ["It's nice to be back,", "It was unjustified."]


def test_stray_closing_mark_is_skipped() -> None:
    text = "A stray ” mark, then “a quote” here."
    assert inner(text) == ["a quote"]


def test_two_apostrophes_are_one_double_mark() -> None:
    text = "''We can't wait,'' said Ortiz. He called it ''a start.'' It isn't over."
    assert inner(text) == ["We can't wait,", "a start."]


def test_apostrophes_in_words_do_not_pair() -> None:
    text = "The rivals' plans and the members' votes were counted."
    assert inner(text) == []
