"""Custom pipeline components, on Docs built by hand (no model)."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from dyadwatch.nlp.components import line_break_starts, mark_line_breaks


def _doc() -> Doc:
    words = ["Talks", "in", "Oslo", "\n\n", "By", "Ann", "Lee", "\n", "Ministers", "met", "."]
    spaces = [True, True, False, False, True, True, False, False, True, False, False]
    return Doc(Vocab(), words=words, spaces=spaces)


def test_a_token_after_a_line_break_starts_a_sentence() -> None:
    assert line_break_starts(_doc()) == [4, 8]


def test_the_component_sets_the_starts_and_nothing_else() -> None:
    doc = mark_line_breaks(_doc())
    assert [t.i for t in doc if t.is_sent_start] == [0, 4, 8]


def test_no_line_break_no_change() -> None:
    doc = Doc(Vocab(), words=["A", "met", "B", "."], spaces=[True, True, False, False])
    assert line_break_starts(doc) == []
