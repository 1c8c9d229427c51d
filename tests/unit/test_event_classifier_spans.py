"""The packaged event-type classifier on sentences parsed by the project's model."""

from __future__ import annotations

import math
from typing import Any

import pytest

from dyadwatch.extract.event_classifier import CLASSES, NONE, EventTypeClassifier

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Any:
    import spacy

    from dyadwatch.config import MODEL_NAME

    return spacy.load(MODEL_NAME)


@pytest.fixture(scope="module")
def packaged() -> EventTypeClassifier:
    return EventTypeClassifier.from_package()


def _rank(nlp: Any, clf: EventTypeClassifier, texts: list[str]) -> list[list[tuple[str, float]]]:
    spans = [next(iter(doc.sents)) for doc in nlp.pipe(texts)]
    return clf.predict_spans(spans)


def _top_type(ranking: list[tuple[str, float]]) -> str:
    return next(label for label, _ in ranking if label != NONE)


# Written for this test (not from any corpus).
SPAN_CASES = [
    ("Artillery shelled the northern town overnight, killing eight civilians.", "ASSAULT"),
    ("Thousands of teachers went on strike and marched through the capital.", "PROTEST"),
    ("The ministry accused Norway of spying on its diplomats.", "ACCUSE"),
    ("The foreign minister urged Chile to release the detained sailors.", "REQUEST"),
    ("Ghana sent tonnes of food and medicine to the flood victims.", "AID"),
    ("The two presidents met in Oslo to discuss trade.", "CONSULT"),
    ("The government rejected the rebels' offer of talks.", "REJECT"),
    ("Brazil imposed sanctions on three officials and froze their assets.", "SANCTION"),
    ("Police arrested forty opposition activists at dawn.", "COERCE"),
]


@pytest.mark.parametrize(("text", "expected"), SPAN_CASES)
def test_predict_spans_classifies_clear_cases(
    nlp: Any, packaged: EventTypeClassifier, text: str, expected: str
) -> None:
    assert _top_type(_rank(nlp, packaged, [text])[0]) == expected


def test_predict_spans_returns_sorted_distributions(
    nlp: Any, packaged: EventTypeClassifier
) -> None:
    rankings = _rank(nlp, packaged, ["Rebels attacked a convoy.", "The lake is deep."])
    for ranking in rankings:
        assert sorted(label for label, _ in ranking) == sorted(CLASSES)
        probabilities = [p for _, p in ranking]
        assert probabilities == sorted(probabilities, reverse=True)
        assert math.isclose(sum(probabilities), 1.0, abs_tol=1e-4)
    assert packaged.predict_spans([]) == []


def test_the_acting_verb_decides_not_its_complement(
    nlp: Any, packaged: EventTypeClassifier
) -> None:
    urged, lifted = _rank(nlp, packaged, [
        "The envoy urged Peru to lift the curfew in the southern provinces.",
        "Peru lifted the curfew in the southern provinces on Monday.",
    ])
    assert _top_type(urged) == "REQUEST"
    assert dict(urged)["REQUEST"] > dict(lifted)["REQUEST"]


def test_predict_many_with_a_pipeline_parses_the_text(
    nlp: Any, packaged: EventTypeClassifier
) -> None:
    text = "The foreign minister urged Chile to release the detained sailors."
    with_parse = packaged.predict_many([text], nlp=nlp)[0]
    assert with_parse == _rank(nlp, packaged, [text])[0]
    assert _top_type(packaged.predict(text)) == _top_type(with_parse) == "REQUEST"
