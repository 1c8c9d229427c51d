"""Sentence-level PLOVER event-type classifier: "NONE" plus the 16 PLOVER types.

A bag of light-stemmed words and word bigrams, scored by a multinomial logistic
regression. Everything is plain numpy: the weights ship as a small `.npz` in
the package data (see `training/event_classifier/README.md` for how it is
trained and on what), and nothing is loaded at import time.

Names are not features: a capitalised word whose lower-case form the training
text never used (country, person, organisation names) becomes the placeholder
`_cap_`, so the model learns verbs and nouns of action, not who did them.

    clf = EventTypeClassifier.from_package()
    clf.predict_spans(list(doc.sents))  # best: words + dependency-parse features
    clf.predict("Protesters marched on the embassy.")  # [("PROTEST", 0.9), ...]

Two ways in. `predict_spans(spans)` reads parsed sentence spans and adds the
parse features of `event_parse_features` (main verb, its object, open
complements, reported speech, modals) to the word features: this is what a
format-2 model (`training/event_classifier/train.py`) is trained for; on a
format-1 model (words only, the artefact still packaged: see the training
README for why) the parse features are unknown and ignored, so `predict_spans`
equals `predict_many` on the span texts. `predict(text)` / `predict_many(texts)` take raw
text: given an `nlp` pipeline they parse it and use `predict_spans` on the whole
text; without one they use word features only (the parse features are then
simply absent, which costs some accuracy).
"""

from __future__ import annotations

import json
import math
import re
import zipfile
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from dyadwatch.errors import ModelError
from dyadwatch.extract.event_parse_features import PARSE_PREFIX, parse_features
from dyadwatch.types import PLOVER_TYPES

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span

    from dyadwatch.extract.event_blend import SentenceClassifier

__all__ = [
    "ARTIFACT_NAME",
    "CLASSES",
    "FORMAT_VERSION",
    "NONE",
    "QUAD_OF_TYPE",
    "EventTypeClassifier",
    "SentenceBeliefs",
    "TrainingOptions",
    "featurize",
    "fit_classifier",
    "quad_of_prediction",
    "ranked_classes",
    "softmax",
    "tokenize",
]

NONE = "NONE"
CLASSES: tuple[str, ...] = (NONE, *PLOVER_TYPES)
# PLOVER's quad categories (the order of the types in the PLOVER codebook):
# 0 no event, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
# 4 material conflict. CONCEDE is verbal and RETREAT material, as in PLOVER
# (CAMEO put both under its material "yield" root).
QUAD_OF_TYPE: dict[str, int] = {
    NONE: 0,
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
ARTIFACT_NAME = "event_classifier.npz"
# 2: may hold parse features ("p:..."); version-1 artefacts (words only) still load.
FORMAT_VERSION = 2
_READABLE_VERSIONS = (1, 2)

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d[\d.,:]*|[\"“”?]")
_CAP = "_cap_"
_NUM = "_num_"
_QUOTE = "_quote_"
# Light suffix stripping; the order matters (longest first).
_SUFFIXES: tuple[tuple[str, str, int], ...] = (
    # (suffix, replacement, minimum stem length left)
    ("ies", "y", 3), ("ied", "y", 3), ("ing", "", 4), ("ed", "", 4),
    ("es", "", 4), ("s", "", 3), ("ly", "", 4),
)


def _stem(word: str) -> str:
    """A crude stemmer: 'attacked', 'attacks', 'attacking' -> 'attack'."""
    if word.endswith(("ss", "us", "is")) or not word.isalpha():
        return word
    for suffix, replacement, min_left in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= min_left:
            return _drop_final_e(word[: -len(suffix)] + replacement)
    return _drop_final_e(word)


def _drop_final_e(stem: str) -> str:
    """'agree', 'agreed' (-> 'agre'), 'agreeing' (-> 'agree') all become 'agr'."""
    trimmed = stem.rstrip("e")
    return trimmed if len(trimmed) >= 3 else stem


def tokenize(text: str, lower_words: frozenset[str] | set[str]) -> list[str]:
    """Normalised tokens: lower-cased, stemmed, names and numbers as placeholders.

    `lower_words` are words the training text used in lower case; a capitalised
    word outside it is a name. A run of names collapses into one placeholder.
    """
    tokens: list[str] = []
    for raw in _TOKEN.findall(text):
        if raw[0].isdigit():
            token = _NUM
        elif raw in "\"“”":
            token = _QUOTE
        elif raw == "?":
            token = "?"
        else:
            lower = raw.lower().replace("’", "'")
            if lower.endswith("'s"):
                lower = lower[:-2]
            is_name = raw[0].isupper() and lower not in lower_words
            token = _CAP if is_name else _stem(lower)
        if token == _CAP and tokens and tokens[-1] == _CAP:
            continue
        tokens.append(token)
    return tokens


# Words this close to the start of a sentence get an extra feature: in news the
# main verb (what happened) usually comes right after the subject.
EARLY_TOKENS = 8


def featurize(tokens: Sequence[str]) -> list[str]:
    """Unigram and bigram feature names, early-word features and a length bucket."""
    features = [f"u:{token}" for token in tokens]
    features.extend(f"e:{token}" for token in tokens[:EARLY_TOKENS])
    padded = ["<s>", *tokens]
    features.extend(f"b:{a} {b}" for a, b in zip(padded, padded[1:], strict=False))
    features.append(f"len:{min(len(tokens) // 10, 5)}")
    return features


@dataclass(frozen=True)
class TrainingOptions:
    """Hyper-parameters of `fit_classifier` (the defaults are the packaged model's)."""

    min_count: int = 2  # a feature must occur in this many training texts
    l2: float = 3e-6  # L2 penalty per weight, relative to the mean loss (chosen on held-out)
    iterations: int = 300  # full-batch Adam steps
    learning_rate: float = 0.05
    seed: int = 13
    # Value of a parse feature relative to a word feature (before the row's L2
    # norm): a sentence has a few parse features against dozens of word ones.
    parse_scale: float = 1.0


@dataclass(frozen=True, eq=False)
class EventTypeClassifier:
    """Multinomial logistic regression over hashed-free, vocabulary features."""

    vocabulary: Mapping[str, int]
    weights: FloatArray  # (n_features, n_classes)
    bias: FloatArray  # (n_classes,)
    lower_words: frozenset[str]
    classes: tuple[str, ...] = CLASSES
    header: Mapping[str, Any] = field(default_factory=dict)
    parse_scale: float = 1.0  # see TrainingOptions.parse_scale

    @classmethod
    def from_package(cls) -> EventTypeClassifier:
        """The model shipped in `dyadwatch/data/models/`."""
        resource = resources.files("dyadwatch") / "data" / "models" / ARTIFACT_NAME
        with resources.as_file(resource) as path:
            return cls.load(path)

    @classmethod
    def load(cls, path: Path) -> EventTypeClassifier:
        """Read an artefact written by `save`; ModelError when missing or corrupt."""
        if not path.is_file():
            raise ModelError(f"event classifier artefact not found: {path}")
        try:
            with np.load(path, allow_pickle=False) as data:
                header = json.loads(str(data["header"][0]))
                features = [str(name) for name in data["features"]]
                lower = frozenset(str(word) for word in data["lower_words"])
                weights = np.asarray(data["weights"], dtype=np.float32)
                bias = np.asarray(data["bias"], dtype=np.float32)
        except (OSError, ValueError, KeyError, zipfile.BadZipFile, json.JSONDecodeError) as exc:
            raise ModelError(f"event classifier artefact {path} is unreadable: {exc}") from exc
        classes = tuple(header.get("classes", ()))
        if header.get("format_version") not in _READABLE_VERSIONS or classes != CLASSES:
            raise ModelError(
                f"event classifier artefact {path} has format "
                f"{header.get('format_version')!r} / classes {classes!r}; "
                f"expected format {FORMAT_VERSION} with {len(CLASSES)} classes"
            )
        if weights.shape != (len(features), len(classes)) or bias.shape != (len(classes),):
            raise ModelError(f"event classifier artefact {path}: weight shapes do not match")
        vocabulary = {name: index for index, name in enumerate(features)}
        scale = float(header.get("parse_scale", 1.0))
        return cls(vocabulary, weights, bias, lower, classes, header, scale)

    def save(self, path: Path, header: Mapping[str, Any] | None = None) -> None:
        """Write the artefact (weights as float16: the model is a few MB at most)."""
        full_header = {**self.header, **(header or {})}
        full_header.update(format_version=FORMAT_VERSION, classes=list(self.classes),
                           parse_scale=self.parse_scale)
        features = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            np.savez_compressed(
                handle,
                header=np.array([json.dumps(full_header, sort_keys=True)]),
                features=np.array(features),
                lower_words=np.array(sorted(self.lower_words)),
                weights=self.weights.astype(np.float16),
                bias=self.bias.astype(np.float32),
            )

    def predict(self, text: str) -> list[tuple[str, float]]:
        """All classes with their probabilities (summing to 1), most likely first."""
        return self.predict_many([text])[0]

    def predict_many(
        self, texts: Sequence[str], nlp: Language | None = None
    ) -> list[list[tuple[str, float]]]:
        """`predict` for many texts; with `nlp`, each text is parsed (see the module doc)."""
        if nlp is not None:
            docs = nlp.pipe(texts, batch_size=64)
            return self.predict_spans([doc[:] for doc in docs])
        return ranked_classes(self.probabilities(texts), self.classes)

    def predict_spans(self, spans: Sequence[Span]) -> list[list[tuple[str, float]]]:
        """All classes with probabilities for each parsed span (a sentence), best first."""
        return ranked_classes(self.span_probabilities(spans), self.classes)

    def probabilities(self, texts: Sequence[str]) -> FloatArray:
        """(len(texts), n_classes) probabilities in `self.classes` order, word features."""
        return self.feature_probabilities([self.word_features(text) for text in texts])

    def span_probabilities(self, spans: Sequence[Span]) -> FloatArray:
        """(len(spans), n_classes) probabilities from word and parse features."""
        return self.feature_probabilities(
            [self.word_features(span.text) + parse_features(span) for span in spans]
        )

    def word_features(self, text: str) -> list[str]:
        """The word feature names of a text under this model's lower-case vocabulary."""
        return featurize(tokenize(text, self.lower_words))

    def feature_probabilities(self, feature_lists: Sequence[Sequence[str]]) -> FloatArray:
        """Probabilities from feature names (word features + parse features), per row."""
        if not feature_lists:
            return np.zeros((0, len(self.classes)), dtype=np.float32)
        vocabulary = self.vocabulary
        rows = [sorted({vocabulary[n] for n in names if n in vocabulary})
                for names in feature_lists]
        indptr, indices, values = _to_csr(rows, _scales(vocabulary, self.parse_scale))
        return softmax(_logits(self.weights, self.bias, indptr, indices, values))


class SentenceBeliefs:
    """One document's classifier rankings: each sentence text is classified once,
    however many steps (fallback, retyping, weighing) ask about it."""

    def __init__(self, classifier: SentenceClassifier) -> None:
        self.classifier = classifier
        self._known: dict[str, list[tuple[str, float]]] = {}

    def ranked(self, texts: Sequence[str]) -> list[list[tuple[str, float]]]:
        """`classifier.predict_many(texts)`, predicting only texts not seen before."""
        missing = sorted({t for t in texts if t not in self._known})
        if missing:
            predicted = self.classifier.predict_many(missing)
            self._known.update(zip(missing, predicted, strict=True))
        return [self._known[t] for t in texts]


def ranked_classes(
    probabilities: npt.NDArray[np.floating[Any]], classes: Sequence[str]
) -> list[list[tuple[str, float]]]:
    """Each row's classes with their probabilities, most likely first (stable on ties)."""
    results: list[list[tuple[str, float]]] = []
    for row in probabilities:
        order = np.argsort(-row, kind="stable")
        results.append([(classes[i], float(row[i])) for i in order])
    return results


def quad_of_prediction(prediction: Sequence[tuple[str, float]]) -> int:
    """The quad (0-4) with the most probability mass, summing the types in each."""
    mass = [0.0] * 5
    for label, probability in prediction:
        mass[QUAD_OF_TYPE[label]] += probability
    return max(range(5), key=mass.__getitem__)


def _scales(vocabulary: Mapping[str, int], parse_scale: float) -> FloatArray | None:
    """Per-feature values: parse_scale for parse features, 1 for word features."""
    if parse_scale == 1.0:
        return None
    scales = np.ones(len(vocabulary), dtype=np.float32)
    for name, index in vocabulary.items():
        if name.startswith(PARSE_PREFIX):
            scales[index] = parse_scale
    return scales


def _to_csr(
    rows: Sequence[Sequence[int]], feature_scales: FloatArray | None = None
) -> tuple[IntArray, IntArray, FloatArray]:
    """Rows of feature ids -> CSR arrays; each row L2-normalised (binary, or scaled)."""
    lengths = np.array([len(row) for row in rows], dtype=np.int64)
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    indices = np.fromiter((i for row in rows for i in row), dtype=np.int64, count=int(indptr[-1]))
    if feature_scales is None:
        scale = 1.0 / np.sqrt(np.maximum(lengths, 1))
        return indptr, indices, np.repeat(scale, lengths).astype(np.float32)
    raw = feature_scales[indices]
    squares = np.zeros(len(rows), dtype=np.float64)
    nonempty = lengths > 0
    squares[nonempty] = np.add.reduceat(raw.astype(np.float64) ** 2, indptr[:-1][nonempty])
    norms = np.sqrt(np.maximum(squares, 1e-12))
    values = (raw / np.repeat(norms, lengths)).astype(np.float32)
    return indptr, indices, values


def _logits(
    weights: FloatArray, bias: FloatArray, indptr: IntArray, indices: IntArray, values: FloatArray
) -> FloatArray:
    n_rows = len(indptr) - 1
    logits = np.tile(bias.astype(np.float32), (n_rows, 1))
    if len(indices) == 0:
        return logits
    contributions = weights[indices] * values[:, None]
    # Segment sums over the non-empty rows (reduceat needs non-empty segments).
    nonempty = np.diff(indptr) > 0
    logits[nonempty] += np.add.reduceat(contributions, indptr[:-1][nonempty], axis=0)
    return logits


def softmax(logits: FloatArray) -> FloatArray:
    """Row-wise probabilities (float32) from logits."""
    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    result: FloatArray = (exp / exp.sum(axis=1, keepdims=True)).astype(np.float32)
    return result


def _build_vocabulary(
    feature_lists: Sequence[Sequence[str]], min_count: int
) -> dict[str, int]:
    document_frequency: Counter[str] = Counter()
    for names in feature_lists:
        document_frequency.update(set(names))
    kept = sorted(name for name, count in document_frequency.items() if count >= min_count)
    return {name: index for index, name in enumerate(kept)}


def collect_lower_words(texts: Iterable[str], min_count: int = 2) -> frozenset[str]:
    """Words that occur in lower case at least `min_count` times: not names."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(w.replace("’", "'") for w in _TOKEN.findall(text) if w[0].islower())
    words = {w[:-2] if w.endswith("'s") else w for w, c in counts.items() if c >= min_count}
    return frozenset(words)


def fit_classifier(
    texts: Sequence[str],
    labels: Sequence[str],
    sample_weights: Sequence[float] | None = None,
    options: TrainingOptions | None = None,
    extra_features: Sequence[Sequence[str]] | None = None,
) -> EventTypeClassifier:
    """Train on labelled sentences (labels from CLASSES); deterministic for fixed options.

    `extra_features`, one list per text, are added to the word features: the
    parse features of each sentence (`event_parse_features.parse_features`).
    """
    opts = options or TrainingOptions()
    if len(texts) != len(labels) or not texts:
        raise ValueError("fit_classifier needs as many labels as texts, and at least one")
    unknown = sorted(set(labels) - set(CLASSES))
    if unknown:
        raise ValueError(f"unknown labels: {unknown}")
    lower_words = collect_lower_words(texts)
    feature_lists = [featurize(tokenize(text, lower_words)) for text in texts]
    if extra_features is not None:
        if len(extra_features) != len(texts):
            raise ValueError("fit_classifier needs one extra feature list per text")
        feature_lists = [words + list(extra)
                         for words, extra in zip(feature_lists, extra_features, strict=True)]
    vocabulary = _build_vocabulary(feature_lists, opts.min_count)
    rows = [sorted({vocabulary[n] for n in names if n in vocabulary}) for names in feature_lists]
    indptr, indices, values = _to_csr(rows, _scales(vocabulary, opts.parse_scale))
    targets = np.array([CLASSES.index(label) for label in labels], dtype=np.int64)
    weights_per_row = np.ones(len(texts), dtype=np.float32)
    if sample_weights is not None:
        weights_per_row = np.asarray(sample_weights, dtype=np.float32)
    weights, bias = _adam_softmax(
        indptr, indices, values, targets, weights_per_row, len(vocabulary), opts
    )
    header = {"training_rows": len(texts), "features": len(vocabulary),
              "parse_features": extra_features is not None}
    return EventTypeClassifier(
        vocabulary, weights, bias, lower_words, CLASSES, header, opts.parse_scale
    )


def _adam_softmax(
    indptr: IntArray,
    indices: IntArray,
    values: FloatArray,
    targets: IntArray,
    row_weights: FloatArray,
    n_features: int,
    opts: TrainingOptions,
) -> tuple[FloatArray, FloatArray]:
    """Full-batch Adam on the weighted cross-entropy with an L2 penalty."""
    n_classes = len(CLASSES)
    rng = np.random.default_rng(opts.seed)
    weights = (rng.standard_normal((n_features, n_classes)) * 0.01).astype(np.float32)
    bias = np.zeros(n_classes, dtype=np.float32)
    onehot = np.zeros((len(targets), n_classes), dtype=np.float32)
    onehot[np.arange(len(targets)), targets] = 1.0
    norm = row_weights / row_weights.sum()
    # Gradient scatter: sort the non-zeros by feature once, then sum segments.
    row_of = np.repeat(np.arange(len(targets)), np.diff(indptr))
    order = np.argsort(indices, kind="stable")
    sorted_features = indices[order]
    starts = np.flatnonzero(np.r_[True, sorted_features[1:] != sorted_features[:-1]])
    present = sorted_features[starts]
    rows_sorted = row_of[order]
    values_sorted = values[order][:, None]
    moments = [np.zeros_like(weights), np.zeros_like(weights), np.zeros_like(bias),
               np.zeros_like(bias)]
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, opts.iterations + 1):
        probs = softmax(_logits(weights, bias, indptr, indices, values))
        error = (probs - onehot) * norm[:, None]
        contrib = error[rows_sorted] * values_sorted
        grad_w = opts.l2 * weights
        grad_w[present] += np.add.reduceat(contrib, starts, axis=0)
        grad_b = error.sum(axis=0)
        lr = opts.learning_rate * math.sqrt(1 - beta2**step) / (1 - beta1**step)
        for param, grad, m, v in ((weights, grad_w, moments[0], moments[1]),
                                  (bias, grad_b, moments[2], moments[3])):
            m *= beta1
            m += (1 - beta1) * grad
            v *= beta2
            v += (1 - beta2) * grad * grad
            param -= (lr * m / (np.sqrt(v) + eps)).astype(np.float32)
    return weights, bias
