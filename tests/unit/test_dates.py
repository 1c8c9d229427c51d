"""Date expressions, the DateTracker and document dates on strings and hand-built Docs."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dyadwatch.extract.dates import DateTracker, document_dates, find_date_expressions
from dyadwatch.types import Document


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On June 28, 2024, the envoy spoke.", ("2024-06-28", "day")),
        ("On June 26 the minister met him.", ("2024-06-26", "day")),
        ("during the June 18-19 state visit", ("2024-06-18", "day")),
        ("on 5 June 2024 he said", ("2024-06-05", "day")),
        ("the 2016-2017 resolutions", ("2016", "year")),
        ("in March 2022 the talks", ("2022-03", "month")),
        ("signed in June", ("2024-06", "month")),
        ("the 140th anniversary of the treaty", ("1884", "year")),
        ("yesterday the ministry said", ("2024-08-06", "day")),
        ("on Tuesday the envoy left", ("2024-08-06", "day")),
        ("last month Seoul protested", ("2024-07", "month")),
        ("last year the sides agreed", ("2023", "year")),
        ("two weeks ago", ("2024-07", "month")),
    ],
)
def test_expressions_resolve_against_the_reference(text: str, expected: tuple[str, str]) -> None:
    found = [e for e in find_date_expressions(text, "2024-08-07") if not e.target]
    assert found and (found[0].date, found[0].precision) == expected


@pytest.mark.parametrize(
    "text", ["by 2020, trade is set to grow", "until 2030", "by the end of 2025"])
def test_targets_are_flagged(text: str) -> None:
    found = find_date_expressions(text, "2019-08")
    assert found and all(e.target for e in found)


def _doc(text: str) -> Doc:
    """A Doc with one sentence per line (blank lines separate paragraphs)."""
    words, spaces, starts = [], [], []
    for line in text.split("\n"):
        tokens = line.split(" ") if line else []
        for i, token in enumerate(tokens):
            words.append(token)
            spaces.append(i < len(tokens) - 1)
            starts.append(i == 0)
        words.append("\n")
        spaces.append(False)
        starts.append(False)
    return Doc(Vocab(), words=words, spaces=spaces, sent_starts=starts)


def _content_sents(doc: Doc) -> list:  # type: ignore[type-arg]
    return [s for s in doc.sents if s.text.strip()]


def test_tracker_carries_anchors_and_paragraphs() -> None:
    doc = _doc(
        "On June 26 the deputy minister met the ambassador .\n"
        "He criticised the June 18-19 visit .\n"
        "\n"
        "On the same day the spokeswoman spoke .\n"
        "\n"
        "She cited the 2016-2017 resolutions .\n"
        "\n"
        "The prime minister said the aid would change .\n"
        "\n"
        "Meanwhile , Seoul expanded its list .\n"
        "\n"
        "By 2030 trade is set to double ."
    )
    tracker = DateTracker("2024-08-07")
    dates = [tracker.date_for(s) for s in _content_sents(doc)]
    assert dates == [
        ("2024-06-26", "day"),
        ("2024-06-26", "day"),  # a date inside a noun phrase does not re-date the sentence
        ("2024-06-26", "day"),
        ("2024-06-26", "day"),  # "She" continues the narrative of the paragraph before
        (None, None),  # a new paragraph with no date expression
        ("2024-06", "month"),
        (None, None),  # a target is not an event date
    ]


def test_tracker_next_day_and_undated_reference() -> None:
    doc = _doc("Talks opened on 3 March 2023 .\n\nThe next day the sides agreed .\n\n"
               "On Friday it ended .")
    tracker = DateTracker(None)
    dates = [tracker.date_for(s) for s in _content_sents(doc)]
    assert dates == [("2023-03-03", "day"), ("2023-03-04", "day"), (None, None)]


def _document(text: str, published: str | None = None) -> Document:
    return Document("d1", text, text, "mem", "h", published=published)


def test_year_less_byline_takes_the_year_of_dated_facts() -> None:
    text = ("Title of the piece\n\nJane Doe, August 07\n\nOn June 28, 2024 the envoy spoke. "
            "On July 12, 2024 she answered.")
    published, _ = document_dates(_document(text), _doc(text))
    assert published == "2024-08-07"


def test_stated_published_is_kept() -> None:
    text = "Jane Doe, August 07\n\nOn June 28, 2024 the envoy spoke."
    assert document_dates(_document(text, "2024-08-09"), _doc(text))[0] == "2024-08-09"


def test_estimate_from_dated_facts_and_targets() -> None:
    dated = "Nothing stated.\n\nOn 5 June 2024 the president praised Seoul."
    published, estimate = document_dates(_document(dated), _doc(dated))
    assert published is None and estimate is not None and estimate.earliest == "2024-06"
    target = "Nothing stated.\n\nBy 2020, bilateral trade is set to increase."
    _, estimate = document_dates(_document(target), _doc(target))
    assert estimate is not None and estimate.latest == "2019-12"
    undated = "Nothing stated here at all."
    assert document_dates(_document(undated), _doc(undated)) == (None, None)


def test_estimate_from_offices_named_in_the_text() -> None:
    from dyadwatch.resolve.actors import ActorResolver

    resolver = ActorResolver.from_package()
    text = ("Nothing stated .\n\nSouth Korean President Moon Jae-in spoke .\n\n"
            "By 2020 , bilateral trade is set to double .")
    _, estimate = document_dates(_document(text), _doc(text), resolver)
    assert estimate is not None
    assert (estimate.earliest, estimate.latest) == ("2017-05", "2019-12")
    former = "Nothing stated .\n\nformer South Korean President Moon Jae-in spoke ."
    assert document_dates(_document(former), _doc(former), resolver) == (None, None)


def test_interval_reference_uses_its_end() -> None:
    found = find_date_expressions("On January 26 they met.", "2023-05/2024-02")
    assert [(e.date, e.precision) for e in found] == [("2024-01-26", "day")]


def test_year_less_date_after_the_reference_is_from_the_year_before() -> None:
    found = find_date_expressions("On December 20 they met, and in March they spoke.",
                                  "2024-02-10")
    assert [e.date for e in found] == ["2023-12-20", "2023-03"]


def test_year_less_byline_after_a_december_fact_is_the_next_year() -> None:
    text = "Jane Doe, January 05\n\nOn December 20, 2024 the envoy spoke."
    assert document_dates(_document(text), _doc(text))[0] == "2025-01-05"
