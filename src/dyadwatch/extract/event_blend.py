"""The sentence classifier the event extractor asks: the word model everywhere,
the transformer where the word model does not rule an event out.

The word model (`event_classifier`) costs microseconds a sentence; the
transformer (`minilm`) about 15 ms. Most news sentences hold no event, and the
word model says so with confidence: only the others are read again by the
transformer, and for those the two models' probabilities are blended.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from dyadwatch.errors import ModelError
from dyadwatch.extract.event_classifier import ranked_classes

__all__ = ["BlendedClassifier", "SentenceClassifier", "packaged_sentence_classifier"]

_log = logging.getLogger(__name__)
Ranking = list[tuple[str, float]]
# Calibrated on the events dev set (bench/events_dev.py) and the seeds.
GATE = 0.5
TRANSFORMER_WEIGHT = 0.5


class SentenceClassifier(Protocol):
    """Anything that ranks the event types of sentence texts."""

    @property
    def classes(self) -> tuple[str, ...]:
        """The labels ranked, NONE included."""
        ...

    def predict_many(self, texts: Sequence[str]) -> list[Ranking]:
        """Each text's classes with probabilities (summing to 1), most likely first."""
        ...


@dataclass(frozen=True)
class BlendedClassifier:
    """`words` for every sentence; where its NONE probability is below `gate`,
    `transformer_weight` of the transformer's probabilities blended in."""

    words: SentenceClassifier
    transformer: SentenceClassifier
    gate: float = GATE
    transformer_weight: float = TRANSFORMER_WEIGHT

    def __post_init__(self) -> None:
        if tuple(self.words.classes) != tuple(self.transformer.classes):
            raise ModelError("the word and transformer classifiers rank different classes")

    @property
    def classes(self) -> tuple[str, ...]:
        return tuple(self.words.classes)

    def predict_many(self, texts: Sequence[str]) -> list[Ranking]:
        ranked = self.words.predict_many(texts)
        open_rows = [i for i, ranking in enumerate(ranked)
                     if dict(ranking).get("NONE", 0.0) < self.gate]
        if not open_rows:
            return ranked
        read_again = self.transformer.predict_many([texts[i] for i in open_rows])
        weight = self.transformer_weight
        pairs = [(dict(ranked[row]), dict(again))
                 for row, again in zip(open_rows, read_again, strict=True)]
        mixed = np.array([[(1.0 - weight) * words.get(label, 0.0) + weight * again.get(label, 0.0)
                           for label in self.classes] for words, again in pairs])
        for row, blended in zip(open_rows, ranked_classes(mixed, self.classes), strict=True):
            ranked[row] = blended
        return ranked


def packaged_sentence_classifier(transformer: bool = True) -> SentenceClassifier:
    """The blend when the transformer's base model is installed; the word model
    alone when `transformer` is False, or, with a warning naming the missing
    piece, when the base model is not installed."""
    from dyadwatch.extract.event_classifier import EventTypeClassifier
    from dyadwatch.extract.minilm import MiniLMClassifier

    words = EventTypeClassifier.from_package()
    if not transformer:
        return words
    try:
        reader = MiniLMClassifier.from_package()
    except (ModelError, ImportError) as exc:
        _log.warning("event classifier: word model only (%s)", exc)
        return words
    return BlendedClassifier(words, reader)
