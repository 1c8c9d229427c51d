"""Parse features of the event-type classifier, on Docs built by hand (no model)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dyadwatch.extract.event_classifier import (
    CLASSES,
    NONE,
    EventTypeClassifier,
    TrainingOptions,
    fit_classifier,
)
from dyadwatch.extract.event_parse_features import PARSE_PREFIX, parse_features


def _doc(rows: list[tuple[str, int, str, str, str, str]]) -> Doc:
    """Rows of (word, head index, dep, lemma, pos, BIO entity tag)."""
    words, heads, deps, lemmas, pos, ents = (list(column) for column in zip(*rows, strict=True))
    return Doc(Vocab(), words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos, ents=ents)


def _features(rows: list[tuple[str, int, str, str, str, str]]) -> set[str]:
    doc = _doc(rows)
    names = parse_features(doc[:])
    assert all(name.startswith(PARSE_PREFIX) for name in names)
    return {name[len(PARSE_PREFIX):] for name in names}


URGED_TO_LIFT = [
    ("The", 1, "det", "the", "DET", "O"),
    ("minister", 2, "nsubj", "minister", "NOUN", "O"),
    ("urged", 2, "ROOT", "urge", "VERB", "O"),
    ("Iran", 2, "dobj", "Iran", "PROPN", "B-GPE"),
    ("to", 5, "aux", "to", "PART", "O"),
    ("lift", 2, "xcomp", "lift", "VERB", "O"),
    ("the", 7, "det", "the", "DET", "O"),
    ("curfew", 5, "dobj", "curfew", "NOUN", "O"),
    (".", 2, "punct", ".", "PUNCT", "O"),
]
LIFTED = [
    ("Iran", 1, "nsubj", "Iran", "PROPN", "B-GPE"),
    ("lifted", 1, "ROOT", "lift", "VERB", "O"),
    ("the", 3, "det", "the", "DET", "O"),
    ("curfew", 1, "dobj", "curfew", "NOUN", "O"),
    (".", 1, "punct", ".", "PUNCT", "O"),
]


def test_acting_verb_and_its_open_complement_are_told_apart() -> None:
    urged = _features(URGED_TO_LIFT)
    lifted = _features(LIFTED)
    assert {"root=urge", "root_obj=urge _GPE_", "xcomp=urge lift", "xverb=lift",
            "x_obj=lift curfew"} <= urged
    assert "root=lift" not in urged
    assert {"root=lift", "root_obj=lift curfew"} <= lifted
    assert not any(name.startswith("xcomp=") for name in lifted)


def test_to_clause_parsed_as_ccomp_counts_as_open_complement() -> None:
    rows = [(w, h, "ccomp" if w == "lift" else d, lem, p, e)
            for w, h, d, lem, p, e in URGED_TO_LIFT]
    assert "xcomp=urge lift" in _features(rows)


def test_speech_verb_with_clause_reports_the_clause_verb() -> None:
    features = _features([
        ("He", 1, "nsubj", "he", "PRON", "O"),
        ("said", 1, "ROOT", "say", "VERB", "O"),
        ("that", 4, "mark", "that", "SCONJ", "O"),
        ("rebels", 4, "nsubj", "rebel", "NOUN", "O"),
        ("attacked", 1, "ccomp", "attack", "VERB", "O"),
        ("the", 6, "det", "the", "DET", "O"),
        ("town", 4, "dobj", "town", "NOUN", "O"),
        (".", 1, "punct", ".", "PUNCT", "O"),
    ])
    assert {"root=say", "speech_ccomp", "reported_root=attack",
            "reported_root_obj=attack town"} <= features
    assert "root=attack" not in features


def test_negation_modal_and_entity_counts() -> None:
    features = _features([
        ("Iran", 3, "nsubj", "Iran", "PROPN", "B-GPE"),
        ("will", 3, "aux", "will", "AUX", "O"),
        ("not", 3, "neg", "not", "PART", "O"),
        ("lift", 3, "ROOT", "lift", "VERB", "O"),
        ("the", 5, "det", "the", "DET", "O"),
        ("curfew", 3, "dobj", "curfew", "NOUN", "O"),
        (".", 3, "punct", ".", "PUNCT", "O"),
    ])
    assert {"root_neg=lift", "modal=will", "modal_root=lift", "ent_GPE=1",
            "ent_PERSON=0"} <= features


def test_prepositional_objects_and_passive() -> None:
    met = _features([
        ("Leaders", 1, "nsubj", "leader", "NOUN", "O"),
        ("met", 1, "ROOT", "meet", "VERB", "O"),
        ("in", 1, "prep", "in", "ADP", "O"),
        ("Oslo", 2, "pobj", "Oslo", "PROPN", "B-GPE"),
        (".", 1, "punct", ".", "PUNCT", "O"),
    ])
    assert {"root_prep=meet in", "root_pobj=meet in _GPE_"} <= met
    killed = _features([
        ("Ten", 1, "nummod", "ten", "NUM", "O"),
        ("people", 3, "nsubjpass", "people", "NOUN", "O"),
        ("were", 3, "auxpass", "be", "AUX", "O"),
        ("killed", 3, "ROOT", "kill", "VERB", "O"),
        (".", 3, "punct", ".", "PUNCT", "O"),
    ])
    assert {"root=kill", "passive=kill"} <= killed


def test_parse_features_separate_what_words_alone_cannot() -> None:
    """The same words, told apart only by which verb is the root: words alone tie."""
    request, concede = _doc(URGED_TO_LIFT), _doc(LIFTED)
    texts = [request.text, concede.text] * 3
    labels = ["REQUEST", "CONCEDE"] * 3
    extra = [parse_features(request[:]), parse_features(concede[:])] * 3
    options = TrainingOptions(min_count=1, iterations=100, learning_rate=0.1)
    model = fit_classifier(texts, labels, options=options, extra_features=extra)
    assert model.header["parse_features"] is True
    ranked = model.predict_spans([request[:], concede[:]])
    assert [r[0][0] for r in ranked] == ["REQUEST", "CONCEDE"]
    assert sorted(label for label, _ in ranked[0]) == sorted(CLASSES)
    assert ranked[0][0][1] > ranked[0][1][1] and NONE in dict(ranked[1])


def test_extra_features_must_match_the_texts() -> None:
    with pytest.raises(ValueError, match="one extra feature list per text"):
        fit_classifier(["a b", "c d"], ["NONE", "AID"], extra_features=[["p:root=a"]])


def test_parse_scale_is_saved_and_changes_the_row_values(tmp_path: Path) -> None:
    request, concede = _doc(URGED_TO_LIFT), _doc(LIFTED)
    texts, labels = [request.text, concede.text], ["REQUEST", "CONCEDE"]
    extra = [parse_features(request[:]), parse_features(concede[:])]
    plain, scaled = (
        fit_classifier(texts, labels, extra_features=extra,
                       options=TrainingOptions(min_count=1, iterations=50, parse_scale=scale))
        for scale in (1.0, 3.0)
    )
    path = tmp_path / "scaled.npz"
    scaled.save(path)
    loaded = EventTypeClassifier.load(path)
    assert loaded.parse_scale == 3.0 and loaded.header["parse_scale"] == 3.0
    spans = [request[:], concede[:]]
    assert np.allclose(loaded.span_probabilities(spans), scaled.span_probabilities(spans),
                       atol=1e-2)
    assert not np.allclose(plain.span_probabilities(spans), scaled.span_probabilities(spans))
