"""Measure the packaged event-type classifier on the shared evaluation sets.

    .venv/bin/python bench/event_classifier_eval.py [--shared ../shared] [--errors N]
        [--model PATH] [--words-only]

Each evaluation sentence is parsed with the project's spaCy pipeline
(dyadwatch.config.MODEL_NAME) and classified with `predict_spans` on the whole
parsed text, as the extractor does on sentence spans; `--words-only` measures
`predict_many` on raw text instead (word features only, no parse).

Prints, for eval/sets/plover_gsr (one event per record), the accuracy of the
most likely type ignoring NONE, per-type recall and the most confused pairs;
for eval/sets/conflibert_quad, the 5-way quad accuracy (NONE = 0, the quad of
the type otherwise, by summed probability mass) and its confusion matrix; and
the throughput in sentences per second on one core (parsing excluded). The evaluation sets are
read to measure only: nothing here feeds back into training.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SETS = "eval/sets"


Ranking = list[list[tuple[str, float]]]
Classify = Callable[[Sequence[str]], Ranking]


def _read_jsonl(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def make_classify(clf: object, words_only: bool) -> tuple[Classify, Callable[[], object]]:
    """A texts -> rankings function (parsing when needed) and a pipeline loader."""
    from dyadwatch.extract.event_classifier import EventTypeClassifier

    assert isinstance(clf, EventTypeClassifier)
    if words_only:
        return clf.predict_many, lambda: None
    import spacy

    from dyadwatch.config import MODEL_NAME

    nlp = spacy.load(MODEL_NAME)

    def classify(texts: Sequence[str]) -> Ranking:
        return clf.predict_spans([doc[:] for doc in nlp.pipe(texts, batch_size=64)])

    return classify, lambda: nlp


def plover_gsr(classify: Classify, shared: Path, show_errors: int) -> None:
    from dyadwatch.extract.event_classifier import NONE
    docs = {str(d["id"]): str(d["text"]) for d in _read_jsonl(shared / SETS /
                                                              "plover_gsr.docs.jsonl")}
    gold = [(str(r["doc_id"]), str(r["type"])) for r in
            _read_jsonl(shared / SETS / "plover_gsr.gold.jsonl") if r.get("kind") == "event"]
    predictions = classify([docs[doc_id] for doc_id, _ in gold])
    top_typed = [next(label for label, _ in p if label != NONE) for p in predictions]
    top_any = [p[0][0] for p in predictions]
    correct = sum(p == g for p, (_, g) in zip(top_typed, gold, strict=True))
    print(f"plover_gsr: {len(gold)} events")
    print(f"  type accuracy, top class ignoring NONE: {correct / len(gold):.3f}")
    print(f"  top class is NONE: {sum(p == NONE for p in top_any)} of {len(gold)}")
    by_type: Counter[str] = Counter(g for _, g in gold)
    hits: Counter[str] = Counter(g for p, (_, g) in zip(top_typed, gold, strict=True) if p == g)
    print("  recall by type: " + ", ".join(
        f"{t} {hits[t]}/{n}" for t, n in sorted(by_type.items())))
    confused: Counter[tuple[str, str]] = Counter(
        (g, p) for p, (_, g) in zip(top_typed, gold, strict=True) if p != g)
    print("  most confused (gold -> predicted): " + ", ".join(
        f"{g}->{p} {n}" for (g, p), n in confused.most_common(10)))
    if show_errors:
        errors = [(d, g, p) for p, (d, g) in zip(top_typed, gold, strict=True) if p != g]
        for doc_id, g, p in errors[:show_errors]:
            print(f"    {doc_id}: gold {g}, predicted {p}")


def conflibert_quad(classify: Classify, shared: Path) -> None:
    from dyadwatch.extract.event_classifier import quad_of_prediction
    docs = {str(d["id"]): str(d["text"]) for d in _read_jsonl(shared / SETS /
                                                              "conflibert_quad.docs.jsonl")}
    labels = [(str(r["doc_id"]), int(str(r["quad"]))) for r in
              _read_jsonl(shared / SETS / "conflibert_quad.labels.jsonl")]
    predictions = classify([docs[doc_id] for doc_id, _ in labels])
    predicted = [quad_of_prediction(p) for p in predictions]
    gold = [quad for _, quad in labels]
    accuracy = sum(p == g for p, g in zip(predicted, gold, strict=True)) / len(gold)
    print(f"conflibert_quad: {len(gold)} sentences, quad accuracy {accuracy:.3f}")
    print("  confusion (rows gold 0-4, columns predicted 0-4):")
    for g in range(5):
        row = [sum(1 for p, q in zip(predicted, gold, strict=True) if q == g and p == c)
               for c in range(5)]
        print(f"    {g}: " + " ".join(f"{n:4d}" for n in row))


def throughput(clf: object, nlp: object, sentences: Sequence[str], repeats: int = 20) -> None:
    """Spans (or texts) per second through the classifier alone: parsing is done first."""
    from spacy.language import Language

    from dyadwatch.extract.event_classifier import EventTypeClassifier

    assert isinstance(clf, EventTypeClassifier)
    run: Callable[[int], object]
    one: Callable[[], object]
    if isinstance(nlp, Language):
        spans = [doc[:] for doc in nlp.pipe(sentences, batch_size=64)]
        run = lambda n: clf.predict_spans(spans * n)  # noqa: E731
        one = lambda: [clf.predict_spans([s]) for s in spans]  # noqa: E731
        kind = "parsed spans"
    else:
        run = lambda n: clf.predict_many(list(sentences) * n)  # noqa: E731
        one = lambda: [clf.predict(s) for s in sentences]  # noqa: E731
        kind = "texts (word features)"
    start = time.perf_counter()
    run(repeats)
    batched = len(sentences) * repeats / (time.perf_counter() - start)
    start = time.perf_counter()
    one()
    single = len(sentences) / (time.perf_counter() - start)
    print(f"throughput (1 core, parsing excluded): {batched:,.0f} {kind}/s batched, "
          f"{single:,.0f}/s one at a time ({len(sentences) * repeats} in the batch)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--errors", type=int, default=0, help="list N misclassified ids")
    parser.add_argument("--model", type=Path, help="an artefact other than the packaged one")
    parser.add_argument("--words-only", action="store_true",
                        help="predict_many on raw text (no parse features)")
    args = parser.parse_args()
    if not (args.shared / SETS).is_dir():
        print(f"evaluation sets not found under {args.shared / SETS}; pass --shared PATH")
        return 2
    # One core: keep numpy's BLAS to one thread (the classifier barely uses it).
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from dyadwatch.extract.event_classifier import EventTypeClassifier

    start = time.perf_counter()
    clf = EventTypeClassifier.load(args.model) if args.model else EventTypeClassifier.from_package()
    print(f"model: {dict(clf.header).get('trained')} {len(clf.vocabulary)} features, "
          f"loaded in {time.perf_counter() - start:.2f} s")
    classify, pipeline = make_classify(clf, args.words_only)
    plover_gsr(classify, args.shared, args.errors)
    conflibert_quad(classify, args.shared)
    sentences = [str(d["text"]) for d in _read_jsonl(args.shared / SETS /
                                                     "conflibert_quad.docs.jsonl")]
    throughput(clf, pipeline(), sentences)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
