"""Sentence-level PLOVER event-type classifier: features, training, artefact, packaged model."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from dyadwatch.errors import ModelError
from dyadwatch.extract.event_classifier import (
    CLASSES,
    FORMAT_VERSION,
    NONE,
    QUAD_OF_TYPE,
    EventTypeClassifier,
    TrainingOptions,
    featurize,
    fit_classifier,
    quad_of_prediction,
    tokenize,
)
from dyadwatch.types import PLOVER_TYPES

LOWER = frozenset({"the", "government", "agreed", "to", "talks", "foreign", "minister"})


def test_names_become_one_placeholder_and_known_words_are_lowercased() -> None:
    tokens = tokenize("The Kenyan Foreign Minister Amina Otieno agreed to talks.", LOWER)
    assert tokens == ["the", "_cap_", "foreign", "minister", "_cap_", "agr", "to", "talk"]


def test_numbers_quotes_and_possessives() -> None:
    tokens = tokenize("Peru's army killed 12 people, “officials” said?", frozenset())
    assert tokens[:3] == ["_cap_", "army", "kill"]
    assert "_num_" in tokens and "_quote_" in tokens and tokens[-1] == "?"


def test_inflections_share_a_stem() -> None:
    stems = {tokenize(word, frozenset())[0] for word in ("attacked", "attacks", "attacking")}
    agree_forms = ("agree", "agreed", "agrees", "agreeing")
    assert {tokenize(w, frozenset())[0] for w in agree_forms} == {"agr"}
    assert stems == {"attack"}
    assert tokenize("accused", frozenset()) == tokenize("accuses", frozenset())


def test_featurize_has_unigrams_bigrams_early_words_and_length() -> None:
    features = featurize(["_cap_", "attack", "town"])
    assert {"u:attack", "b:<s> _cap_", "b:attack town", "e:attack", "len:0"} <= set(features)


def test_quad_mapping_covers_every_class_with_plover_quads() -> None:
    assert set(QUAD_OF_TYPE) == set(CLASSES) == {NONE, *PLOVER_TYPES}
    assert QUAD_OF_TYPE[NONE] == 0
    assert [t for t, q in QUAD_OF_TYPE.items() if q == 2] == ["COOPERATE", "AID", "RETREAT"]
    assert quad_of_prediction([("ASSAULT", 0.4), ("NONE", 0.35), ("PROTEST", 0.25)]) == 4
    assert quad_of_prediction([("NONE", 0.5), ("ASSAULT", 0.3), ("AGREE", 0.2)]) == 0


TINY = [
    ("Rebels attacked the village and killed ten people.", "ASSAULT"),
    ("Troops attacked a convoy and killed two drivers.", "ASSAULT"),
    ("Gunmen attacked the police post.", "ASSAULT"),
    ("Thousands marched in a protest against the law.", "PROTEST"),
    ("Students marched in protest over fees.", "PROTEST"),
    ("Workers marched to protest the closure.", "PROTEST"),
    ("The river is long and wide.", NONE),
    ("The city is home to many people.", NONE),
    ("The weather is mild in spring.", NONE),
]


def _tiny_model() -> EventTypeClassifier:
    texts, labels = zip(*TINY, strict=True)
    options = TrainingOptions(min_count=1, iterations=150, learning_rate=0.1)
    return fit_classifier(list(texts), list(labels), options=options)


def test_training_smoke_learns_a_tiny_dataset() -> None:
    model = _tiny_model()
    assert model.predict("Militants attacked a town and killed five.")[0][0] == "ASSAULT"
    assert model.predict("Farmers marched in protest.")[0][0] == "PROTEST"
    assert model.predict("The lake is wide and deep.")[0][0] == NONE


def test_training_is_deterministic() -> None:
    first, second = _tiny_model(), _tiny_model()
    assert np.array_equal(first.weights, second.weights)


def test_training_rejects_unknown_labels() -> None:
    with pytest.raises(ValueError, match="unknown labels"):
        fit_classifier(["a b c"], ["FIGHT"])


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    model = _tiny_model()
    path = tmp_path / "model.npz"
    model.save(path, {"trained": "test"})
    loaded = EventTypeClassifier.load(path)
    assert loaded.header["trained"] == "test"
    text = "Rebels attacked a town."
    expected = dict(model.predict(text))
    for label, probability in loaded.predict(text):
        # Weights are stored as float16: a small rounding difference is expected.
        assert probability == pytest.approx(expected[label], abs=1e-2)


def test_missing_artefact_raises_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="not found"):
        EventTypeClassifier.load(tmp_path / "absent.npz")


def test_corrupt_artefact_raises_model_error(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.npz"
    path.write_bytes(b"PK\x03\x04 this is not a real archive")
    with pytest.raises(ModelError, match="unreadable"):
        EventTypeClassifier.load(path)


def test_artefact_with_other_classes_raises_model_error(tmp_path: Path) -> None:
    model = _tiny_model()
    path = tmp_path / "model.npz"
    model.save(path)
    with np.load(path) as data:
        arrays = {name: data[name] for name in data.files}
    arrays["header"] = np.array(['{"format_version": 1, "classes": ["NONE", "FIGHT"]}'])
    np.savez(path, **arrays)
    with pytest.raises(ModelError, match="classes"):
        EventTypeClassifier.load(path)


@pytest.fixture(scope="module")
def packaged() -> EventTypeClassifier:
    return EventTypeClassifier.from_package()


def test_packaged_model_returns_all_classes_sorted_summing_to_one(
    packaged: EventTypeClassifier,
) -> None:
    result = packaged.predict("Police fired tear gas at demonstrators in the capital.")
    assert sorted(label for label, _ in result) == sorted(CLASSES)
    probabilities = [p for _, p in result]
    assert probabilities == sorted(probabilities, reverse=True)
    assert math.isclose(sum(probabilities), 1.0, abs_tol=1e-4)
    assert packaged.predict_many([]) == []
    assert packaged.predict("")[0][1] > 0  # no features: still a distribution


def test_packaged_model_header_documents_training(packaged: EventTypeClassifier) -> None:
    assert packaged.header["format_version"] in (1, FORMAT_VERSION)
    assert packaged.header["training_data"]
    assert packaged.header["trained"]


# Written for this test (not from any corpus): one clear sentence per family.
CLEAR_CASES = [
    ("Artillery shelled the northern town overnight, killing eight civilians.", "ASSAULT"),
    ("Thousands of teachers went on strike and marched through the capital.", "PROTEST"),
    ("The ministry accused Norway of spying on its diplomats.", "ACCUSE"),
    ("The opposition threatened to boycott parliament unless the law is withdrawn.",
     "THREATEN"),
    ("The foreign minister urged Chile to release the detained sailors.", "REQUEST"),
    ("Ghana sent tonnes of food and medicine to the flood victims.", "AID"),
    ("The two presidents met in Oslo to discuss trade.", "CONSULT"),
    ("The government rejected the rebels' offer of talks.", "REJECT"),
    ("Brazil imposed sanctions on three officials and froze their assets.", "SANCTION"),
    ("Police arrested forty opposition activists at dawn.", "COERCE"),
]


@pytest.mark.parametrize(("text", "expected"), CLEAR_CASES)
def test_packaged_model_classifies_clear_cases(
    packaged: EventTypeClassifier, text: str, expected: str
) -> None:
    top = [label for label, _ in packaged.predict(text) if label != NONE][0]
    assert top == expected


def test_packaged_model_gives_background_a_lower_event_score(
    packaged: EventTypeClassifier,
) -> None:
    background = dict(packaged.predict("The country has a population of about nine million."))
    event = dict(packaged.predict("Soldiers opened fire on a crowd, killing twelve people."))
    assert background[NONE] > event[NONE]
    assert event["ASSAULT"] > 0.5


def test_version_one_artefacts_still_load_and_unknown_versions_do_not(tmp_path: Path) -> None:
    model = _tiny_model()
    path = tmp_path / "model.npz"
    model.save(path)
    with np.load(path) as data:
        arrays = {name: data[name] for name in data.files}
    for version, loads in ((1, True), (FORMAT_VERSION, True), (FORMAT_VERSION + 1, False)):
        header = {"format_version": version, "classes": list(CLASSES)}
        arrays["header"] = np.array([json.dumps(header)])
        np.savez(path, **arrays)
        if loads:
            assert EventTypeClassifier.load(path).predict("Rebels attacked a town.")
        else:
            with pytest.raises(ModelError, match="format"):
                EventTypeClassifier.load(path)
